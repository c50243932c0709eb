import { dataOf, errorCodes, startApiOverSeed, type ApiHarness, type GraphQLResponse } from '../support/graphql-harness';
import { orderViolations, sorted } from '../support/ordering';
import { SEARCH_KINDS, SEARCHABLE, seedIdsHolding, wordsOf } from '../support/seed-search';
import { seed, STORY_ID, typenameOf } from '../support/seed-story';

/**
 * Query.search: full text over claims (text, quote), sources (title, publisher), events (text) and
 * actors (name, aliases), best first, with the text taken literally. Expected hits are the seeded
 * items holding any of the searched words, split into words the way the english analyzer does.
 */

let api: ApiHarness;
beforeAll(async () => {
  api = await startApiOverSeed();
});
afterAll(() => api.close());

interface HitJson {
  score: number;
  node: { __typename: string; id: string };
}

interface SearchArgs {
  text: string;
  kinds?: string[];
  storyId?: string;
  first?: number;
}

const requestSearch = (args: SearchArgs): Promise<GraphQLResponse<{ search: HitJson[] }>> =>
  api.query<{ search: HitJson[] }>(
    `query($text: String!, $kinds: [SearchKind!], $storyId: ID, $first: Int) {
      search(text: $text, kinds: $kinds, storyId: $storyId, first: $first) { score node { __typename ... on Node { id } } }
    }`,
    { first: 100, ...args },
  );

const search = async (args: SearchArgs) => dataOf(await requestSearch(args)).search;

/** Stop words of Neo4j's english analyzer, which the index drops (as listed by the server in beforeAll). */
const stopWords = new Set<string>();
beforeAll(async () => {
  const rows = await api.db.read({
    name: 'test/english-stop-words',
    text: "CALL db.index.fulltext.listAvailableAnalyzers() YIELD analyzer, stopwords WHERE analyzer = 'english' RETURN stopwords",
  });
  for (const word of rows[0]?.stopwords as string[]) stopWords.add(word);
});

/**
 * The seeded items of the given kinds holding at least one of the words of `text` that the english
 * analyzer keeps. Its stemming is not modelled: these cases search words that no other seeded word
 * shares a stem with (stemming has its own tests in researcher-search.test.ts).
 */
const holdingAnyWord = (text: string, kinds = SEARCH_KINDS) =>
  seedIdsHolding(
    wordsOf(text).filter((word) => !stopWords.has(word)),
    kinds,
  );

const idsOfHits = (hits: HitJson[]) => sorted(hits.map((hit) => hit.node.id));

test.each([
  ['really smart people', undefined],
  ['Rohan Paul', ['SOURCE']],
  ['all-hands audio', ['EVENT']],
  ['audio memo', ['CLAIM', 'EVENT']],
  ['Zuckerberg', undefined],
  ['Rohan Paul', ['ACTOR']],
])('"%s" (kinds %j) finds exactly the items holding one of its words, best first', async (text, kinds) => {
  const hits = await search({ text, ...(kinds ? { kinds } : {}) });
  const expected = holdingAnyWord(text, kinds);
  expect(expected.length).toBeGreaterThan(0);
  expect(expected.length).toBeLessThan(SEARCHABLE.length);
  expect(idsOfHits(hits)).toEqual(sorted(expected));
  expect(orderViolations(hits.map((hit) => [hit.score]), 'DESC')).toEqual([]);
  for (const hit of hits) {
    expect(hit.score).toBeGreaterThan(0);
    expect(hit.node.__typename).toBe(typenameOf(hit.node.id));
  }
});

test('`first` keeps the best hits', async () => {
  const all = await search({ text: 'Meta layoffs' });
  const top = await search({ text: 'Meta layoffs', first: 3 });
  expect(all.length).toBeGreaterThan(3);
  expect(top).toEqual(all.slice(0, 3));
});

test('without `first` at most 20 hits come back', async () => {
  expect(holdingAnyWord('Meta Zuckerberg').length).toBeGreaterThan(20);
  expect(dataOf(await api.query<{ search: HitJson[] }>('{ search(text: "Meta Zuckerberg") { score } }')).search).toHaveLength(20);
});

test('storyId keeps the hits to that story', async () => {
  expect(idsOfHits(await search({ text: 'Zuckerberg', storyId: STORY_ID }))).toEqual(sorted(holdingAnyWord('Zuckerberg')));
  expect(await search({ text: 'Zuckerberg', storyId: 'story:no-such-story' })).toEqual([]);
});

describe('the text is taken literally', () => {
  test.each([
    ['a quoted phrase', '"really smart people"', 'really smart people'],
    ['parentheses', '(really smart) people', 'really smart people'],
    ['AND', 'smart AND people', 'smart and people'],
    ['a leading NOT, which must not exclude', 'NOT Zuckerberg', 'not Zuckerberg'],
    ['a required and a prohibited term', '+smart -people', 'smart people'],
    ['a range, whose TO is a word', '[people TO smart]', 'people to smart'],
  ])('%s: "%s" finds what its words find', async (_, text, words) => {
    const hits = await search({ text });
    expect(hits.length).toBeGreaterThan(0);
    expect(idsOfHits(hits)).toEqual(sorted(holdingAnyWord(words)));
  });

  test.each([
    ['a wildcard', 'peop*'],
    ['a single-character wildcard', 'smar?'],
    ['a fuzzy term', 'smar~'],
  ])('%s ("%s") is no operator: it finds nothing in the seed', async (_, text) => {
    expect(await search({ text })).toEqual([]);
  });

  test.each([
    '"unbalanced (',
    'AND OR NOT',
    'AND',
    'TO',
    '*',
    '?',
    '~',
    '\\',
    'trailing backslash\\',
    '\\"escaped quote',
    '{unclosed range',
    '/not a regex',
    '&& || !',
    'title:Meta',
    ':',
    'meta^2',
    '- + !',
    ')(][}{',
  ])('Lucene syntax %j answers without an error', async (text) => {
    const response = await requestSearch({ text });
    expect(response.errors).toBeUndefined();
    expect(Array.isArray(response.data?.search)).toBe(true);
  });
});

test.each([
  ['blank text', { text: '   ' }],
  ['empty text', { text: '' }],
  ['text over 200 characters', { text: 'meta '.repeat(41) }],
  ['first 0', { text: 'meta', first: 0 }],
  ['first over 100', { text: 'meta', first: 101 }],
  ['no kinds', { text: 'meta', kinds: [] }],
  ['a malformed storyId', { text: 'meta', storyId: 'meta-surveillance-layoffs' }],
  ['a storyId of another type', { text: 'meta', storyId: seed.claims[0]?.id ?? '' }],
])('%s is BAD_USER_INPUT', async (_, args) => {
  expect(errorCodes(await requestSearch(args))).toEqual(['BAD_USER_INPUT']);
});
