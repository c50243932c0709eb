import { loadConfig } from '../../src/config/config';
import { applySchema } from '../../src/db/apply-schema';
import { createDriver, Database } from '../../src/db/database';
import { buildYoga, type ClaimgraphYoga } from '../../src/graphql/yoga';
import { seedStories } from '../../src/ingest/seed';
import { resetDatabase, testNeo4jConnection } from '../setup/test-neo4j';

export interface GraphQLResponse<T = Record<string, unknown>> {
  data?: T | null;
  errors?: { message: string; path?: (string | number)[]; extensions?: { code?: string } & Record<string, unknown> }[];
  extensions?: { neo4jRoundTrips?: number };
}

export interface ApiHarness {
  db: Database;
  yoga: ClaimgraphYoga;
  /** Runs an operation in-process, through yoga's full HTTP handling. */
  query<T = Record<string, unknown>>(query: string, variables?: Record<string, unknown>): Promise<GraphQLResponse<T>>;
  close(): Promise<void>;
}

/** A fresh database holding only the seeded story, and the API over it. Call in beforeAll. */
export async function startApiOverSeed(overrides: NodeJS.ProcessEnv = {}): Promise<ApiHarness> {
  const config = loadConfig({ ...process.env, NODE_ENV: 'test', ...overrides });
  const driver = createDriver(testNeo4jConnection());
  const db = new Database(driver, { database: 'neo4j', txTimeoutMs: config.api.txTimeoutMs });
  await resetDatabase(driver);
  await applySchema(db);
  await seedStories(db);
  const yoga = buildYoga(db, config);
  return {
    db,
    yoga,
    query: async (query, variables) => {
      const response = await yoga.fetch('http://claimgraph.test/graphql', {
        method: 'POST',
        headers: { 'content-type': 'application/json', accept: 'application/json' },
        body: JSON.stringify({ query, variables }),
      });
      return (await response.json()) as GraphQLResponse<never>;
    },
    close: () => driver.close(),
  };
}
