import { loadConfig } from '../../src/config/config';
import { applySchema } from '../../src/db/apply-schema';
import { createDriver, Database } from '../../src/db/database';
import { buildYoga, type ClaimgraphYoga } from '../../src/graphql/yoga';
import { seedStories } from '../../src/ingest/seed';
import { resetDatabase, testNeo4jConnection } from '../setup/test-neo4j';

export interface GraphQLErrorEntry {
  message: string;
  path?: (string | number)[];
  extensions?: { code?: string } & Record<string, unknown>;
}

export interface GraphQLResponse<T = Record<string, unknown>> {
  data?: T | null;
  errors?: GraphQLErrorEntry[];
  extensions?: { neo4jRoundTrips?: number };
}

/** Something that answers GraphQL operations: the seeded API, or another yoga built over its database. */
export interface ApiClient {
  yoga: ClaimgraphYoga;
  /** Runs an operation in-process, through yoga's full HTTP handling. */
  query<T = Record<string, unknown>>(query: string, variables?: Record<string, unknown>): Promise<GraphQLResponse<T>>;
}

export interface ApiHarness extends ApiClient {
  db: Database;
  /** The same database served under other settings (a smaller CLAIMGRAPH_MAX_PAGE_SIZE…), without reseeding. */
  withEnv(overrides: NodeJS.ProcessEnv): ApiClient;
  close(): Promise<void>;
}

/**
 * Request limits raised for suites that put a whole table of cases into one request (dozens of
 * aliases, thousands of tokens, `first: 100` over nested lists). Clients get the defaults; the
 * limits themselves are another suite's subject.
 */
export const BATCHED_REQUEST_LIMITS: NodeJS.ProcessEnv = {
  CLAIMGRAPH_MAX_ALIASES: '1000',
  CLAIMGRAPH_MAX_TOKENS: '100000',
  CLAIMGRAPH_MAX_COST: '100000000',
};

/**
 * Every in-process request comes from one client (it has no socket address), and suites send
 * thousands, many at once: per-client limits are raised unless a suite sets its own.
 */
export const SUITE_CLIENT_LIMITS: NodeJS.ProcessEnv = {
  CLAIMGRAPH_RATE_LIMIT_PER_MINUTE: '1000000',
  CLAIMGRAPH_MAX_CONCURRENT_PER_CLIENT: '10000',
};

const testConfig = (overrides: NodeJS.ProcessEnv) => loadConfig({ ...process.env, NODE_ENV: 'test', ...SUITE_CLIENT_LIMITS, ...overrides });

/** A client of any yoga, for tests that build their own (over an unreachable database, say). */
export function clientOf(yoga: ClaimgraphYoga): ApiClient {
  return {
    yoga,
    query: async (query, variables) => {
      const response = await yoga.fetch('http://claimgraph.test/graphql', {
        method: 'POST',
        headers: { 'content-type': 'application/json', accept: 'application/json' },
        body: JSON.stringify({ query, variables }),
      });
      return (await response.json()) as GraphQLResponse<never>;
    },
  };
}

/** A fresh database holding only the seeded story, and the API over it. Call in beforeAll. */
export async function startApiOverSeed(overrides: NodeJS.ProcessEnv = {}): Promise<ApiHarness> {
  const config = testConfig(overrides);
  const driver = createDriver(testNeo4jConnection());
  const db = new Database(driver, { database: 'neo4j', txTimeoutMs: config.api.txTimeoutMs, writeTimeoutMs: config.ingest.txTimeoutMs });
  await resetDatabase(driver);
  await applySchema(db);
  await seedStories(db);
  return {
    db,
    ...clientOf(buildYoga(db, config)),
    withEnv: (more) => clientOf(buildYoga(db, testConfig({ ...overrides, ...more }))),
    close: () => driver.close(),
  };
}

/** The data of a response that must have succeeded; a failure shows the errors themselves. */
export function dataOf<T>(response: GraphQLResponse<T>): T {
  if (response.errors !== undefined || response.data == null) {
    throw new Error(`Expected data without errors, got ${JSON.stringify(response, null, 2)}`);
  }
  return response.data;
}

/** The `extensions.code` of each error, in order; `undefined` for an error without one. */
export const errorCodes = (response: GraphQLResponse<unknown>): (string | undefined)[] =>
  (response.errors ?? []).map((error) => error.extensions?.code);

/** How many Cypher statements the request sent; absent only when execution never started. */
export function roundTripsOf(response: GraphQLResponse<unknown>): number {
  const trips = response.extensions?.neo4jRoundTrips;
  if (typeof trips !== 'number') throw new Error(`No neo4jRoundTrips in ${JSON.stringify(response)}`);
  return trips;
}
