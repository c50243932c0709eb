import { ApiKeyStore } from '../../src/api-keys/api-key-store';
import { graphCounts } from '../support/graph-counts';
import { dataOf, errorCodes, startApiOverSeed, type ApiHarness } from '../support/graphql-harness';
import { apiKeyOf, CREATE_API_KEY, keyedClient, REVERT_CHANGE, REVOKE_API_KEY, SET_API_KEY_ROLE, SET_SOURCE_RELIABILITY } from '../support/curation-client';
import { sourceByRef } from '../support/seed-story';

/** Admins manage API keys through the API, each change audited; the last admin key cannot be taken away. */

let api: ApiHarness;
beforeAll(async () => {
  // Keys are looked up on every request, so a new role or a revocation shows at once.
  api = await startApiOverSeed({ CLAIMGRAPH_API_KEY_CACHE_MS: '0' });
});
afterAll(() => api.close());

interface KeyAnswer {
  apiKey: { id: string; name: string; role: string; revokedAt: string | null };
  change: { id: string; by: string; field: string; before: string | null; after: string; itemId: string; reason: string; storyVersion: number | null; item: unknown } | null;
}
type Created = { createApiKey: KeyAnswer & { key: string } };

const asAdmin = async () => {
  const admin = await apiKeyOf(api.db, 'admin', `admin ${Math.random()}`);
  return { ...admin, client: keyedClient(api.yoga, admin.key) };
};

const changesOf = async (filter: string) =>
  dataOf(await api.query<{ changes: { nodes: { by: string; field: string; before: string | null; after: string; item: unknown }[] } }>(`{ changes(${filter}) { nodes { by field before after item { id } } } }`))
    .changes.nodes;

test('an admin creates an editor key, shown once; the key writes; its role changes and it is revoked; each step is a Change by the admin', async () => {
  const admin = await asAdmin();
  const created = dataOf(await admin.client<Created>(CREATE_API_KEY, { input: { name: 'fact desk', role: 'EDITOR', reason: 'New fact-checker.' } })).createApiKey;
  expect(created.key).toMatch(/^cg_[A-Za-z0-9_-]{43}$/);
  expect(created.apiKey).toMatchObject({ name: 'fact desk', role: 'EDITOR', revokedAt: null });
  expect(created.change).toMatchObject({ by: admin.id, field: 'apiKey:created', before: null, itemId: created.apiKey.id, reason: 'New fact-checker.', storyVersion: null, item: null });
  expect(created.change?.after).not.toContain(created.key);

  const editor = keyedClient(api.yoga, created.key);
  const input = { sourceId: sourceByRef(1).id, expectedRevision: 0, grade: 'B', rationale: 'Checked.' };
  dataOf(await editor(SET_SOURCE_RELIABILITY, { input }));

  const demoted = dataOf(await admin.client<{ setApiKeyRole: KeyAnswer }>(SET_API_KEY_ROLE, { input: { id: created.apiKey.id, role: 'READER', reason: 'Left the desk.' } })).setApiKeyRole;
  expect(demoted.apiKey.role).toBe('READER');
  expect(demoted.change).toMatchObject({ field: 'apiKey:role', before: '"editor"', after: '"reader"' });
  expect(errorCodes(await editor(SET_SOURCE_RELIABILITY, { input: { ...input, expectedRevision: 1 } }))).toEqual(['FORBIDDEN']);
  const again = dataOf(await admin.client<{ setApiKeyRole: KeyAnswer }>(SET_API_KEY_ROLE, { input: { id: created.apiKey.id, role: 'READER', reason: 'Again.' } })).setApiKeyRole;
  expect(again.change).toBeNull();

  const revoked = dataOf(await admin.client<{ revokeApiKey: KeyAnswer }>(REVOKE_API_KEY, { input: { id: created.apiKey.id, reason: 'Laptop lost.' } })).revokeApiKey;
  expect(revoked.apiKey.revokedAt).toEqual(expect.any(String));
  expect(revoked.change).toMatchObject({ field: 'apiKey:revokedAt', before: null });
  expect(errorCodes(await editor('{ stories(first: 1) { totalCount } }'))).toEqual(['UNAUTHENTICATED']);
  expect(dataOf(await admin.client<{ revokeApiKey: KeyAnswer }>(REVOKE_API_KEY, { input: { id: created.apiKey.id, reason: 'Again.' } })).revokeApiKey.change).toBeNull();

  // The audit trail by item and by account.
  expect((await changesOf(`itemId: "${created.apiKey.id}"`)).map((change) => change.field)).toEqual(['apiKey:revokedAt', 'apiKey:role', 'apiKey:created']);
  expect((await changesOf(`by: "${admin.id}"`)).map((change) => change.field)).toEqual(['apiKey:revokedAt', 'apiKey:role', 'apiKey:created']);
  // A change of a key is not one revertChange sets back.
  expect(errorCodes(await admin.client(REVERT_CHANGE, { input: { changeId: revoked.change?.id, expectedRevision: 3, reason: 'Undo.' } }))).toEqual(['BAD_USER_INPUT']);
});

