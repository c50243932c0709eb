import { loadConfig } from '../../src/config/config';
import { createDriver, Database } from '../../src/db/database';
import { buildYoga } from '../../src/graphql/yoga';
import { clientOf, errorCodes, startApiOverSeed, type ApiClient, type ApiHarness } from '../support/graphql-harness';

/** /health says the process is up; /ready says it can answer, which needs Neo4j. */

let api: ApiHarness;
beforeAll(async () => {
  api = await startApiOverSeed();
});
afterAll(() => api.close());

const get = (client: ApiClient, endpoint: string) => client.yoga.fetch(`http://claimgraph.test${endpoint}`);

test('/health and /ready answer 200 while Neo4j is up', async () => {
  expect((await get(api, '/health')).status).toBe(200);
  expect((await get(api, '/ready')).status).toBe(200);
});

describe('with Neo4j unreachable', () => {
  // Nothing listens on port 1; the driver is the app's own, so its retry budget is what is measured.
  const driver = createDriver({ uri: 'bolt://127.0.0.1:1', user: 'neo4j', password: 'unused' });
  const config = loadConfig({ NODE_ENV: 'test' });
  const unreachable = clientOf(buildYoga(new Database(driver, { database: 'neo4j', txTimeoutMs: config.api.txTimeoutMs }), config));
  afterAll(() => driver.close());

  /** Answers within a time a readiness probe or a client would wait. */
  const QUICKLY_MS = 10_000;

  test('/ready is not 200, and says so quickly', async () => {
    const started = Date.now();
    const ready = await get(unreachable, '/ready');
    expect({ status: ready.status, quick: Date.now() - started < QUICKLY_MS }).toEqual({ status: 503, quick: true });
  });

  test('/health still answers 200: the process itself is fine', async () => {
    expect((await get(unreachable, '/health')).status).toBe(200);
  });

  test('a query fails quickly with SERVICE_UNAVAILABLE', async () => {
    const started = Date.now();
    const response = await unreachable.query('{ stories(first: 1) { totalCount } }');
    expect({ codes: errorCodes(response), quick: Date.now() - started < QUICKLY_MS }).toEqual({ codes: ['SERVICE_UNAVAILABLE'], quick: true });
  });
});
