import { createHash } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import { ApiKeyStore } from '../../src/api-keys/api-key-store';
import { generateApiKey } from '../../src/api-keys/api-key-secret';
import { loadConfig } from '../../src/config/config';
import { createDriver, Database } from '../../src/db/database';
import { buildYoga } from '../../src/graphql/yoga';
import { errorCodes, startApiOverSeed, type ApiHarness } from '../support/graphql-harness';
import { postGraphQL, type RawResponse } from '../support/raw-request';

/** Clients identify themselves with an API key in X-API-Key; refusals come before any execution. */

const STORIES = '{ stories(first: 1) { nodes { id } } }';
const KEY_CACHE_MS = 300;

let api: ApiHarness;
let store: ApiKeyStore;
beforeAll(async () => {
  api = await startApiOverSeed({ CLAIMGRAPH_API_KEY_CACHE_MS: String(KEY_CACHE_MS) });
  store = new ApiKeyStore(api.db);
});
afterAll(() => api.close());

/** How many properties of any node, converted to text, contain `text`. */
async function propertiesHolding(text: string): Promise<number> {
  const [row] = await api.db.read(
    { name: 'test-properties-holding', text: 'MATCH (n) UNWIND keys(n) AS p WITH toStringOrNull(n[p]) AS v WHERE v CONTAINS $text RETURN count(*) AS found' },
    { text },
  );
  return Number(row?.found);
}

function expectServed(response: RawResponse): void {
  expect(response.status).toBe(200);
  expect(response.body.errors).toBeUndefined();
  expect(response.body.data).toEqual({ stories: { nodes: [{ id: expect.any(String) }] } });
}

/** 401 with the code, and nothing executed: no data, no round-trip report. */
function expectUnauthenticated(response: RawResponse): void {
  expect(response.status).toBe(401);
  expect(errorCodes(response.body)).toEqual(['UNAUTHENTICATED']);
  expect(response.body.data).toBeUndefined();
  expect(response.body.extensions).toBeUndefined();
  expect(response.headers.get('www-authenticate')).toMatch(/X-API-Key/);
}

test('a created key is stored as its SHA-256 only: no property of any node holds the key', async () => {
  const { key, record } = await store.create('dashboard');
  const [row] = await api.db.read({ name: 'test-api-key', text: 'MATCH (k:ApiKey {id: $id}) RETURN properties(k) AS k' }, { id: record.id });
  const stored = row?.k as Record<string, unknown>;
  expect(stored).toEqual({
    id: record.id,
    name: 'dashboard',
    role: 'reader',
    hash: createHash('sha256').update(key).digest('hex'),
    createdAt: expect.any(String),
  });
  // The hash is found where the key is not: the search itself can find what it looks for.
  expect(await propertiesHolding(stored.hash as string)).toBe(1);
  expect(await propertiesHolding(key.slice(3))).toBe(0);
});

test('the hash is unique in the database', async () => {
  const { record } = await store.create('first');
  const [row] = await api.db.read({ name: 'test-hash', text: 'MATCH (k:ApiKey {id: $id}) RETURN k.hash AS hash' }, { id: record.id });
  await expect(
    api.db.write((tx) => tx.run({ name: 'test-duplicate-hash', text: "CREATE (:ApiKey {id: 'key_copy', hash: $hash})" }, { hash: row?.hash })),
  ).rejects.toThrow(/already exists|constraint/i);
});

test('a valid key is served; unknown, malformed and revoked keys are refused with 401 UNAUTHENTICATED', async () => {
  const { key, record } = await store.create('reader');
  expectServed(await postGraphQL(api.yoga, STORIES, { 'x-api-key': key }));
  expectUnauthenticated(await postGraphQL(api.yoga, STORIES, { 'x-api-key': generateApiKey().key }));
  expectUnauthenticated(await postGraphQL(api.yoga, STORIES, { 'x-api-key': 'not a key' }));

  await store.revoke(record.id);
  // Within the cache's TTL the running API may still accept it; after it, never.
  await sleep(KEY_CACHE_MS + 50);
  expectUnauthenticated(await postGraphQL(api.yoga, STORIES, { 'x-api-key': key }));
});

test('anonymous requests are served by default and refused with CLAIMGRAPH_ANONYMOUS=false, where a key still passes', async () => {
  expectServed(await postGraphQL(api.yoga, STORIES));
  const keysOnly = api.withEnv({ CLAIMGRAPH_ANONYMOUS: 'false' });
  expectUnauthenticated(await postGraphQL(keysOnly.yoga, STORIES));
  const { key } = await store.create('required');
  expectServed(await postGraphQL(keysOnly.yoga, STORIES, { 'x-api-key': key }));
});

test('keys travel in X-API-Key only: the Authorization header and cookies are not read', async () => {
  const keysOnly = api.withEnv({ CLAIMGRAPH_ANONYMOUS: 'false' });
  const { key } = await store.create('elsewhere');
  expectUnauthenticated(await postGraphQL(keysOnly.yoga, STORIES, { authorization: `Bearer ${key}` }));
  expectUnauthenticated(await postGraphQL(keysOnly.yoga, STORIES, { cookie: `x-api-key=${key}` }));
});

test('a key costs one Neo4j lookup per cache TTL, outside the request\'s own statements; anonymous requests none', async () => {
  const { key } = await store.create('counted');
  const { yoga } = api.withEnv({ CLAIMGRAPH_API_KEY_CACHE_MS: '60000' });
  const reads = jest.spyOn(api.db, 'read');
  try {
    const lookups = () => reads.mock.calls.filter(([query]) => query.name === 'api-keys/active-api-key').length;
    const anonymous = await postGraphQL(yoga, STORIES);
    expect(lookups()).toBe(0);
    const first = await postGraphQL(yoga, STORIES, { 'x-api-key': key });
    const second = await postGraphQL(yoga, STORIES, { 'x-api-key': key });
    expect(lookups()).toBe(1);
    // The lookup is not one of the request's statements (tests/graphql/round-trips.test.ts counts those).
    expect([first.body.extensions, second.body.extensions]).toEqual([anonymous.body.extensions, anonymous.body.extensions]);
  } finally {
    reads.mockRestore();
  }
});

test('a key that cannot be checked (Neo4j unreachable) answers 503 SERVICE_UNAVAILABLE, and anonymous requests are not held up by it', async () => {
  // Nothing listens on port 1.
  const driver = createDriver({ uri: 'bolt://127.0.0.1:1', user: 'neo4j', password: 'unused' });
  try {
    const yoga = buildYoga(new Database(driver, { database: 'neo4j', txTimeoutMs: 5_000 }), loadConfig({ ...process.env, NODE_ENV: 'test' }));
    const refused = await postGraphQL(yoga, '{ __typename }', { 'x-api-key': generateApiKey().key });
    expect(refused.status).toBe(503);
    expect(errorCodes(refused.body)).toEqual(['SERVICE_UNAVAILABLE']);
    expect((await postGraphQL(yoga, '{ __typename }')).status).toBe(200);
  } finally {
    await driver.close();
  }
});
