import { stopLocalNeo4j } from '../../src/db/local-neo4j/ensure-local-neo4j';
import { MANAGED_TEST_HOME_ENV, testServerOptions } from './test-neo4j-server';

/**
 * Stops the test server global setup started. CLAIMGRAPH_TEST_KEEP_NEO4J=1 leaves it running,
 * which saves its ~10 s start on the next `npm test`; `claimgraph neo4j stop` with
 * CLAIMGRAPH_NEO4J_HOME=.neo4j/test stops it later.
 */
export default async function globalTeardown(): Promise<void> {
  if (!process.env[MANAGED_TEST_HOME_ENV]) return;
  const log = (line: string): void => {
    process.stderr.write(`[test neo4j] ${line}\n`);
  };
  if (process.env.CLAIMGRAPH_TEST_KEEP_NEO4J === '1') {
    log('Left running (CLAIMGRAPH_TEST_KEEP_NEO4J=1).');
    return;
  }
  await stopLocalNeo4j(testServerOptions(), log);
}
