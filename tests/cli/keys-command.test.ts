import { createHash } from 'node:crypto';
import { createDriver, Database } from '../../src/db/database';
import { resetDatabase, testNeo4jConnection } from '../setup/test-neo4j';
import { claimgraph, type Run } from '../support/run-claimgraph';

/** The `field: value` lines `keys create` prints. */
const fieldsOf = (run: Run) => Object.fromEntries([...run.stdout.matchAll(/^(\w+): +(.+)$/gm)].map((match) => [match[1], match[2]]));

let db: Database;
beforeAll(async () => {
  db = new Database(createDriver(testNeo4jConnection()), { database: 'neo4j', txTimeoutMs: 30_000 });
  await resetDatabase(db.driver);
});
afterAll(() => db.driver.close());

test('create prints the key once with its id; list shows id, name, role and times but neither key nor hash; revoke marks it', async () => {
  const created = await claimgraph('keys', 'create', '--name', 'newsroom dashboard');
  expect(created.code).toBe(0);
  const { id, key, name, role } = fieldsOf(created);
  expect(key).toMatch(/^cg_[A-Za-z0-9_-]{43}$/);
  expect(id).toMatch(/^key_[0-9a-f]{16}$/);
  expect({ name, role }).toEqual({ name: 'newsroom dashboard', role: 'reader' });
  expect(created.stderr).toMatch(/cannot be shown again/);
  const hash = createHash('sha256')
    .update(key ?? '')
    .digest('hex');

  const listed = await claimgraph('keys', 'list');
  expect(listed.code).toBe(0);
  const row = listed.stdout.split('\n').find((line) => line.startsWith(id ?? '?'));
  expect(row).toMatch(/newsroom dashboard +reader +\d{4}-\d\d-\d\dT\S+ +-$/);
  expect(listed.stdout).not.toContain(key);
  expect(listed.stdout).not.toContain(hash);

  const revoked = await claimgraph('keys', 'revoke', id ?? '');
  expect(revoked.code).toBe(0);
  expect(revoked.stdout).toMatch(/revoked at .*within CLAIMGRAPH_API_KEY_CACHE_MS \(10 s here\)/);
  const after = (await claimgraph('keys', 'list')).stdout.split('\n').find((line) => line.startsWith(id ?? '?'));
  expect(after).toMatch(/reader +(\S+) +(\S+)$/);
  expect(after).not.toMatch(/ -$/);
});

test('revoking an unknown id fails naming it; bad usage exits 2 before connecting', async () => {
  const unknown = await claimgraph('keys', 'revoke', 'key_0000000000000000');
  expect(unknown.code).toBe(1);
  expect(unknown.stderr).toContain('no API key has the id "key_0000000000000000"');
  for (const args of [['keys'], ['keys', 'create'], ['keys', 'create', '--name', ' '], ['keys', 'list', '--name', 'x'], ['keys', 'revoke'], ['keys', 'rotate']]) {
    const run = await claimgraph(...args);
    expect({ args, code: run.code }).toEqual({ args, code: 2 });
    expect(run.stderr).toMatch(/Usage: claimgraph keys/);
  }
});

test('create --role editor makes an editor key; role <id> <role> changes it, shown by list; a bad role exits 2', async () => {
  const created = await claimgraph('keys', 'create', '--name', 'fact desk', '--role', 'editor');
  expect(created.code).toBe(0);
  const { id, role } = fieldsOf(created);
  expect(role).toBe('editor');

  const promoted = await claimgraph('keys', 'role', id ?? '', 'admin');
  expect(promoted.code).toBe(0);
  expect(promoted.stdout).toMatch(new RegExp(`^${id} \\(fact desk\\) now has the role admin`));
  const row = (await claimgraph('keys', 'list')).stdout.split('\n').find((line) => line.startsWith(id ?? '?'));
  expect(row).toMatch(/fact desk +admin +/);
  // The only admin key: the CLI will not take it away either.
  const lastAdmin = await claimgraph('keys', 'revoke', id ?? '');
  expect(lastAdmin.code).toBe(1);
  expect(lastAdmin.stderr).toContain(`${id} is the last active admin key`);

  const unknown = await claimgraph('keys', 'role', 'key_0000000000000000', 'editor');
  expect(unknown.code).toBe(1);
  expect(unknown.stderr).toContain('no API key has the id "key_0000000000000000"');
  for (const args of [
    ['keys', 'create', '--name', 'x', '--role', 'owner'],
    ['keys', 'role', id ?? ''],
    ['keys', 'role', id ?? '', 'superuser'],
    ['keys', 'list', '--role', 'editor'],
  ]) {
    const run = await claimgraph(...args);
    expect({ args, code: run.code }).toEqual({ args, code: 2 });
    expect(run.stderr).toMatch(/Usage: claimgraph keys/);
  }
});
