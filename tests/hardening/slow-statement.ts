import neo4j, { type Driver, type Session } from 'neo4j-driver';
import { setTimeout as sleep } from 'node:timers/promises';
import type { CypherQuery } from '../../src/db/cypher-file';

/** Marks the slow statement, so SHOW TRANSACTIONS finds it (and not itself: the marker travels as a parameter there). */
const MARKER = 'claimgraphSlowTestStatement';

/**
 * Counts through three billion numbers: minutes of work for the server, stopped only by its
 * transaction's timeout or a termination. Tests only; no production path sends it.
 */
export const SLOW_STATEMENT: CypherQuery = {
  name: 'slow-test-statement',
  text: `UNWIND range(1, 3000000000) AS i WITH i WHERE i < 0 RETURN count(i) AS ${MARKER}`,
};

/** How many transactions running the slow statement the server holds now. */
export async function slowTransactions(driver: Driver): Promise<number> {
  const { records } = await driver.executeQuery(
    'SHOW TRANSACTIONS YIELD currentQuery WHERE currentQuery CONTAINS $marker RETURN count(*) AS running',
    { marker: MARKER },
    { database: 'neo4j' },
  );
  return Number(records[0]?.get('running'));
}

/** Waits until `check` holds, or fails the test after `withinMs`; answers the milliseconds it took. */
export async function eventually(what: string, check: () => Promise<boolean>, withinMs: number): Promise<number> {
  const started = Date.now();
  while (!(await check())) {
    if (Date.now() - started > withinMs) throw new Error(`Not within ${withinMs} ms: ${what}`);
    await sleep(50);
  }
  return Date.now() - started;
}

/** Makes every read statement of `driver`'s sessions the slow statement, whatever it was asked. */
export function slowReadsOf(driver: Driver): Driver {
  const openSession = driver.session.bind(driver);
  driver.session = (config) => {
    const session = openSession(config);
    if (config?.defaultAccessMode === neo4j.session.READ) {
      const run = session.run.bind(session);
      session.run = ((_query: unknown, _params: unknown, transactionConfig?: Parameters<Session['run']>[2]) =>
        run(SLOW_STATEMENT.text, {}, transactionConfig)) as Session['run'];
    }
    return session;
  };
  return driver;
}
