import path from 'node:path';
import { projectRoot, type Config } from '../../src/config/config';

/**
 * The Neo4j that `npm test` starts for itself: its own home and port, so a dev server
 * (.neo4j/dev on 7687) keeps running and keeps its data while tests wipe theirs.
 */
export function testServerOptions(): Config['localNeo4j'] {
  const port = Number(process.env.CLAIMGRAPH_TEST_NEO4J_BOLT_PORT ?? 7697);
  if (!Number.isInteger(port) || port < 1 || port > 65_535) {
    throw new Error(`CLAIMGRAPH_TEST_NEO4J_BOLT_PORT must be a port number, got ${process.env.CLAIMGRAPH_TEST_NEO4J_BOLT_PORT}`);
  }
  return { home: path.join(projectRoot, '.neo4j', 'test'), boltPort: port, heap: '512m', pageCache: '256m' };
}

/** Set by global setup when it runs the test server itself, so teardown stops only what setup started. */
export const MANAGED_TEST_HOME_ENV = 'CLAIMGRAPH_TEST_NEO4J_MANAGED_HOME';
