import { stopLocalNeo4j } from '../../src/db/local-neo4j/ensure-local-neo4j';
import { MANAGED_TEST_HOME_ENV, releaseTestServerLease, testServerOptions } from './test-neo4j-server';

/**
 * Stops the test server global setup started, unless another test run in this checkout still
 * uses it. CLAIMGRAPH_TEST_KEEP_NEO4J=1 leaves it running,
 * which saves its ~10 s start on the next `npm test`; `claimgraph neo4j stop` with
 * CLAIMGRAPH_NEO4J_HOME=.neo4j/test stops it later.
 */
export default async function globalTeardown(): Promise<void> {
  const home = process.env[MANAGED_TEST_HOME_ENV];
  if (!home) return;
  const others = await releaseTestServerLease(home);
  const log = (line: string): void => {
    process.stderr.write(`[test neo4j] ${line}\n`);
  };
  if (process.env.CLAIMGRAPH_TEST_KEEP_NEO4J === '1') {
    log('Left running (CLAIMGRAPH_TEST_KEEP_NEO4J=1).');
    return;
  }
  if (others.length > 0) {
    log(`Left running for other test runs still using it (pid ${others.join(', ')}).`);
    return;
  }
  await stopLocalNeo4j(testServerOptions(), log);
}
