import { spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { chmod, mkdir, mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import net from 'node:net';
import path from 'node:path';
import neo4j, { type Record as Neo4jRecord } from 'neo4j-driver';
import { projectRoot } from '../src/config/config';
import {
  ensureLocalNeo4j,
  localNeo4jStatus,
  stopLocalNeo4j,
  type LocalNeo4jConnection,
} from '../src/db/local-neo4j/ensure-local-neo4j';
import { homeLayout, type HomeLayout } from '../src/db/local-neo4j/home-layout';
import { NEO4J_VERSION } from '../src/db/local-neo4j/neo4j-version';
import { processExists } from '../src/db/local-neo4j/process-exists';

// Its own home and port, new for each run: this suite installs, starts and stops servers, which must
// disturb neither the shared test server nor the same suite run by someone else in this checkout.
const options = { home: '', boltPort: 0, heap: '512m', pageCache: '64m' };
let layout: HomeLayout;
const logged: string[] = [];
const log = (line: string): void => {
  logged.push(line);
};

/** A first start may include the Maven download, minutes long on an empty ~/.m2. */
const INSTALL_TIMEOUT_MS = 10 * 60_000;
const START_STOP_TIMEOUT_MS = 3 * 60_000;

/** A pid no process has any more: that of a child that has exited. */
async function deadPid(): Promise<number> {
  const child = spawn(process.execPath, ['-e', '']);
  await new Promise((resolve) => child.once('exit', resolve));
  if (child.pid === undefined) throw new Error('could not spawn node');
  return child.pid;
}

async function runQuery<T>(
  connection: LocalNeo4jConnection,
  query: string,
  parameters: Record<string, unknown>,
  pick: (record: Neo4jRecord) => T,
): Promise<T[]> {
  const driver = neo4j.driver(connection.uri, neo4j.auth.basic(connection.user, connection.password));
  try {
    const { records } = await driver.executeQuery(query, parameters);
    return records.map(pick);
  } finally {
    await driver.close();
  }
}

/** Every file and folder under a folder, with its permission bits; symbolic links are left out. */
async function everythingIn(folder: string): Promise<{ path: string; mode: number; directory: boolean }[]> {
  const entries = await readdir(folder, { recursive: true, withFileTypes: true });
  return entries
    .filter((entry) => !entry.isSymbolicLink())
    .flatMap((entry) => {
      const at = path.join(entry.parentPath, entry.name);
      try {
        return [{ path: at, mode: statSync(at).mode, directory: entry.isDirectory() }];
      } catch {
        return []; // gone since the listing: the server rotates its logs
      }
    });
}

/** A port nothing listens on right now. */
async function freePort(): Promise<number> {
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as net.AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

beforeAll(async () => {
  await mkdir(path.join(projectRoot, '.neo4j'), { recursive: true });
  options.home = await mkdtemp(path.join(projectRoot, '.neo4j', 'lifecycle-test-'));
  options.boltPort = await freePort();
  layout = homeLayout(options.home);
});

afterAll(async () => {
  await stopLocalNeo4j(options, log);
  await rm(options.home, { recursive: true, force: true });
}, START_STOP_TIMEOUT_MS);

describe('a local Neo4j home', () => {
  it(
    'installs, starts, keeps a written node across a stop and a start (past a stale pid file), and stops',
    async () => {
      const first = await ensureLocalNeo4j(options, log);
      expect(first).toEqual({
        uri: `bolt://127.0.0.1:${options.boltPort}`,
        user: 'neo4j',
        password: expect.any(String),
      });
      expect(first.password.length).toBeGreaterThanOrEqual(16);
      expect(readFileSync(layout.passwordFile, 'utf8').trim()).toBe(first.password);
      expect(existsSync(layout.installMarker)).toBe(true);

      const running = await localNeo4jStatus(options);
      expect(running).toMatchObject({
        state: 'running',
        home: options.home,
        port: options.boltPort,
        version: NEO4J_VERSION,
        stalePid: undefined,
      });
      const firstPid = running.pid;
      if (firstPid === undefined) throw new Error('status gave no pid for a running server');
      expect(processExists(firstPid)).toBe(true);
      expect(Number(readFileSync(layout.pidFile, 'utf8'))).toBe(firstPid);

      const token = randomUUID();
      await runQuery(first, 'CREATE (:LifecycleProbe {token: $token})', { token }, () => null);

      const again = await ensureLocalNeo4j(options, log);
      expect(again).toEqual(first);
      expect((await localNeo4jStatus(options)).pid).toBe(firstPid);

      await expect(stopLocalNeo4j(options, log)).resolves.toEqual({ wasRunning: true, pid: firstPid });
      expect(await localNeo4jStatus(options)).toMatchObject({ state: 'stopped', pid: undefined });
      expect(existsSync(layout.pidFile)).toBe(false);
      expect(readFileSync(layout.consoleLog, 'utf8')).toMatch(/Stopped\.\s*$/);
      await expect(stopLocalNeo4j(options, log)).resolves.toEqual({ wasRunning: false, pid: undefined });

      // As after a crash or a reboot: the pid file names a process that is gone.
      const stale = await deadPid();
      await writeFile(layout.pidFile, `${stale}\n`);
      expect(await localNeo4jStatus(options)).toMatchObject({ state: 'stopped', pid: undefined, stalePid: stale });

      const restarted = await ensureLocalNeo4j(options, log);
      expect(logged.join('\n')).toContain(`stale pid file (pid ${stale}`);
      expect(restarted.password).toBe(first.password);
      const afterRestart = await localNeo4jStatus(options);
      expect(afterRestart).toMatchObject({ state: 'running', stalePid: undefined });
      expect(afterRestart.pid).toBeDefined();
      expect([firstPid, stale]).not.toContain(afterRestart.pid);
      const query = 'MATCH (p:LifecycleProbe) RETURN p.token AS token';
      const tokens = await runQuery(restarted, query, {}, (record) => record.get('token') as string);
      expect(tokens).toEqual([token]);

      await stopLocalNeo4j(options, log);
      expect((await localNeo4jStatus(options)).state).toBe('stopped');
    },
    INSTALL_TIMEOUT_MS,
  );

  it(
    'keeps its home to its owner: the home 0700, nothing in it open to group or others, a home made before included',
    async () => {
      // As a home from before: everything readable by all.
      await chmod(options.home, 0o755);
      for (const entry of await everythingIn(options.home)) await chmod(entry.path, entry.directory ? 0o755 : 0o644);
      const connection = await ensureLocalNeo4j(options, log);
      try {
        // Files the server makes after the start (an index, transaction logs) must be private too.
        await runQuery(connection, 'CREATE INDEX owner_only_probe IF NOT EXISTS FOR (p:OwnerOnlyProbe) ON (p.token)', {}, () => null);
        await runQuery(connection, 'CALL db.awaitIndexes(60)', {}, () => null);
        await runQuery(connection, 'CREATE (:OwnerOnlyProbe {token: $token})', { token: randomUUID() }, () => null);
        expect(statSync(options.home).mode & 0o777).toBe(0o700);
        const entries = await everythingIn(options.home);
        expect(entries.map((entry) => entry.path)).toContain(path.join(layout.data, 'dbms', 'auth.ini'));
        expect(entries.filter((entry) => (entry.mode & 0o077) !== 0).map((entry) => `${(entry.mode & 0o777).toString(8)} ${entry.path}`)).toEqual([]);
      } finally {
        await stopLocalNeo4j(options, log);
      }
    },
    START_STOP_TIMEOUT_MS,
  );

  it('never signals an unrelated live process a stale pid file names', async () => {
    const bystander = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 60_000)']);
    try {
      const pid = bystander.pid;
      if (pid === undefined) throw new Error('could not spawn node');
      await mkdir(layout.run, { recursive: true });
      await writeFile(layout.pidFile, `${pid}\n`);
      expect(await localNeo4jStatus(options)).toMatchObject({ state: 'stopped', stalePid: pid });
      await expect(stopLocalNeo4j(options, log)).resolves.toEqual({ wasRunning: false, pid: undefined });
      expect(bystander.exitCode).toBeNull();
      expect(bystander.signalCode).toBeNull();
      expect(processExists(pid)).toBe(true);
      expect(existsSync(layout.pidFile)).toBe(false);
    } finally {
      bystander.kill('SIGKILL');
    }
  });

  it('refuses to start on a port another process listens on, saying which', async () => {
    const squatter = net.createServer();
    await new Promise<void>((resolve) => squatter.listen(0, '127.0.0.1', resolve));
    const { port } = squatter.address() as net.AddressInfo;
    try {
      const start = ensureLocalNeo4j({ ...options, boltPort: port }, log);
      await expect(start).rejects.toThrow(`port ${port} on 127.0.0.1 is already taken`);
      expect((await localNeo4jStatus(options)).state).toBe('stopped');
    } finally {
      await new Promise((resolve) => squatter.close(resolve));
    }
  });

  it(
    'fails a start the JVM cannot make with the end of the logs, and leaves nothing running',
    async () => {
      const failed = ensureLocalNeo4j({ ...options, heap: '1m' }, log);
      await expect(failed).rejects.toThrow(/exited while starting[\s\S]*console\.log[\s\S]*heap/i);
      expect(await localNeo4jStatus(options)).toMatchObject({ state: 'stopped', stalePid: undefined });
    },
    START_STOP_TIMEOUT_MS,
  );
});
