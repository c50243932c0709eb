import { ensureLocalNeo4j } from '../../src/db/local-neo4j/ensure-local-neo4j';
import { MANAGED_TEST_HOME_ENV, takeTestServerLease, testServerOptions } from './test-neo4j-server';

function log(line: string): void {
  process.stderr.write(`[test neo4j] ${line}\n`);
}

/**
 * Provides the Neo4j every test uses, through CLAIMGRAPH_TEST_NEO4J_URI/_USER/_PASSWORD: the
 * server the user names in CLAIMGRAPH_TEST_NEO4J_URI, or else one started in .neo4j/test.
 * The app's own variables are pointed at it too, so code under test that loads the config can
 * never reach the user's NEO4J_URI or dev server: tests wipe the database they use.
 */
export default async function globalSetup(): Promise<void> {
  const env = process.env;
  if (env.CLAIMGRAPH_TEST_NEO4J_URI) {
    if (!env.CLAIMGRAPH_TEST_NEO4J_PASSWORD) {
      throw new Error('CLAIMGRAPH_TEST_NEO4J_URI is set, so CLAIMGRAPH_TEST_NEO4J_PASSWORD must be too');
    }
    env.CLAIMGRAPH_TEST_NEO4J_USER ??= 'neo4j';
    log(`Using ${env.CLAIMGRAPH_TEST_NEO4J_URI} from CLAIMGRAPH_TEST_NEO4J_URI; tests delete everything in it.`);
  } else {
    const options = testServerOptions();
    // Taken before the start, so a run finishing meanwhile sees this one and leaves the server up.
    await takeTestServerLease(options.home);
    const connection = await ensureLocalNeo4j(options, log);
    env.CLAIMGRAPH_TEST_NEO4J_URI = connection.uri;
    env.CLAIMGRAPH_TEST_NEO4J_USER = connection.user;
    env.CLAIMGRAPH_TEST_NEO4J_PASSWORD = connection.password;
    env[MANAGED_TEST_HOME_ENV] = options.home;
    env.CLAIMGRAPH_NEO4J_HOME = options.home;
    env.CLAIMGRAPH_NEO4J_BOLT_PORT = String(options.boltPort);
  }
  env.NEO4J_URI = env.CLAIMGRAPH_TEST_NEO4J_URI;
  env.NEO4J_USER = env.CLAIMGRAPH_TEST_NEO4J_USER;
  env.NEO4J_PASSWORD = env.CLAIMGRAPH_TEST_NEO4J_PASSWORD;
  env.NEO4J_DATABASE = 'neo4j';
}
