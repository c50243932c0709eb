import { loadConfig } from '../../src/config/config';
import { createDriver, Database } from '../../src/db/database';
import { buildYoga } from '../../src/graphql/yoga';
import { clientOf, dataOf, errorCodes, startApiOverSeed, type ApiHarness } from '../support/graphql-harness';
import { testNeo4jConnection } from '../setup/test-neo4j';
import { eventually, SLOW_STATEMENT, slowReadsOf, slowTransactions } from './slow-statement';

/** A request that outlives its budget is answered with TIMEOUT instead of leaving the client waiting. */

let api: ApiHarness;
beforeAll(async () => {
  api = await startApiOverSeed();
});
afterAll(() => api.close());

// Within the cost limit, yet many statements in a row: stories, claims, their actors, those actors' claims, their sources.
const HEAVY = '{ stories(first: 5) { nodes { claims(first: 20) { text assertedBy(first: 3) { name claims(first: 5) { text sources(first: 3) { title } } } } } } }';

test('within the default budget the query answers', async () => {
  expect(dataOf(await api.query(HEAVY)).stories).toBeDefined();
});

test('a budget of 1 ms answers TIMEOUT, without data, at once', async () => {
  const hurried = api.withEnv({ CLAIMGRAPH_REQUEST_TIMEOUT_MS: '1' });
  const started = Date.now();
  const response = await hurried.query(HEAVY);
  expect(errorCodes(response)).toEqual(['TIMEOUT']);
  expect(response.errors?.[0]?.message).toBe('The request ran out of its 1 ms time budget.');
  expect(response.data ?? null).toBeNull();
  expect(Date.now() - started).toBeLessThan(1_000);
});

describe('the Neo4j transaction of a request over its budget', () => {
  // Its reads run the slow statement; the transaction budget is far beyond the test, so only the request's abort can end it.
  const slowDriver = slowReadsOf(createDriver(testNeo4jConnection()));
  afterAll(() => slowDriver.close());

  test('is terminated by the server shortly after the request answers TIMEOUT', async () => {
    const config = loadConfig({ ...process.env, NODE_ENV: 'test', CLAIMGRAPH_REQUEST_TIMEOUT_MS: '3000', CLAIMGRAPH_TX_TIMEOUT_MS: '600000' });
    const slow = clientOf(buildYoga(new Database(slowDriver, { database: 'neo4j', txTimeoutMs: config.api.txTimeoutMs }), config));
    const answer = slow.query('{ stories(first: 1) { totalCount } }');
    await eventually('the slow statement runs on the server', async () => (await slowTransactions(api.db.driver)) === 1, 3_000);
    expect(errorCodes(await answer)).toEqual(['TIMEOUT']);
    await eventually('the slow statement is gone from SHOW TRANSACTIONS', async () => (await slowTransactions(api.db.driver)) === 0, 5_000);
  });

  test('is terminated by the server when the client goes away', async () => {
    const config = loadConfig({ ...process.env, NODE_ENV: 'test', CLAIMGRAPH_TX_TIMEOUT_MS: '600000' });
    const yoga = buildYoga(new Database(slowDriver, { database: 'neo4j', txTimeoutMs: config.api.txTimeoutMs }), config);
    const client = new AbortController();
    const answer = Promise.resolve(
      yoga.fetch('http://claimgraph.test/graphql', {
        method: 'POST',
        headers: { 'content-type': 'application/json', accept: 'application/json' },
        body: JSON.stringify({ query: '{ stories(first: 1) { totalCount } }' }),
        signal: client.signal,
      }),
    );
    await eventually('the slow statement runs on the server', async () => (await slowTransactions(api.db.driver)) === 1, 3_000);
    client.abort();
    await answer.catch(() => undefined);
    await eventually('the slow statement is gone from SHOW TRANSACTIONS', async () => (await slowTransactions(api.db.driver)) === 0, 5_000);
  });
});

describe('a request door whose signal is aborted', () => {
  test('refuses new transactions with the reason, and ends the running one', async () => {
    const cancellation = new AbortController();
    const door = api.db.observed(() => {}, cancellation.signal);
    const running = door.read(SLOW_STATEMENT);
    await eventually('the slow statement runs on the server', async () => (await slowTransactions(api.db.driver)) === 1, 10_000);
    const reason = new Error('request over');
    cancellation.abort(reason);
    await expect(running).rejects.toBe(reason);
    await expect(door.read({ name: 'one', text: 'RETURN 1 AS one' })).rejects.toBe(reason);
    await eventually('the slow statement is gone from SHOW TRANSACTIONS', async () => (await slowTransactions(api.db.driver)) === 0, 5_000);
  });
});
