import fc from 'fast-check';
import { ApiKeyStore } from '../../src/api-keys/api-key-store';
import { generateApiKey } from '../../src/api-keys/api-key-secret';
import { dumpGraph } from '../support/graph-dump';
import { graphCounts } from '../support/graph-counts';
import { dataOf, errorCodes, startApiOverSeed, type ApiHarness, type GraphQLResponse } from '../support/graphql-harness';
import { apiKeyOf, keyedClient, MARK_SOURCE_RETRACTED, RECORD_VERDICT, SET_SOURCE_RELIABILITY } from '../support/curation-client';
import { loggedYoga, requestLines } from '../support/logged-yoga';
import { seed, sourceByRef } from '../support/seed-story';
import { MUTATION_FIELDS, operationOf, sampleVariables } from '../support/mutation-samples';

/**
 * Who may write (issue 13's proof): a generated flood of write attempts without the right role that
 * must change nothing, and 32 concurrent writes of one revision of which exactly one may win. Every
 * mutation × every kind of client is authorization-matrix.test.ts, from the schema.
 */

let api: ApiHarness;
const keys: Record<'reader' | 'editor' | 'admin' | 'revoked', { id: string; key: string }> = {} as never;
beforeAll(async () => {
  api = await startApiOverSeed();
  for (const role of ['reader', 'editor', 'admin'] as const) keys[role] = await apiKeyOf(api.db, role);
  keys.revoked = await apiKeyOf(api.db, 'editor', 'revoked editor');
  await new ApiKeyStore(api.db).revoke(keys.revoked.id);
});
afterAll(() => api.close());

const claims = seed.claims.map((claim) => claim.id);
const sources = seed.sources.map((source) => source.id);

/** A valid input of each mutation, on an item the test names, at the revision it names. */
const MUTATIONS = {
  recordVerdict: {
    document: RECORD_VERDICT,
    input: (itemId: string, expectedRevision: number, variant = 'Full Fact') => ({
      claimId: itemId,
      expectedRevision,
      rating: { value: 2, best: 5, worst: 1, label: 'Mostly false' },
      reviewer: variant,
      date: '2026-06-01',
      rationale: 'Checked against the filing.',
    }),
  },
  setSourceReliability: {
    document: SET_SOURCE_RELIABILITY,
    input: (itemId: string, expectedRevision: number, variant = 'B') => ({ sourceId: itemId, expectedRevision, grade: variant, rationale: `Graded ${variant}.` }),
  },
  markSourceRetracted: {
    document: MARK_SOURCE_RETRACTED,
    input: (itemId: string, expectedRevision: number, variant = 'Withdrawn.') => ({ sourceId: itemId, expectedRevision, reason: variant, date: '2026-06-02' }),
  },
} as const;
type MutationName = keyof typeof MUTATIONS;
const itemsOf = (name: MutationName) => (name === 'recordVerdict' ? claims : sources);

const revisionOf = async (name: MutationName, itemId: string) => {
  const type = name === 'recordVerdict' ? 'claim' : 'source';
  return dataOf(await api.query<Record<string, { revision: number }>>(`{ item: ${type}(id: "${itemId}") { revision } }`)).item?.revision ?? NaN;
};

test('a refused write is logged with the key that tried it', async () => {
  const { yoga, lines } = loggedYoga(api.db);
  const input = MUTATIONS.setSourceReliability.input(sourceByRef(3).id, 0);
  await keyedClient(yoga, keys.reader.key)(SET_SOURCE_RELIABILITY, { input });
  expect(requestLines(lines).at(-1)).toMatchObject({ apiKeyId: keys.reader.id, errorCodes: ['FORBIDDEN'], operationName: 'SetSourceReliability' });
});

test('a reader cannot smuggle a write in beside a read, by alias, fragment or variable', async () => {
  const reader = keyedClient(api.yoga, keys.reader.key);
  const before = await graphCounts(api.db);
  const input = MUTATIONS.setSourceReliability.input(sources[0] ?? '', 0);
  const documents = [
    `mutation M($input: SetSourceReliabilityInput!) { a: setSourceReliability(input: $input) { change { id } } }`,
    `mutation M($input: SetSourceReliabilityInput!) { ...W } fragment W on Mutation { setSourceReliability(input: $input) { change { id } } }`,
    `mutation M($input: SetSourceReliabilityInput!, $yes: Boolean!) { setSourceReliability(input: $input) @include(if: $yes) { change { id } } }`,
  ];
  for (const document of documents) expect(errorCodes(await reader(document, { input, yes: true }))).toEqual(['FORBIDDEN']);
  expect(await graphCounts(api.db)).toEqual(before);
});

