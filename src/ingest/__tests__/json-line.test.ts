import { jsonLineOf } from '../json-line';

const text = JSON.stringify(
  { story: { id: 'story:x', title: 'a "quoted" title' }, sources: [{ ref: 1 }, { ref: 2, title: 'b' }], empty: [] },
  null,
  2,
);
const lineOf = (needle: string) => text.split('\n').findIndex((line) => line.includes(needle)) + 1;

test('finds nested object keys and array items', () => {
  expect(jsonLineOf(text, ['story', 'title'])).toBe(lineOf('"title": "a'));
  expect(jsonLineOf(text, ['sources', 1, 'title'])).toBe(lineOf('"title": "b"'));
  expect(jsonLineOf(text, ['sources', 1])).toBe(lineOf('"ref": 2') - 1);
});

test('stops at the deepest part of a path that exists', () => {
  expect(jsonLineOf(text, ['sources', 5, 'ref'])).toBe(lineOf('"sources"'));
  expect(jsonLineOf(text, ['nowhere'])).toBe(1);
  expect(jsonLineOf(text, [])).toBe(1);
});

test('works on single-line JSON', () => {
  expect(jsonLineOf('{"a":[1,{"b":2}]}', ['a', 1, 'b'])).toBe(1);
});
