import { getDirective } from '@graphql-tools/utils';
import type { GraphQLField } from 'graphql';
import { ApiKeyStore, type ApiKeyRole } from '../../src/api-keys/api-key-store';
import { generateApiKey } from '../../src/api-keys/api-key-secret';
import { keyRoleOf, REQUIRES_ROLE_DIRECTIVE } from '../../src/graphql/mutation-roles';
import { dumpGraph, type GraphDump } from '../support/graph-dump';
import { graphCounts } from '../support/graph-counts';
import { dataOf, errorCodes, startApiOverSeed, type ApiHarness } from '../support/graphql-harness';
import { ADD_CLAIM_LINK } from '../support/curated-link-client';
import { apiKeyOf, CORRECT_CLAIM, keyedClient, SET_SOURCE_RELIABILITY } from '../support/curation-client';
import { seed } from '../support/seed-story';
import { MUTATION_FIELDS, operationOf, sampleVariables, schema } from '../support/mutation-samples';
import { ingestLumina } from '../support/fixture-stories';

/**
 * Issue 13's authorization matrix: every Mutation field, read from the schema itself (a mutation
 * added later is in it without a word here), × every kind of client: no key, an unknown key, a
 * revoked key, and a key of each role. A client below the field's role is refused (UNAUTHENTICATED,
 * FORBIDDEN) before anything runs, and nothing in the graph changes (counts per attempt, a full
 * dump over all of them); a client of the role or above succeeds. A new mutation needs a valid input
 * in VALID_INPUTS for its success cases (the test says so), and an admin-only one a line in ADMIN_ONLY.
 */

let api: ApiHarness;
type Client = 'no key' | 'unknown key' | 'revoked key' | ApiKeyRole;
const CLIENTS: Client[] = ['no key', 'unknown key', 'revoked key', 'reader', 'editor', 'admin'];
const keys = new Map<Client, string | null>();
let otherSources: string[] = [];
beforeAll(async () => {
  api = await startApiOverSeed();
  keys.set('no key', null);
  keys.set('unknown key', generateApiKey().key);
  const revoked = await apiKeyOf(api.db, 'editor', 'revoked editor');
  await new ApiKeyStore(api.db).revoke(revoked.id);
  keys.set('revoked key', revoked.key);
  for (const role of ['reader', 'editor', 'admin'] as const) keys.set(role, (await apiKeyOf(api.db, role)).key);
  // A second story: declareSameSource names sources of two stories.
  otherSources = (await ingestLumina(api.db, [1]))[0]?.sources.map((source) => source.id) ?? [];
});
afterAll(() => api.close());

const MUTATIONS = MUTATION_FIELDS;

/** The Mutation fields only an admin may run; every other one needs an editor. */
const ADMIN_ONLY = new Set(['createApiKey', 'revokeApiKey', 'setApiKeyRole']);

const requiredRole = (field: GraphQLField<unknown, unknown>): ApiKeyRole => keyRoleOf(getDirective(schema, field, REQUIRES_ROLE_DIRECTIVE)?.[0]?.role);

/** What a client of `client` must get from a field needing `needed`: its refusal code, or null for success. */
function expectedOutcome(client: Client, needed: ApiKeyRole): string | null {
  if (client === 'no key' || client === 'unknown key' || client === 'revoked key') return 'UNAUTHENTICATED';
  const order: ApiKeyRole[] = ['reader', 'editor', 'admin'];
  return order.indexOf(client) >= order.indexOf(needed) ? null : 'FORBIDDEN';
}

const claims = seed.claims.map((claim) => claim.id);
const sources = seed.sources.map((source) => source.id);
const next = { claim: 0, source: 0 };
/** A claim or source no other case wrote to, so each success starts at revision 0 (the seed has 7 sources; 6 are used). */
const freshClaim = () => claims[next.claim++] ?? '';
const freshSource = () => sources[next.source++] ?? '';