test('the CLI writes through the same store: its changes are audited by "cli"', async () => {
  const { record } = await new ApiKeyStore(api.db).create('made by an operator', 'editor');
  expect(await changesOf(`itemId: "${record.id}"`)).toEqual([expect.objectContaining({ by: 'cli', field: 'apiKey:created', item: null })]);
});

test('the last active admin key can be neither demoted nor revoked; with a second admin it can', async () => {
  // Every other admin key demoted: this test's admin is the only one.
  const store = new ApiKeyStore(api.db);
  const only = await asAdmin();
  for (const key of await store.list()) if (key.role === 'admin' && key.revokedAt === null && key.id !== only.id) await store.setRole(key.id, 'editor');
  const others = (await store.list()).filter((key) => key.role === 'admin' && key.revokedAt === null && key.id !== only.id);
  expect(others).toEqual([]);

  const before = await graphCounts(api.db);
  for (const [document, input] of [
    [SET_API_KEY_ROLE, { id: only.id, role: 'EDITOR', reason: 'Step down.' }],
    [REVOKE_API_KEY, { id: only.id, reason: 'Step down.' }],
  ] as const) {
    const refused = await only.client(document, { input });
    expect(errorCodes(refused)).toEqual(['BAD_USER_INPUT']);
    expect(refused.errors?.[0]?.message).toMatch(/last active admin key/);
  }
  expect(await graphCounts(api.db)).toEqual(before);

  const second = dataOf(await only.client<Created>(CREATE_API_KEY, { input: { name: 'second admin', role: 'ADMIN', reason: 'Cover.' } })).createApiKey;
  dataOf(await only.client(SET_API_KEY_ROLE, { input: { id: only.id, role: 'EDITOR', reason: 'Step down.' } }));
  const secondClient = keyedClient(api.yoga, second.key);
  expect(errorCodes(await secondClient(REVOKE_API_KEY, { input: { id: second.apiKey.id, reason: 'Leaving.' } }))).toEqual(['BAD_USER_INPUT']);
});

test('two admins demoting each other at once: exactly one wins, one admin key remains', async () => {
  const store = new ApiKeyStore(api.db);
  for (let round = 0; round < 5; round += 1) {
    const [a, b] = [await asAdmin(), await asAdmin()];
    // Only these two are admins: the earlier round's survivor is revoked now that two others exist.
    for (const key of await store.list()) if (key.role === 'admin' && key.revokedAt === null && key.id !== a.id && key.id !== b.id) await store.revoke(key.id);
    const answers = await Promise.all([
      a.client(SET_API_KEY_ROLE, { input: { id: b.id, role: 'READER', reason: 'Mine.' } }),
      b.client(REVOKE_API_KEY, { input: { id: a.id, reason: 'Mine.' } }),
    ]);
    const outcomes = answers.map((answer) => (answer.errors ? errorCodes(answer).join() : 'done')).sort();
    // The loser is refused as the last admin (BAD_USER_INPUT), or, when its request reaches the gate
    // after the winner's change, as a key no longer an admin's (FORBIDDEN) or revoked (UNAUTHENTICATED).
    expect({ round, outcomes }).toEqual({ round, outcomes: [expect.stringMatching(/^(BAD_USER_INPUT|FORBIDDEN|UNAUTHENTICATED)$/), 'done'] });
    expect((await store.list()).filter((key) => key.role === 'admin' && key.revokedAt === null)).toHaveLength(1);
  }
});

