import { GraphQLError } from 'graphql';
import { encodeCursor, pageRequest } from '../pagination';

const codeOf = (fn: () => unknown) => {
  try {
    fn();
  } catch (error) {
    return error instanceof GraphQLError ? error.extensions.code : 'not a GraphQLError';
  }
  return 'no error';
};

test('a cursor round-trips to the offset after its edge', () => {
  expect(pageRequest({ first: 10, after: encodeCursor(30) }, 100)).toEqual({ first: 10, offset: 30 });
});

test('defaults to 20 items from the start, never above the maximum', () => {
  expect(pageRequest({}, 100)).toEqual({ first: 20, offset: 0 });
  expect(pageRequest({}, 5)).toEqual({ first: 5, offset: 0 });
});

test.each([
  [{ first: 0 }],
  [{ first: -1 }],
  [{ first: 101 }],
  [{ after: 'not-a-cursor' }],
  [{ after: Buffer.from('offset:-4').toString('base64url') }],
  [{ after: Buffer.from('offset:1.5').toString('base64url') }],
])('refuses %j with BAD_USER_INPUT', (args) => {
  expect(codeOf(() => pageRequest(args, 100))).toBe('BAD_USER_INPUT');
});