const nextOther = { source: 0 };
const nextDerivation = { at: 0 };
/** A source of the second story no other case wrote to. */
const freshOtherSource = () => otherSources[nextOther.source++] ?? '';
/** An item's revision now: cases that reuse an item (the seed's seventh source) read it first. */
const revisionOf = async (id: string) =>
  dataOf(await api.query<{ node: { revision: number } }>('query($id: ID!) { node(id: $id) { ... on Claim { revision } ... on Source { revision } } }', { id })).node.revision;
const editorRun = async <T>(operation: string, variables: Record<string, unknown>) => dataOf(await keyedClient(api.yoga, keys.get('editor') ?? null)<T>(operation, variables));
const linkInput = (fromClaimId: string, toClaimId: string) => ({
  fromClaimId,
  toClaimId,
  relation: 'SUPPORTS',
  expectedFromRevision: 0,
  expectedToRevision: 0,
  rationale: 'Matrix.',
});

/**
 * For each Mutation field, the variables of one write that succeeds, made anew for each case (a
 * revert first makes the change it reverts; revoking and re-roling first make the key).
 */
const VALID_INPUTS: Record<string, () => Promise<Record<string, unknown>>> = {
  recordVerdict: async () => ({
    input: { claimId: freshClaim(), expectedRevision: 0, rating: { value: 1, best: 5, worst: 1, label: 'False' }, reviewer: 'Matrix', date: '2026-06-01', rationale: 'Checked.' },
  }),
  setSourceReliability: async () => ({ input: { sourceId: freshSource(), expectedRevision: 0, grade: 'C', rationale: 'Graded.' } }),
  markSourceRetracted: async () => ({ input: { sourceId: freshSource(), expectedRevision: 0, reason: 'Withdrawn.', date: '2026-06-02' } }),
  revertChange: async () => {
    const { setSourceReliability } = dataOf(
      await keyedClient(api.yoga, keys.get('editor') ?? null)<{ setSourceReliability: { change: { id: string } } }>(SET_SOURCE_RELIABILITY, {
        input: { sourceId: freshSource(), expectedRevision: 0, grade: 'E', rationale: 'To undo.' },
      }),
    );
    return { input: { changeId: setSourceReliability.change.id, expectedRevision: 1, reason: 'Undone.' } };
  },
  correctClaim: async () => ({ input: { claimId: freshClaim(), expectedRevision: 0, text: 'Matrix: the corrected words.', reason: 'Matrix.' } }),
  resolveCurationConflict: async () => {
    const claimId = freshClaim();
    await editorRun(CORRECT_CLAIM, { input: { claimId, expectedRevision: 0, text: 'Matrix: corrected before a new version.', reason: 'Matrix.' } });
    // As a newer version would: the document no longer says what it said when the correction was made.
    await api.db.driver.executeQuery("MATCH (k:Correction {claimId: $claimId, field: 'text'}) SET k.documentValue = '\"an earlier wording\"'", { claimId });
    return { input: { claimId, expectedRevision: 1, field: 'TEXT', resolution: 'KEEP_CORRECTION', reason: 'Matrix.' } };
  },
  addClaimLink: async () => ({ input: linkInput(freshClaim(), freshClaim()) }),
  removeClaimLink: async () => {
    const input = linkInput(freshClaim(), freshClaim());
    await editorRun(ADD_CLAIM_LINK, { input });
    return { input: { ...input, expectedFromRevision: 1, expectedToRevision: 1 } };
  },
  mergeClaims: async () => ({ input: { claimId: freshClaim(), mergedClaimId: freshClaim(), expectedRevision: 0, expectedMergedRevision: 0, rationale: 'Matrix.' } }),
  // The seed's claim stated in five places: each case splits off the last place still with it.
  splitClaim: async () => {
    const claimId = 'claim:meta-surveillance-layoffs:93dc2631e04c';
    const { claim } = dataOf(await api.query<{ claim: { revision: number; curatedMentions: { id: string }[] } }>(`{ claim(id: "${claimId}") { revision curatedMentions { id } } }`));
    return { input: { claimId, expectedRevision: claim.revision, mentionIds: [claim.curatedMentions.at(-1)?.id], text: 'Matrix: a part.', rationale: 'Matrix.' } };
  },
  // Pairs of the seed's sources no derivation joins yet (other cases may have curated them: revisions read).
  addDerivation: async () => {
    const [sourceId, fromSourceId] = [sources[nextDerivation.at++] ?? '', sources[nextDerivation.at++] ?? ''];
    return { input: { sourceId, fromSourceId, expectedRevision: await revisionOf(sourceId), expectedFromRevision: await revisionOf(fromSourceId), how: 'quotes', rationale: 'Matrix.' } };
  },
  declareSameSource: async () => {
    const sourceId = sources[6] ?? '';
    const otherSourceId = freshOtherSource();
    return { input: { sourceId, otherSourceId, expectedRevision: await revisionOf(sourceId), expectedOtherRevision: 0, rationale: 'Matrix.' } };
  },
  createApiKey: async () => ({ input: { name: 'matrix key', role: 'READER', reason: 'Matrix.' } }),
  revokeApiKey: async () => ({ input: { id: (await apiKeyOf(api.db, 'reader', 'to revoke')).id, reason: 'Matrix.' } }),
  setApiKeyRole: async () => ({ input: { id: (await apiKeyOf(api.db, 'reader', 'to re-role')).id, role: 'EDITOR', reason: 'Matrix.' } }),
};