test('1,000 generated write attempts without the right role: none succeeds, the graph is unchanged', async () => {
  const counts = await graphCounts(api.db);
  const dump = await dumpGraph(api.db.driver, 'before');
  const unknownKey = generateApiKey().key;
  const attempts = fc.record({
    // Every Mutation field: those above with a valid input, the rest with the schema's sample request.
    field: fc.constantFrom(...MUTATION_FIELDS),
    client: fc.constantFrom<(string | null)[]>(null, keys.reader.key, keys.revoked.key, unknownKey, 'not-a-key'),
    item: fc.nat(),
    revision: fc.integer({ min: -1, max: 5 }),
    variant: fc.string({ maxLength: 20 }),
    // Several writes in one operation, under aliases: each must be refused, the whole operation with them.
    copies: fc.integer({ min: 1, max: 3 }),
  });
  let tried = 0;
  let succeeded = 0;
  const names = new Set<string>();
  const codes = new Map<string, number>();
  await fc.assert(
    fc.asyncProperty(attempts, async ({ field: mutation, client, item, revision, variant, copies }) => {
      const { name } = mutation;
      const known = name in MUTATIONS ? MUTATIONS[name as MutationName] : undefined;
      const one = known?.document ?? operationOf(mutation);
      const items = known ? itemsOf(name as MutationName) : [];
      const variables = known ? { input: known.input(items[item % items.length] ?? '', revision, variant || undefined) } : sampleVariables(mutation);
      const field = one.slice(one.indexOf(`${name}(`), one.lastIndexOf('}'));
      const head = one.slice(0, one.indexOf('{') + 1);
      const document = `${head} ${Array.from({ length: copies }, (_, i) => `w${i}: ${field}`).join(' ')} }`;
      const response: GraphQLResponse = await keyedClient(api.yoga, client)(document, variables);
      names.add(name);
      tried += 1;
      if (response.data && Object.values(response.data).some((value) => value !== null)) succeeded += 1;
      for (const code of errorCodes(response)) codes.set(String(code), (codes.get(String(code)) ?? 0) + 1);
      expect(errorCodes(response).every((code) => code === 'UNAUTHENTICATED' || code === 'FORBIDDEN')).toBe(true);
    }),
    { numRuns: 1_000 },
  );
  process.stderr.write(`[authorization] ${tried} write attempts without the right role, over ${names.size} mutations: ${succeeded} succeeded; codes ${JSON.stringify(Object.fromEntries(codes))}\n`);
  expect(tried).toBe(1_000);
  expect(names.size).toBe(MUTATION_FIELDS.length);
  expect(succeeded).toBe(0);
  expect(await graphCounts(api.db)).toEqual(counts);
  expect(await dumpGraph(api.db.driver, 'before')).toEqual(dump);
}, 600_000);

describe('32 concurrent writes of one revision', () => {
  test.each([
    ['recordVerdict', claims.at(-1) ?? ''],
    ['setSourceReliability', sources.at(-1) ?? ''],
  ] as const)('%s: exactly one wins, 31 are CONFLICT, nothing half-written; on a first curation and on a curated item', async (name, itemId) => {
    const editor = keyedClient(api.yoga, keys.editor.key);
    // Round 1 makes the item's Curation node; round 2 races on one that exists, where only its lock serializes the writers.
    for (const round of [1, 2]) {
      const revision = await revisionOf(name, itemId);
      const before = await graphCounts(api.db);
      // Each attempt writes something of its own (another reviewer, another grade), so a loser's half-write would show.
      const variants = Array.from({ length: 32 }, (_, i) => (name === 'recordVerdict' ? `Reviewer ${round}.${i}` : 'ABCDEF'[i % 6]));
      const responses = await Promise.all(variants.map((variant) => editor(MUTATIONS[name].document, { input: MUTATIONS[name].input(itemId, revision, variant) })));
      const outcomes = responses.map((response) => (response.errors ? errorCodes(response).join() : 'written'));
      expect({ round, written: outcomes.filter((outcome) => outcome === 'written').length, conflicts: outcomes.filter((outcome) => outcome === 'CONFLICT').length }).toEqual({
        round,
        written: 1,
        conflicts: 31,
      });
      expect(await revisionOf(name, itemId)).toBe(revision + 1);
      const changes = dataOf(await api.query<{ changes: { totalCount: number } }>(`{ changes(itemId: "${itemId}") { totalCount } }`)).changes.totalCount;
      expect(changes).toBe(revision + 1);
      // The winner's Change with its CHANGED and RECORDED_IN edges; on a first curation its Curation node and CURATES edge; a new reviewer's verdict and its edge.
      const firstCuration = revision === 0 ? 1 : 0;
      const verdict = name === 'recordVerdict' ? 1 : 0;
      expect(await graphCounts(api.db)).toEqual({ nodes: before.nodes + 1 + firstCuration + verdict, relationships: before.relationships + 2 + firstCuration + verdict });
    }
  });
});

test('a write is priced at 10 plus its payload, before the role is checked: 15 aliased writes cost 165', async () => {
  const field = (alias: string) => `${alias}: setSourceReliability(input: {sourceId: "${sources[0]}", expectedRevision: 0, grade: A, rationale: "x"}) { change { id } }`;
  const writes = (n: number) => `mutation { ${Array.from({ length: n }, (_, i) => field(`w${i}`)).join(' ')} }`;
  const tight = keyedClient(api.withEnv({ CLAIMGRAPH_MAX_COST: '164' }).yoga, null);
  const refused = await tight(writes(15));
  expect(errorCodes(refused)).toEqual(['COST_LIMIT_EXCEEDED']);
  expect(refused.errors?.[0]?.extensions?.cost).toBe(165);
  expect(errorCodes(await keyedClient(api.withEnv({ CLAIMGRAPH_MAX_COST: '165' }).yoga, null)(writes(15)))).toEqual(Array(15).fill('UNAUTHENTICATED'));
});
