import { ingestLumina } from '../support/fixture-stories';
import { dataOf, roundTripsOf, startApiOverSeed, type ApiHarness } from '../support/graphql-harness';
import { seed, seedNodeIds, STORY_ID } from '../support/seed-story';

/**
 * No N+1: a relationship field costs one Cypher statement per request, however many parents ask
 * for it. Each test counts the statements (`extensions.neo4jRoundTrips`) for a small and a large
 * page and holds both to the same exact number: the page itself plus one per relationship field.
 */

let api: ApiHarness;
beforeAll(async () => {
  api = await startApiOverSeed();
  // A second story, so that a page of stories can grow too.
  await ingestLumina(api.db, [2]);
});
afterAll(() => api.close());

type Ref = { id: string };

/** The round trips of a request that must succeed, with its data for the sanity checks. */
async function measured<T>(query: string, variables: Record<string, unknown>): Promise<{ trips: number; data: T }> {
  const response = await api.query<T>(query, variables);
  return { trips: roundTripsOf(response), data: dataOf(response) };
}

const distinct = (ids: string[]) => new Set(ids).size;

test('a page of claims with sources, assertedBy and contradicts: page + 3, for 5 claims as for all of them', async () => {
  type Data = { claims: { nodes: { sources: Ref[]; assertedBy: Ref[]; contradicts: Ref[] }[] } };
  const query = `query($first: Int, $story: ID) {
    claims(first: $first, filter: { storyId: $story }) { nodes { id sources { id } assertedBy { id } contradicts { id } } }
  }`;
  const expected = 1 + 3;
  const small = await measured<Data>(query, { first: 5, story: STORY_ID });
  const large = await measured<Data>(query, { first: seed.claims.length, story: STORY_ID });
  expect(large.data.claims.nodes).toHaveLength(seed.claims.length);
  // Enough distinct neighbours that a statement per parent would show.
  const neighbours = large.data.claims.nodes.flatMap((c) => [...c.sources, ...c.assertedBy, ...c.contradicts].map((n) => n.id));
  expect(distinct(neighbours)).toBeGreaterThan(10);
  expect({ small: small.trips, large: large.trips }).toEqual({ small: expected, large: expected });
});

test('totalCount costs one statement more, not one per item', async () => {
  const { trips } = await measured('{ claims(first: 35) { totalCount nodes { id sources { id } } } }', {});
  expect(trips).toBe(1 + 1 + 1);
});

test('stories → claims → sources → publishedBy: one statement per level, for 1 story as for 2', async () => {
  type Data = { stories: { nodes: { claims: { sources: { publishedBy: Ref }[] }[] }[] } };
  const query = 'query($first: Int) { stories(first: $first) { nodes { id claims { id sources { id publishedBy { id } } } } } }';
  const expected = 1 + 3;
  const one = await measured<Data>(query, { first: 1 });
  const two = await measured<Data>(query, { first: 2 });
  expect(two.data.stories.nodes).toHaveLength(2);
  const claims = two.data.stories.nodes.flatMap((s) => s.claims);
  expect(claims.length).toBeGreaterThan(seed.claims.length);
  expect(distinct(claims.flatMap((c) => c.sources.map((s) => s.publishedBy.id)))).toBeGreaterThan(3);
  expect({ one: one.trips, two: two.trips }).toEqual({ one: expected, two: expected });
});

test('provenance over a page of claims: page + 1, for 5 claims as for 35', async () => {
  type Data = { claims: { nodes: { provenance: { sources: { derivedFrom: { from: Ref }[] }[] } }[] } };
  const query = `query($first: Int, $story: ID) {
    claims(first: $first, filter: { storyId: $story }) { nodes { provenance {
      claim { id }
      assertions { channel actor { id } }
      sources { source { id } publisher { id } authors { id } derivedFrom { depth source { id } from { id } } }
    } } }
  }`;
  // The page, and the provenance query, which brings assertions, publishers, authors and every
  // source a derivation names along.
  const expected = 1 + 1;
  const small = await measured<Data>(query, { first: 5, story: STORY_ID });
  const large = await measured<Data>(query, { first: 35, story: STORY_ID });
  const derivations = large.data.claims.nodes.flatMap((c) => c.provenance.sources.flatMap((s) => s.derivedFrom));
  expect(distinct(derivations.map((d) => d.from.id))).toBe(3);
  expect({ small: small.trips, large: large.trips }).toEqual({ small: expected, large: expected });
});

