import { generateStoryDocument } from '../../bench/story-documents/generate-story-documents';
import { parseStoryDocument, storySlugFromFileName } from '../../src/ingest/parse/parse-story-document';
import type { StoryGraphDocument } from '../../src/model/story-graph';

const SEED = 42;
const generated = Array.from({ length: 50 }, (_, index) => generateStoryDocument(index, SEED));
const parse = ({ fileName, text }: { fileName: string; text: string }): StoryGraphDocument =>
  parseStoryDocument(text, { file: fileName, storySlug: storySlugFromFileName(fileName) });
let parsedOnce: StoryGraphDocument[] | undefined;
const parsed = () => (parsedOnce ??= generated.map(parse));

test('every generated document parses', () => {
  for (const document of generated) expect(() => parse(document)).not.toThrow();
});

test('the same index and seed give the same document; another seed gives another', () => {
  expect(generateStoryDocument(7, SEED)).toEqual(generated[7]);
  expect(generateStoryDocument(7, SEED + 1).text).not.toBe(generated[7]?.text);
});

test('file names are distinct story documents of version 1', () => {
  const names = generated.map((document) => document.fileName);
  expect(new Set(names).size).toBe(names.length);
  for (const name of names) expect(name).toMatch(/^[a-z0-9-]+\.v1\.txt$/);
});

test('documents vary within the ranges the format sees in practice', () => {
  const within = (count: (doc: StoryGraphDocument) => number, min: number, max: number) => {
    const counts = parsed().map(count);
    expect(Math.min(...counts)).toBeGreaterThanOrEqual(min);
    expect(Math.max(...counts)).toBeLessThanOrEqual(max);
    expect(new Set(counts).size).toBeGreaterThan(1);
  };
  within((doc) => doc.sources.length, 3, 8);
  within((doc) => doc.events.length, 3, 8);
  within((doc) => doc.questions.length, 2, 5);
  within((doc) => doc.perspectives.length, 2, 5);
  within((doc) => doc.tensions.length, 1, 3);
});

test('actors recur across stories, and quotes are attributed to named people', () => {
  const storiesOf = new Map<string, number>();
  for (const doc of parsed()) for (const actor of doc.actors) storiesOf.set(actor.id, (storiesOf.get(actor.id) ?? 0) + 1);
  expect(Math.max(...storiesOf.values())).toBeGreaterThan(1);

  const people = new Set(parsed().flatMap((doc) => doc.actors.filter((a) => a.kind === 'person').map((a) => a.id)));
  const quotes = parsed().flatMap((doc) => doc.claims.filter((claim) => claim.kind === 'quote'));
  expect(quotes.some((claim) => claim.assertedBy.some((a) => people.has(a.actorId)))).toBe(true);
});

test('perspective name lines come in all four shapes', () => {
  const perspectives = parsed().flatMap((doc) => doc.perspectives);
  const shapes = new Set(
    perspectives.map((p) => {
      const names = p.label.split(' (')[0] ?? '';
      if (names.includes(' / ') && p.channel) return 'person / organization (channel)';
      if (p.channel) return 'organization (channel)';
      if (p.label.endsWith(')')) return 'outlet (author)';
      return 'bare';
    }),
  );
  expect(shapes).toEqual(new Set(['person / organization (channel)', 'organization (channel)', 'outlet (author)', 'bare']));
});
