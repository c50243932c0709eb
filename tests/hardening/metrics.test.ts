import { loadConfig } from '../../src/config/config';
import { DEFAULT_POOL_SIZE } from '../../src/config/config';
import { createDriver, Database } from '../../src/db/database';
import { PersistedManifest } from '../../src/graphql/persisted/persisted-manifest';
import { buildYoga } from '../../src/graphql/yoga';
import { clientOf, errorCodes, startApiOverSeed, type ApiClient, type ApiHarness } from '../support/graphql-harness';
import { testNeo4jConnection } from '../setup/test-neo4j';
import { eventually, SLOW_STATEMENT, slowReadsOf, slowTransactions } from './slow-statement';

/** Prometheus metrics at /metrics, counted per yoga instance. */

let api: ApiHarness;
beforeAll(async () => {
  api = await startApiOverSeed();
});
afterAll(() => api.close());

async function scrape(client: ApiClient): Promise<{ status: number; contentType: string | null; text: string }> {
  const response = await client.yoga.fetch('http://claimgraph.test/metrics');
  return { status: response.status, contentType: response.headers.get('content-type'), text: await response.text() };
}

/** The value of one sample line, `name{labels} value`, or undefined when there is no such line. */
function sample(text: string, series: string): number | undefined {
  const line = text.split('\n').find((candidate) => candidate.startsWith(`${series} `));
  return line === undefined ? undefined : Number(line.slice(series.length + 1));
}

test('after a query, /metrics counts it by operation name and observes its duration', async () => {
  const client = api.withEnv({});
  await client.query('query CountStories { stories { totalCount } }');
  const { status, contentType, text } = await scrape(client);
  expect(status).toBe(200);
  expect(contentType).toMatch(/^text\/plain/);
  expect(sample(text, 'graphql_envelop_request{operationName="CountStories",operationType="query"}')).toBe(1);
  expect(sample(text, 'graphql_envelop_request_duration_count{operationName="CountStories",operationType="query"}')).toBe(1);
  expect(sample(text, 'claimgraph_neo4j_round_trips_count{operationName="CountStories"}')).toBe(1);
});

test('errors are counted by the code the client received', async () => {
  const client = api.withEnv({});
  await client.query('{ story(id: "story:none") { id } }');
  await client.query('{ a: story(id: "story:none") { id } b: story(id: "story:gone") { id } }');
  await client.query('{ stories { nodez } }');
  const { text } = await scrape(client);
  expect(sample(text, 'claimgraph_graphql_errors_total{code="NOT_FOUND"}')).toBe(3);
  expect(sample(text, 'claimgraph_graphql_errors_total{code="GRAPHQL_VALIDATION_FAILED"}')).toBe(1);
});

test('each yoga counts only its own requests, so several can be built in one process', async () => {
  const first = api.withEnv({});
  const second = api.withEnv({});
  await first.query('query OnlyFirst { stories { totalCount } }');
  expect(sample((await scrape(first)).text, 'graphql_envelop_request{operationName="OnlyFirst",operationType="query"}')).toBe(1);
  expect((await scrape(second)).text).not.toContain('OnlyFirst');
});

describe('Neo4j pool use', () => {
  const inFlight = async (client: ApiClient, mode: 'read' | 'write') =>
    sample((await scrape(client)).text, `claimgraph_neo4j_sessions_in_flight{mode="${mode}"}`);

  test('the pool maximum is shown, and no session is in flight while nothing runs', async () => {
    const client = api.withEnv({});
    expect(sample((await scrape(client)).text, 'claimgraph_neo4j_pool_max_connections')).toBe(DEFAULT_POOL_SIZE);
    expect(await inFlight(client, 'read')).toBe(0);
    expect(await inFlight(client, 'write')).toBe(0);
  });

  test("a request's read session counts while it runs, and no longer once the request is over", async () => {
    const slowDriver = slowReadsOf(createDriver(testNeo4jConnection()));
    try {
      const config = loadConfig({ ...process.env, NODE_ENV: 'test', CLAIMGRAPH_REQUEST_TIMEOUT_MS: '3000' });
      const slow = clientOf(buildYoga(new Database(slowDriver, { database: 'neo4j', txTimeoutMs: 600_000 }), config));
      const answer = slow.query('{ stories(first: 1) { totalCount } }');
      await eventually('the slow statement runs on the server', async () => (await slowTransactions(api.db.driver)) === 1, 3_000);
      expect(await inFlight(slow, 'read')).toBe(1);
      expect(errorCodes(await answer)).toEqual(['TIMEOUT']);
      await eventually('no read session in flight', async () => (await inFlight(slow, 'read')) === 0, 5_000);
    } finally {
      await slowDriver.close();
    }
  });

  test('a write session counts under its own mode', async () => {
    const client = api.withEnv({});
    const cancellation = new AbortController();
    const writing = api.db.observed(() => {}, cancellation.signal).write((tx) => tx.run(SLOW_STATEMENT));
    expect({ read: await inFlight(client, 'read'), write: await inFlight(client, 'write') }).toEqual({ read: 0, write: 1 });
    cancellation.abort(new Error('enough'));
    await expect(writing).rejects.toThrow('enough');
    await eventually('no write session in flight', async () => (await inFlight(client, 'write')) === 0, 5_000);
  });
});

