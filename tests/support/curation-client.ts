import { ApiKeyStore, type ApiKeyRole } from '../../src/api-keys/api-key-store';
import type { Database } from '../../src/db/database';
import type { ClaimgraphYoga } from '../../src/graphql/yoga';
import { startApiOverSeed, type ApiHarness, type GraphQLResponse } from './graphql-harness';

/** Runs operations as one API key (none: anonymously), in-process through yoga's HTTP handling. */
export function keyedClient(yoga: ClaimgraphYoga, key: string | null) {
  return async <T = Record<string, unknown>>(query: string, variables?: Record<string, unknown>): Promise<GraphQLResponse<T>> => {
    const response = await yoga.fetch('http://claimgraph.test/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/json', ...(key === null ? {} : { 'x-api-key': key }) },
      body: JSON.stringify({ query, variables }),
    });
    return (await response.json()) as GraphQLResponse<T>;
  };
}

/** A new key of `role`, as `claimgraph keys create --role` makes it. */
export async function apiKeyOf(db: Database, role: ApiKeyRole, name = `${role} test key`): Promise<{ id: string; key: string }> {
  const { key, record } = await new ApiKeyStore(db).create(name, role);
  return { id: record.id, key };
}

export type KeyedClient = ReturnType<typeof keyedClient>;

/** Takes every curation away: the seed as ingested, each claim at revision 0. */
export async function clearCuration(db: Database): Promise<void> {
  await db.write(async (tx) => {
    await tx.run({ name: 'test/clear-curation', text: 'MATCH (n) WHERE n:Curation OR n:Correction OR n:CuratedRelation OR n:Verdict OR n:Change DETACH DELETE n' }, {});
    await tx.run({ name: 'test/clear-corrected-fields', text: 'MATCH (c:Claim) WHERE c.correctedFields IS NOT NULL REMOVE c.correctedFields' }, {});
  });
}

/** A fresh seeded API (startApiOverSeed) and a client of it holding a new editor key (its id `editorId`). Call in beforeAll. */
export async function startApiWithEditor(overrides: NodeJS.ProcessEnv = {}): Promise<{ api: ApiHarness; editor: KeyedClient; editorId: string }> {
  const api = await startApiOverSeed(overrides);
  const key = await apiKeyOf(api.db, 'editor');
  return { api, editor: keyedClient(api.yoga, key.key), editorId: key.id };
}

/**
 * Time budgets for tests that hold the analytics' answers to an oracle, not their speed (bench/ does
 * that): a cold Neo4j plans the story-wide analytics in 15 s or more on a loaded CI machine (BENCHMARKS.md,
 * "Issue 12 at three scales"), past the default budget, which would fail a correct answer.
 */
export const ORACLE_TEST_BUDGETS = { CLAIMGRAPH_TX_TIMEOUT_MS: '120000', CLAIMGRAPH_REQUEST_TIMEOUT_MS: '120000' };

export const RECORD_VERDICT = `mutation RecordVerdict($input: RecordVerdictInput!) {
  recordVerdict(input: $input) {
    verdict { id reviewer rating { value best worst label } date rationale evidence { id } recordedBy }
    claim { id revision }
    change { id by field before after revision itemId reason }
  }
}`;

export const SET_SOURCE_RELIABILITY = `mutation SetSourceReliability($input: SetSourceReliabilityInput!) {
  setSourceReliability(input: $input) {
    source { id revision reliability { grade rationale setBy } }
    change { id by field before after revision }
  }
}`;

export const MARK_SOURCE_RETRACTED = `mutation MarkSourceRetracted($input: MarkSourceRetractedInput!) {
  markSourceRetracted(input: $input) {
    source { id revision retraction { reason date recordedBy } }
    change { id by field before after revision }
  }
}`;

export const CORRECT_CLAIM = `mutation CorrectClaim($input: CorrectClaimInput!) {
  correctClaim(input: $input) {
    claim { id revision text kind verbatim speaker { id } sourceRefs citationScope sources { id } corrections { field documentValue correctedValue recordedBy change { id } } }
    change { id by field before after revision itemId reason }
  }
}`;

export const RESOLVE_CURATION_CONFLICT = `mutation ResolveCurationConflict($input: ResolveCurationConflictInput!) {
  resolveCurationConflict(input: $input) {
    claim { id revision sourceRefs corrections { field documentValue correctedValue } }
    change { id field before after revision reason }
  }
}`;

export const CURATION_CONFLICTS = `query CurationConflicts($storyId: ID!) {
  curationConflicts(storyId: $storyId) { claim { id } field documentValueWhenCorrected documentValue correctedValue change { id revision } }
}`;

export const REVERT_CHANGE = `mutation RevertChange($input: RevertChangeInput!) {
  revertChange(input: $input) {
    change { id by field before after revision reason reverts { id } }
    reverted { id }
  }
}`;

export const CREATE_API_KEY = `mutation CreateApiKey($input: CreateApiKeyInput!) {
  createApiKey(input: $input) {
    key
    apiKey { id name role revokedAt }
    change { id by field before after itemId reason storyVersion item { id } }
  }
}`;

export const REVOKE_API_KEY = `mutation RevokeApiKey($input: RevokeApiKeyInput!) {
  revokeApiKey(input: $input) {
    apiKey { id name role revokedAt }
    change { id by field before after itemId reason storyVersion }
  }
}`;

export const SET_API_KEY_ROLE = `mutation SetApiKeyRole($input: SetApiKeyRoleInput!) {
  setApiKeyRole(input: $input) {
    apiKey { id name role revokedAt }
    change { id by field before after itemId reason storyVersion }
  }
}`;
