import neo4j, { type Driver } from 'neo4j-driver';

export interface TestNeo4jConnection {
  uri: string;
  user: string;
  password: string;
}

/** The test server global setup provided; never the user's NEO4J_URI, since tests wipe it. */
export function testNeo4jConnection(): TestNeo4jConnection {
  const uri = process.env.CLAIMGRAPH_TEST_NEO4J_URI;
  const user = process.env.CLAIMGRAPH_TEST_NEO4J_USER;
  const password = process.env.CLAIMGRAPH_TEST_NEO4J_PASSWORD;
  if (!uri || !user || !password) {
    throw new Error('No test Neo4j: run tests through `npm test` or `npx jest`, whose global setup starts one');
  }
  return { uri, user, password };
}

/** A driver for the test server; the caller closes it (afterAll). */
export function createTestDriver(): Driver {
  const { uri, user, password } = testNeo4jConnection();
  return neo4j.driver(uri, neo4j.auth.basic(user, password));
}

/** Runs fn with a driver for the test server and closes it afterwards, also when fn throws. */
export async function withTestDriver<T>(fn: (driver: Driver) => Promise<T>): Promise<T> {
  const driver = createTestDriver();
  try {
    return await fn(driver);
  } finally {
    await driver.close();
  }
}

/**
 * Deletes every node and relationship, in batches so large test graphs fit in memory;
 * constraints and indexes stay, as the app creates them once.
 */
export async function resetDatabase(driver: Driver): Promise<void> {
  // CALL … IN TRANSACTIONS needs an implicit transaction, which session.run gives and executeQuery does not.
  const session = driver.session({ database: 'neo4j' });
  try {
    await session.run('MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS');
  } finally {
    await session.close();
  }
}
