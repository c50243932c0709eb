import fc from 'fast-check';
import { createServer, request, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { generateApiKey } from '../../src/api-keys/api-key-secret';
import { ApiKeyStore } from '../../src/api-keys/api-key-store';
import { loadConfig } from '../../src/config/config';
import { createDriver, Database } from '../../src/db/database';
import { buildYoga } from '../../src/graphql/yoga';
import { testNeo4jConnection } from '../setup/test-neo4j';
import { errorCodes, startApiOverSeed, type ApiHarness, type GraphQLResponse } from '../support/graphql-harness';
import { postGraphQL, type RawResponse } from '../support/raw-request';
import { eventually, slowReadsOf, slowTransactions } from './slow-statement';

/** Each client (API key, else address) has its own request rate and its own operations in flight. */

const CHEAP = '{ __typename }';

let api: ApiHarness;
beforeAll(async () => {
  api = await startApiOverSeed();
});
afterAll(() => api.close());

/** 429 RATE_LIMITED before execution, with a whole number of seconds to wait in the header and the error alike. */
function expectRateLimited(response: RawResponse, withinSeconds: number): void {
  expect(response.status).toBe(429);
  expect(errorCodes(response.body)).toEqual(['RATE_LIMITED']);
  expect(response.body.data).toBeUndefined();
  const retryAfter = Number(response.headers.get('retry-after'));
  expect(Number.isInteger(retryAfter)).toBe(true);
  expect(retryAfter).toBeGreaterThanOrEqual(1);
  expect(retryAfter).toBeLessThanOrEqual(withinSeconds);
  expect(response.body.errors?.[0]?.extensions?.retryAfter).toBe(retryAfter);
}

function expectServed(response: RawResponse): void {
  expect(response.status).toBe(200);
  expect(response.body).toMatchObject({ data: { __typename: 'Query' } });
  expect(response.body.errors).toBeUndefined();
}

describe('request rate', () => {
  test('a client over its rate gets 429 + Retry-After while another client is still served', async () => {
    // Which client sends each request: true for the one that floods, false for the other.
    const schedule = fc.record({ perMinute: fc.integer({ min: 1, max: 4 }), senders: fc.array(fc.boolean(), { minLength: 1, maxLength: 14 }) });
    await fc.assert(
      fc.asyncProperty(schedule, async ({ perMinute, senders }) => {
        const { yoga } = api.withEnv({ CLAIMGRAPH_RATE_LIMIT_PER_MINUTE: String(perMinute), CLAIMGRAPH_TRUST_PROXY: 'true' });
        const sent = { flooder: 0, other: 0 };
        for (const floods of senders) {
          const client = floods ? 'flooder' : 'other';
          sent[client] += 1;
          const response = await postGraphQL(yoga, CHEAP, { 'x-forwarded-for': floods ? '203.0.113.7' : '198.51.100.9' });
          if (sent[client] <= perMinute) expectServed(response);
          else expectRateLimited(response, 60);
        }
      }),
      { numRuns: 25 },
    );
  });

  test('without CLAIMGRAPH_TRUST_PROXY a client cannot escape its limit by sending X-Forwarded-For', async () => {
    const { yoga } = api.withEnv({ CLAIMGRAPH_RATE_LIMIT_PER_MINUTE: '2' });
    expectServed(await postGraphQL(yoga, CHEAP, { 'x-forwarded-for': '192.0.2.1' }));
    expectServed(await postGraphQL(yoga, CHEAP, { 'x-forwarded-for': '192.0.2.2' }));
    expectRateLimited(await postGraphQL(yoga, CHEAP, { 'x-forwarded-for': '192.0.2.3' }), 60);
  });

  test('behind a trusted proxy the address is the entry the proxy appended, not the ones the client wrote', async () => {
    const { yoga } = api.withEnv({ CLAIMGRAPH_RATE_LIMIT_PER_MINUTE: '1', CLAIMGRAPH_TRUST_PROXY: 'true' });
    expectServed(await postGraphQL(yoga, CHEAP, { 'x-forwarded-for': '192.0.2.1, 203.0.113.7' }));
    expectRateLimited(await postGraphQL(yoga, CHEAP, { 'x-forwarded-for': '192.0.2.99, 203.0.113.7' }), 60);
  });

  test('a key is a client of its own, apart from its address; wrong keys are charged to the address', async () => {
    const { yoga } = api.withEnv({ CLAIMGRAPH_RATE_LIMIT_PER_MINUTE: '2' });
    const { key } = await new ApiKeyStore(api.db).create('own budget');
    expectServed(await postGraphQL(yoga, CHEAP));
    expectServed(await postGraphQL(yoga, CHEAP));
    expectRateLimited(await postGraphQL(yoga, CHEAP), 60);
    expectServed(await postGraphQL(yoga, CHEAP, { 'x-api-key': key }));
    expectServed(await postGraphQL(yoga, CHEAP, { 'x-api-key': key }));
    expectRateLimited(await postGraphQL(yoga, CHEAP, { 'x-api-key': key }), 60);

    const guessing = api.withEnv({ CLAIMGRAPH_RATE_LIMIT_PER_MINUTE: '2' }).yoga;
    const guesses = await Promise.all([1, 2, 3].map(() => postGraphQL(guessing, CHEAP, { 'x-api-key': generateApiKey().key })));
    expect(guesses.map((guess) => guess.status).sort()).toEqual([401, 401, 429]);
  });

  describe('over HTTP, clients told apart by their socket address', () => {
    let server: Server;
    let port: number;
    beforeAll(async () => {
      const yoga = api.withEnv({ CLAIMGRAPH_RATE_LIMIT_PER_MINUTE: '2' }).yoga;
      server = createServer(yoga);
      await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
      port = (server.address() as AddressInfo).port;
    });
    afterAll(() => new Promise((resolve) => server.close(resolve)));

    /** A request from `localAddress` (any of 127.0.0.0/8 reaches the loopback server). */
    const send = (localAddress: string, path: string, body?: string) =>
      new Promise<RawResponse>((resolve, reject) => {
        const outgoing = request(
          { host: '127.0.0.1', port, path, localAddress, method: body ? 'POST' : 'GET', headers: { 'content-type': 'application/json', accept: 'application/json' } },
          (incoming) => {
            let text = '';
            incoming.on('data', (chunk: Buffer) => (text += chunk.toString()));
            incoming.on('end', () => {
              const headers = new Headers(Object.entries(incoming.headers).map(([name, value]): [string, string] => [name, String(value)]));
              resolve({ status: incoming.statusCode ?? 0, headers, body: (path === '/graphql' ? JSON.parse(text) : {}) as GraphQLResponse });
            });
          },
        );
        outgoing.on('error', reject);
        outgoing.end(body);
      });
    const graphql = (from: string) => send(from, '/graphql', JSON.stringify({ query: CHEAP }));

    test('one address over its rate is refused, another is served, and /health, /ready and /metrics stay open', async () => {
      expectServed(await graphql('127.0.0.2'));
      expectServed(await graphql('127.0.0.2'));
      expectRateLimited(await graphql('127.0.0.2'), 60);
      expectServed(await graphql('127.0.0.1'));
      for (const path of ['/health', '/ready', '/metrics']) expect((await send('127.0.0.2', path)).status).toBe(200);
    });
  });
});

describe('operations in flight', () => {
  let slowDb: Database;
  beforeAll(() => {
    slowDb = new Database(slowReadsOf(createDriver(testNeo4jConnection())), { database: 'neo4j', txTimeoutMs: 600_000 });
  });
  afterAll(() => slowDb.driver.close());

  test('a client with its limit running is refused at once, another client is served, and a finished operation frees its place', async () => {
    const config = loadConfig({
      ...process.env,
      NODE_ENV: 'test',
      CLAIMGRAPH_MAX_CONCURRENT_PER_CLIENT: '2',
      CLAIMGRAPH_REQUEST_TIMEOUT_MS: '4000',
      CLAIMGRAPH_TRUST_PROXY: 'true',
    });
    const yoga = buildYoga(slowDb, config);
    const busy = { 'x-forwarded-for': '203.0.113.7' };
    const slow = [postGraphQL(yoga, '{ stories(first: 1) { nodes { id } } }', busy), postGraphQL(yoga, '{ stories(first: 1) { nodes { id } } }', busy)];
    await eventually('both slow operations running in Neo4j', async () => (await slowTransactions(slowDb.driver)) >= 2, 20_000);

    const started = Date.now();
    expectRateLimited(await postGraphQL(yoga, CHEAP, busy), 1);
    expect(Date.now() - started).toBeLessThan(1_000);
    expectServed(await postGraphQL(yoga, CHEAP, { 'x-forwarded-for': '198.51.100.9' }));

    for (const response of await Promise.all(slow)) expect(errorCodes(response.body)).toEqual(['TIMEOUT']);
    expectServed(await postGraphQL(yoga, CHEAP, busy));
  });
});
