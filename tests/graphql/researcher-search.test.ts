import { readFileSync } from 'node:fs';
import path from 'node:path';
import { projectRoot } from '../../src/config/config';
import { dataOf, startApiOverSeed, type ApiHarness } from '../support/graphql-harness';
import { sorted } from '../support/ordering';
import { seedIdsHolding, SEARCHABLE } from '../support/seed-search';
import { actorNamed, seed, sourceByRef, STORY_ID } from '../support/seed-story';

/**
 * Search tried as a researcher would on the seed: a word in another form than the text's, a
 * publisher as a source line writes it, an actor by name. Expectations come from the seed document.
 */

let api: ApiHarness;
beforeAll(async () => {
  api = await startApiOverSeed();
});
afterAll(() => api.close());

interface Hit {
  score: number;
  node: { __typename: string; id: string; name?: string };
}

const search = async (text: string, options: { kinds?: string[]; storyId?: string; sourcesByMaker?: boolean } = {}) =>
  dataOf(
    await api.query<{ search: Hit[] }>(
      `query($text: String!, $kinds: [SearchKind!], $storyId: ID, $sourcesByMaker: Boolean = true) {
        search(text: $text, kinds: $kinds, storyId: $storyId, first: 100, sourcesByMaker: $sourcesByMaker) { score node { __typename ... on Node { id } ... on Actor { name } } }
      }`,
      { text, ...options },
    ),
  ).search;

const idsOf = (hits: Hit[]) => sorted(hits.map((hit) => hit.node.id));

describe('stemming (english analyzer)', () => {
  test('"layoff" finds every item saying "layoff" or "layoffs"', async () => {
    const expected = seedIdsHolding(['layoff', 'layoffs']);
    expect(expected.filter((id) => id.startsWith('claim:')).length).toBeGreaterThan(1);
    expect(expected.some((id) => id.startsWith('event:'))).toBe(true);
    expect(idsOf(await search('layoff'))).toEqual(sorted(expected));
  });

  test('"leak" finds "leaked" and "leak" alike', async () => {
    expect(idsOf(await search('leak', { kinds: ['CLAIM', 'EVENT'] }))).toEqual(sorted(seedIdsHolding(['leak', 'leaked'], ['CLAIM', 'EVENT'])));
  });

  // Porter stemming strips suffixes; it knows no irregular forms, so "laid off" and "laying off" stay apart from "layoff".
  test('"layoff" does not find what says only "laid off" or "laying off"', async () => {
    const sayingItOtherwise = SEARCHABLE.filter((item) => /\b(laid|laying) off\b/i.test(item.text) && !/layoff/i.test(item.text)).map((item) => item.id);
    expect(sayingItOtherwise.length).toBeGreaterThan(0);
    const found = idsOf(await search('layoff'));
    expect(found.filter((id) => sayingItOtherwise.includes(id))).toEqual([]);
  });
});

describe('a publisher as a source line writes it', () => {
  const rohanPaul = actorNamed('Rohan Paul');
  const published = seed.sources.filter((source) => source.publisherId === rohanPaul.id).map((source) => source.id);

  test('"Rohan Paul Twitter" finds the actor Rohan Paul and the sources it published, above anything else', async () => {
    expect(published).toEqual([sourceByRef(2).id, sourceByRef(3).id]);
    const hits = await search('Rohan Paul Twitter');
    expect(sorted(hits.slice(0, 3).map((hit) => hit.node.id))).toEqual(sorted([rohanPaul.id, ...published]));
    expect(hits[0]?.node).toEqual({ __typename: 'Actor', id: rohanPaul.id, name: 'Rohan Paul' });
  });

  test('the alias alone finds the actor among actors', async () => {
    const hits = await search('Rohan Paul Twitter', { kinds: ['ACTOR'] });
    expect(hits[0]?.node.id).toBe(rohanPaul.id);
    expect(hits.every((hit) => hit.node.__typename === 'Actor')).toBe(true);
  });
});

describe('a maker by an alias the document uses', () => {
  const zuckerberg = actorNamed('Mark Zuckerberg');
  const made = seed.sources.filter((source) => source.authorIds.includes(zuckerberg.id) || source.publisherId === zuckerberg.id);

  test('"Zuckerberg" finds every source he made, those whose title and publisher do not name him too', async () => {
    expect(zuckerberg.aliases).toContain('Zuckerberg');
    const unnamed = made.filter((source) => !/zuckerberg/i.test(`${source.title} ${source.publisher ?? ''}`));
    expect(unnamed.map((source) => source.title)).toEqual(['Leaked April 30 all-hands audio']);
    const found = idsOf(await search('Zuckerberg', { kinds: ['SOURCE'] }));
    expect(found).toEqual(expect.arrayContaining(made.map((source) => source.id)));
  });

  test('sourcesByMaker: false finds sources by their own title and publisher only', async () => {
    const hits = await search('Zuckerberg', { kinds: ['SOURCE'], sourcesByMaker: false });
    const expected = seed.sources.filter((source) => /zuckerberg/i.test(`${source.title} ${source.publisher ?? ''}`)).map((source) => source.id);
    expect(idsOf(hits)).toEqual(sorted(expected));
  });

});

describe('actors by name', () => {
  test.each([
    ['Zuckerberg', 'Mark Zuckerberg'],
    ['Mark Zuckerberg', 'Mark Zuckerberg'],
    ['The Neuron', 'The Neuron'],
    ['semianalysis', 'SemiAnalysis'],
  ])('"%s" finds %s first', async (text, name) => {
    const hits = await search(text, { kinds: ['ACTOR'] });
    expect(hits[0]?.node).toEqual({ __typename: 'Actor', id: actorNamed(name).id, name });
  });

  test('storyId keeps actors to those appearing in that story', async () => {
    expect((await search('Zuckerberg', { kinds: ['ACTOR'], storyId: STORY_ID })).map((hit) => hit.node.id)).toEqual([actorNamed('Mark Zuckerberg').id]);
    expect(await search('Zuckerberg', { kinds: ['ACTOR'], storyId: 'story:no-such-story' })).toEqual([]);
  });
});

test("the README's FindingThings example answers as the README says", async () => {
  const readme = readFileSync(path.join(projectRoot, 'README.md'), 'utf8');
  const example = /```graphql\n(query FindingThings[\s\S]*?)```/.exec(readme)?.[1];
  expect(example).toBeDefined();
  const { layoffs, publisher } = dataOf(
    await api.query<{ layoffs: { node: { text: string } }[]; publisher: { node: { __typename: string; name?: string; ref?: number } }[] }>(example ?? ''),
  );
  expect(layoffs).toHaveLength(5);
  for (const hit of layoffs) expect(hit.node.text).toMatch(/\blayoffs?\b/i);
  expect(publisher.map((hit) => hit.node.name ?? hit.node.ref)).toEqual(['Rohan Paul', expect.any(Number), expect.any(Number)]);
  expect(sorted(publisher.slice(1).map((hit) => String(hit.node.ref)))).toEqual(['2', '3']);
});