describe('operation name labels are bounded', () => {
  /** The distinct operationName label values of a scrape. */
  const operationNameLabels = (text: string) => new Set([...text.matchAll(/operationName="([^"]*)"/g)].map((match) => match[1]));

  test('1,500 distinct operation names keep /metrics under 256 KiB: the first 50 are labelled by name, the rest "other"', async () => {
    const client = api.withEnv({ LOG_LEVEL: 'silent' });
    for (let i = 0; i < 1_500; i += 1) await client.query(`query Chosen${i} { __typename }`);
    const { text } = await scrape(client);
    expect(Buffer.byteLength(text)).toBeLessThan(256 * 1024);
    const labels = operationNameLabels(text);
    expect(labels.size).toBeLessThanOrEqual(50 + 1);
    expect(labels).toContain('Chosen0');
    expect(labels).toContain('Chosen49');
    expect(labels).not.toContain('Chosen50');
    expect(sample(text, 'graphql_envelop_request{operationName="other",operationType="query"}')).toBe(1_450);
    expect(sample(text, 'claimgraph_neo4j_round_trips_count{operationName="other"}')).toBe(1_450);
  });

  test('CLAIMGRAPH_METRICS_OPERATION_NAMES sets how many names are kept', async () => {
    const client = api.withEnv({ CLAIMGRAPH_METRICS_OPERATION_NAMES: '2' });
    for (const name of ['First', 'Second', 'Third', 'First']) await client.query(`query ${name} { __typename }`);
    const { text } = await scrape(client);
    expect(operationNameLabels(text)).toEqual(new Set(['First', 'Second', 'other']));
    expect(sample(text, 'graphql_envelop_request{operationName="First",operationType="query"}')).toBe(2);
  });

  test("the persisted operations' names are labelled even when no other name is", async () => {
    const client = api.withEnv({ CLAIMGRAPH_METRICS_OPERATION_NAMES: '0' });
    const manifest = PersistedManifest.read(loadConfig().persistedOperations.file);
    const [hash, document] = [...manifest.documents.entries()].find(([, text]) => text.startsWith('query Dashboard')) ?? [];
    await client.query(document ?? '');
    await client.yoga.fetch('http://claimgraph.test/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ extensions: { persistedQuery: { version: 1, sha256Hash: hash } } }),
    });
    await client.query('query Chosen { __typename }');
    const { text } = await scrape(client);
    expect(operationNameLabels(text)).toEqual(new Set(['Dashboard', 'other']));
    expect(sample(text, 'graphql_envelop_request{operationName="Dashboard",operationType="query"}')).toBe(2);
  });

  test('names longer than 100 characters are labelled "other", so long names cannot bloat /metrics either', async () => {
    const client = api.withEnv({ LOG_LEVEL: 'silent' });
    const long = (i: number) => `Long${i}${'x'.repeat(10_000)}`;
    for (let i = 0; i < 50; i += 1) await client.query(`query ${long(i)} { __typename }`);
    await client.query(`query ${'y'.repeat(100)} { __typename }`);
    const { text } = await scrape(client);
    expect(operationNameLabels(text)).toEqual(new Set(['y'.repeat(100), 'other']));
    expect(Buffer.byteLength(text)).toBeLessThan(16 * 1024);
  });
});
