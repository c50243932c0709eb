import { mkdir, readdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { projectRoot, type Config } from '../../src/config/config';
import { processExists } from '../../src/db/local-neo4j/process-exists';

/**
 * The Neo4j that `npm test` starts for itself: its own home and port, so a dev server
 * (.neo4j/dev on 7687) keeps running and keeps its data while tests wipe theirs.
 */
export function testServerOptions(): Config['localNeo4j'] {
  const configured = process.env.CLAIMGRAPH_TEST_NEO4J_BOLT_PORT;
  const port = Number(configured ?? 7697);
  if (!Number.isInteger(port) || port < 1 || port > 65_535) {
    throw new Error(`CLAIMGRAPH_TEST_NEO4J_BOLT_PORT must be a port number, got ${configured}`);
  }
  return { home: path.join(projectRoot, '.neo4j', 'test'), boltPort: port, heap: '512m', pageCache: '256m' };
}

/** Set by global setup when it runs the test server itself, so teardown stops only what setup started. */
export const MANAGED_TEST_HOME_ENV = 'CLAIMGRAPH_TEST_NEO4J_MANAGED_HOME';

function leaseDirectory(home: string): string {
  return path.join(home, 'run', 'test-runs');
}

/**
 * Records that this jest process uses the test server. Several test runs in one checkout
 * (people working side by side) share the server, and the last one out stops it.
 */
export async function takeTestServerLease(home: string): Promise<void> {
  await mkdir(leaseDirectory(home), { recursive: true });
  await writeFile(path.join(leaseDirectory(home), String(process.pid)), '');
}

/** Drops this process's lease and resolves the pids of other test runs still using the server. */
export async function releaseTestServerLease(home: string): Promise<number[]> {
  const directory = leaseDirectory(home);
  await rm(path.join(directory, String(process.pid)), { force: true });
  const others: number[] = [];
  for (const name of await readdir(directory).catch(() => [])) {
    const pid = Number(name);
    if (Number.isInteger(pid) && pid > 0 && processExists(pid)) others.push(pid);
    else await rm(path.join(directory, name), { force: true });
  }
  return others;
}