test("a fact-checker's claim: the claim, its provenance, and one statement for contradicts and contradictedBy", async () => {
  type Data = { claims: { nodes: { contradicts: Ref[]; contradictedBy: Ref[] }[] } };
  const { trips, data } = await measured<Data>(
    `{ claims(first: 35) { nodes { id
      provenance { assertions { actor { id } } sources { publisher { id } derivedFrom { from { id } } } }
      contradicts { id } contradictedBy { id } supports { id } supportedBy { id }
    } } }`,
    {},
  );
  const claims = data.claims.nodes;
  expect(claims.filter((c) => c.contradicts.length > 0).length).toBeGreaterThan(0);
  expect(claims.filter((c) => c.contradictedBy.length > 0).length).toBeGreaterThan(0);
  // The page; provenance; CONTRADICTS read both ways; SUPPORTS read both ways.
  expect(trips).toBe(1 + 1 + 1 + 1);
});

test("a fact-checker's claim by id: its provenance statement brings the claim itself, so no lookup of its own", async () => {
  type Data = { claim: { id: string; text: string; provenance: { sources: unknown[] }; contradicts: Ref[] } };
  const claimId = seed.claims[0]?.id ?? '';
  const ask = (selection: string) => measured<Data>(`query($id: ID!) { claim(id: $id) { id text ${selection} } }`, { id: claimId });
  const { trips, data } = await ask('...on Claim { provenance { sources { source { id } publisher { id } } } } contradicts { id }');
  expect(data.claim.id).toBe(claimId);
  expect(data.claim.text.length).toBeGreaterThan(0);
  // Provenance (with the claim), then CONTRADICTS; without provenance the claim is looked up itself.
  expect(trips).toBe(1 + 1);
  expect((await ask('contradicts { id }')).trips).toBe(1 + 1);
  // An unknown claim is still NOT_FOUND, in one statement.
  const missing = await api.query(`{ claim(id: "claim:nope:0") { id provenance { sources { source { id } } } } }`);
  expect(missing.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  expect(roundTripsOf(missing)).toBe(1);
});

test('two fields over one relationship (assertedBy, assertions) share its statement', async () => {
  const { trips } = await measured('{ claims(first: 35) { nodes { assertedBy { id } assertions { channel actor { id } } } } }', {});
  expect(trips).toBe(1 + 1);
});

test('nodes(ids): one statement per node type asked, however many ids', async () => {
  const query = 'query($ids: [ID!]!) { nodes(ids: $ids) { id } }';
  const claimIds = seed.claims.map((c) => c.id);
  expect((await measured(query, { ids: claimIds.slice(0, 2) })).trips).toBe(1);
  expect((await measured(query, { ids: claimIds })).trips).toBe(1);
  // A few ids of every node type the seed holds: one statement per type.
  const types = [...new Set(seedNodeIds.map((id) => id.slice(0, id.indexOf(':'))))];
  const sample = types.flatMap((type) => seedNodeIds.filter((id) => id.startsWith(`${type}:`)).slice(0, 3));
  expect(types.length).toBeGreaterThanOrEqual(9);
  expect((await measured(query, { ids: sample })).trips).toBe(types.length);
});

test('where each claim is stated: speaker, mentions, their claims and sources cost one statement each, for 5 claims as for all', async () => {
  type Data = { claims: { nodes: { speaker: Ref | null; mentions: { sources: Ref[]; claim: Ref }[] }[] } };
  const query = `query($first: Int!, $story: ID!) {
    claims(filter: { storyId: $story }, first: $first) { nodes { speaker { id } mentions { claim { id } sources { id } } } }
  }`;
  const small = await measured<Data>(query, { first: 5, story: STORY_ID });
  const large = await measured<Data>(query, { first: seed.claims.length, story: STORY_ID });
  const mentions = large.data.claims.nodes.flatMap((claim) => claim.mentions);
  expect(mentions).toHaveLength(seed.claims.reduce((sum, claim) => sum + claim.mentions.length, 0));
  expect(large.data.claims.nodes.every((claim) => claim.speaker !== null)).toBe(true);
  // The page, speakers, mentions, and the mentions' sources; each mention's claim is the node loader's (one more).
  expect(small.trips).toBe(1 + 1 + 1 + 1 + 1);
  expect(large.trips).toBe(small.trips);
});