test('the schema has the mutations this suite knows, each needing the role stated here', () => {
  expect(MUTATIONS.length).toBeGreaterThanOrEqual(7);
  expect(Object.fromEntries(MUTATIONS.map((field) => [field.name, requiredRole(field)]))).toEqual(
    Object.fromEntries(MUTATIONS.map((field) => [field.name, ADMIN_ONLY.has(field.name) ? 'admin' : 'editor'])),
  );
});

const cases = MUTATIONS.flatMap((field) => CLIENTS.map((client) => [field.name, client, field, expectedOutcome(client, requiredRole(field))] as const));
const refusals = cases.filter(([, , , outcome]) => outcome !== null);
const successes = cases.filter(([, , , outcome]) => outcome === null);

describe('refused: the code, no statement run, nothing changed', () => {
  let dump: GraphDump;
  beforeAll(async () => {
    dump = await dumpGraph(api.db.driver, 'before the refusals');
  });

  test.each(refusals)('%s by %s', async (_name, client, field, outcome) => {
    const before = await graphCounts(api.db);
    const response = await keyedClient(api.yoga, keys.get(client) ?? null)(operationOf(field), sampleVariables(field));
    expect(errorCodes(response)).toEqual([outcome]);
    expect(response.data ?? null).toBeNull();
    expect(response.extensions?.neo4jRoundTrips).toBeUndefined();
    expect(await graphCounts(api.db)).toEqual(before);
  });

  test(`all ${refusals.length} refusals together left the graph exactly as it was`, async () => {
    expect(refusals.length).toBeGreaterThanOrEqual(MUTATIONS.length * 4);
    expect(await dumpGraph(api.db.driver, 'before the refusals')).toEqual(dump);
  });
});

describe('allowed: the write succeeds', () => {
  test.each(successes)('%s by %s', async (name, client, field) => {
    const valid = VALID_INPUTS[name];
    if (!valid) throw new Error(`Mutation.${name} has no valid input in VALID_INPUTS: add one, so that its success cases run`);
    const response = await keyedClient(api.yoga, keys.get(client) ?? null)(operationOf(field), await valid());
    expect(response.errors).toBeUndefined();
    expect(dataOf(response)[name]).toBeTruthy();
  });
});