test('bad input is BAD_USER_INPUT and an unknown key NOT_FOUND, writing nothing', async () => {
  const admin = await asAdmin();
  const before = await graphCounts(api.db);
  const cases: [string, Record<string, unknown>, string][] = [
    [CREATE_API_KEY, { name: ' ', role: 'EDITOR', reason: 'x' }, 'BAD_USER_INPUT'],
    [CREATE_API_KEY, { name: 'two\nlines', role: 'EDITOR', reason: 'x' }, 'BAD_USER_INPUT'],
    [CREATE_API_KEY, { name: 'desk', role: 'EDITOR', reason: '' }, 'BAD_USER_INPUT'],
    [REVOKE_API_KEY, { id: 'key_0000000000000000', reason: 'x' }, 'NOT_FOUND'],
    [REVOKE_API_KEY, { id: 'cg_not-an-id', reason: 'x' }, 'BAD_USER_INPUT'],
    [SET_API_KEY_ROLE, { id: 'key_0000000000000000', role: 'EDITOR', reason: 'x' }, 'NOT_FOUND'],
  ];
  for (const [document, input, code] of cases) expect({ input, codes: errorCodes(await admin.client(document, { input })) }).toEqual({ input, codes: [code] });
  expect(await graphCounts(api.db)).toEqual(before);
});

test('Query.apiKeys lists the keys for admins, oldest first, each with its newest change; never a key or its hash; bounded by `first`; refused to others', async () => {
  const admin = await asAdmin();
  const created = dataOf(await admin.client<Created>(CREATE_API_KEY, { input: { name: 'listed desk', role: 'EDITOR', reason: 'To be listed.' } })).createApiKey;
  dataOf(await admin.client(REVOKE_API_KEY, { input: { id: created.apiKey.id, reason: 'Listed, then revoked.' } }));
  type Listed = { apiKeys: { id: string; name: string; role: string; createdAt: string; revokedAt: string | null; lastChange: { field: string; by: string; reason: string } | null }[] };
  const LIST = 'query ApiKeys($first: Int) { apiKeys(first: $first) { id name role createdAt revokedAt lastChange { field by reason } } }';
  const answer = await admin.client<Listed>(LIST, { first: 1000 });
  const listed = dataOf(answer).apiKeys;
  // The store's own listing (what `claimgraph keys list` prints) is the oracle.
  const stored = await new ApiKeyStore(api.db).list();
  expect(listed.map(({ id, name, role, revokedAt }) => ({ id, name, role, revokedAt }))).toEqual(
    stored.map(({ id, name, role, revokedAt }) => ({ id, name, role: role.toUpperCase(), revokedAt })),
  );
  expect(listed.map((key) => Date.parse(key.createdAt))).toEqual(stored.map((key) => Date.parse(key.createdAt)));
  expect(listed.find((key) => key.id === created.apiKey.id)?.lastChange).toEqual({ field: 'apiKey:revokedAt', by: admin.id, reason: 'Listed, then revoked.' });
  expect(listed.find((key) => key.id === admin.id)?.lastChange).toMatchObject({ field: 'apiKey:created' });
  const hashes = (await api.db.read({ name: 'test/key-hashes', text: 'MATCH (k:ApiKey) RETURN k.hash AS hash' })).map((row) => String(row.hash));
  const text = JSON.stringify(answer);
  expect([created.key, admin.key, ...hashes].filter((secret) => text.includes(secret))).toEqual([]);
  // The keys' newest changes are read in one statement, however many keys.
  expect(answer.extensions?.neo4jRoundTrips).toBe(2);

  expect(dataOf(await admin.client<Listed>(LIST, { first: 2 })).apiKeys.map((key) => key.id)).toEqual(stored.slice(0, 2).map((key) => key.id));
  expect(errorCodes(await admin.client(LIST, { first: 1001 }))).toEqual(['BAD_USER_INPUT']);
  for (const role of ['reader', 'editor'] as const) expect(errorCodes(await keyedClient(api.yoga, (await apiKeyOf(api.db, role, `${role} ${Math.random()}`)).key)(LIST))).toEqual(['FORBIDDEN']);
  expect(errorCodes(await keyedClient(api.yoga, null)(LIST))).toEqual(['UNAUTHENTICATED']);
});
