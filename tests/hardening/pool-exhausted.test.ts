import neo4j, { type Driver, type ManagedTransaction, type Session } from 'neo4j-driver';
import { Database } from '../../src/db/database';
import { DatabaseError } from '../../src/db/database-errors';
import { testNeo4jConnection } from '../setup/test-neo4j';

/**
 * A request that cannot get a pooled connection in time (every connection busy) is told the
 * database is unavailable, with a code, rather than failing as an unknown internal error.
 */
describe('an exhausted connection pool', () => {
  let driver: Driver;
  let holder: Session;
  let release: () => void = () => undefined;
  let held: Promise<unknown>;

  beforeAll(async () => {
    const { uri, user, password } = testNeo4jConnection();
    // One connection, and a short wait for it: the same bounds createDriver sets, scaled down.
    driver = neo4j.driver(uri, neo4j.auth.basic(user, password), { maxConnectionPoolSize: 1, connectionAcquisitionTimeout: 300, disableLosslessIntegers: true });
    holder = driver.session({ database: 'neo4j' });
    let started: () => void = () => undefined;
    const running = new Promise<void>((resolve) => (started = resolve));
    // A transaction that keeps the only connection until released.
    held = holder.executeRead(async (tx: ManagedTransaction) => {
      await tx.run('RETURN 1');
      started();
      await new Promise<void>((resolve) => (release = resolve));
    });
    await running;
  });

  afterAll(async () => {
    release();
    await held;
    await holder.close();
    await driver.close();
  });

  it('answers SERVICE_UNAVAILABLE once the acquisition timeout passes', async () => {
    const db = new Database(driver, { database: 'neo4j', txTimeoutMs: 5_000 });
    const attempt = db.read({ name: 'test/return-one', text: 'RETURN 1 AS one' });
    await expect(attempt).rejects.toBeInstanceOf(DatabaseError);
    await expect(attempt).rejects.toMatchObject({ code: 'SERVICE_UNAVAILABLE' });
  });
});
