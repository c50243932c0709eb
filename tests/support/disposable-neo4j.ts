import { link, mkdir, mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import net from 'node:net';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { projectRoot } from '../../src/config/config';
import {
  ensureLocalNeo4j,
  localNeo4jStatus,
  stopLocalNeo4j,
  type LocalNeo4jConnection,
  type LocalNeo4jOptions,
} from '../../src/db/local-neo4j/ensure-local-neo4j';
import { homeLayout } from '../../src/db/local-neo4j/home-layout';
import { installedNeo4jVersion } from '../../src/db/local-neo4j/install';
import { NEO4J_VERSION } from '../../src/db/local-neo4j/neo4j-version';
import { processExists } from '../../src/db/local-neo4j/process-exists';

/** A port nothing listens on right now. */
export async function freePort(): Promise<number> {
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as net.AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

/** Where `npm test`'s own server keeps its jars; a new home borrows them instead of running Maven again. */
const TEST_HOME = path.join(projectRoot, '.neo4j', 'test');

/**
 * Hard-links the test server's jars into a new home's lib: instant, no extra disk, and safe because
 * nothing ever writes a jar in place (an upgrade replaces the whole lib folder). Without an
 * installed test home, the first start installs from Maven as any new home would.
 */
async function borrowJars(home: string): Promise<void> {
  if ((await installedNeo4jVersion(TEST_HOME)) !== NEO4J_VERSION) return;
  const from = homeLayout(TEST_HOME).lib;
  const to = homeLayout(home).lib;
  await mkdir(to, { recursive: true });
  await Promise.all((await readdir(from)).map((name) => link(path.join(from, name), path.join(to, name))));
}

/**
 * Whether a killed process has finished dying. Its command line empties before its sockets close,
 * so only a zombie (sockets closed, waiting to be reaped by whoever started it) or no process at
 * all counts; otherwise a restart can find the port still taken.
 */
async function exited(pid: number): Promise<boolean> {
  try {
    const stat = await readFile(`/proc/${pid}/stat`, 'utf8');
    return /\)\s+[ZX]/.test(stat.slice(stat.lastIndexOf(')')));
  } catch {
    return !processExists(pid);
  }
}

/**
 * A Neo4j server a test may stop, kill and restart: its own home (.neo4j/<prefix>-XXXXXX) and a free
 * port, so faults never reach the shared test server or anyone else's.
 */
export class DisposableNeo4j {
  private constructor(readonly options: LocalNeo4jOptions) {}

  static async create(prefix: string): Promise<DisposableNeo4j> {
    await mkdir(path.join(projectRoot, '.neo4j'), { recursive: true });
    const home = await mkdtemp(path.join(projectRoot, '.neo4j', `${prefix}-`));
    await borrowJars(home);
    return new DisposableNeo4j({ home, boltPort: await freePort(), heap: '512m', pageCache: '64m' });
  }

  /** Starts the server (or finds it running) and resolves once Bolt answers. */
  start(): Promise<LocalNeo4jConnection> {
    return ensureLocalNeo4j(this.options, () => undefined);
  }

  /** A clean stop: SIGTERM, checkpoint, exit. */
  async stop(): Promise<void> {
    await stopLocalNeo4j(this.options, () => undefined);
  }

  /** SIGKILL, as a crash or the OOM killer would: no checkpoint, the pid file left behind. */
  async kill(): Promise<number> {
    const { pid } = await localNeo4jStatus(this.options);
    if (pid === undefined) throw new Error(`The Neo4j in ${this.options.home} is not running`);
    process.kill(pid, 'SIGKILL');
    while (!(await exited(pid))) await sleep(20);
    return pid;
  }

  /** Stops the server if it runs and deletes its home. */
  async remove(): Promise<void> {
    await this.stop();
    await rm(this.options.home, { recursive: true, force: true });
  }
}
