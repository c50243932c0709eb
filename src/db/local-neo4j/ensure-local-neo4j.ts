import { mkdir, writeFile } from 'node:fs/promises';
import type { Config } from '../../config/config';
import { ensureInitialPassword, NEO4J_USER } from './credentials';
import { formatDuration } from './format-duration';
import { homeLayout, type HomeLayout } from './home-layout';
import { withHomeLock } from './home-lock';
import { installedNeo4jVersion, installNeo4j } from './install';
import { resolveJava } from './java-runtime';
import { boltPortInConf, renderNeo4jConf } from './neo4j-conf';
import { NEO4J_VERSION } from './neo4j-version';
import { portInUse } from './port-in-use';
import { readFileIfExists } from './read-file-if-exists';
import { restrictHome } from './restrict-home';
import { removePidFile, serverPid } from './server-pid';
import { startServerProcess, stopServerProcess } from './server-process';
import { waitForBolt } from './wait-for-bolt';

export type LocalNeo4jOptions = Config['localNeo4j'];
type Log = (line: string) => void;

export interface LocalNeo4jConnection {
  uri: string;
  user: string;
  password: string;
}

export interface LocalNeo4jStatus {
  state: 'running' | 'stopped';
  home: string;
  /** The port a running server listens on, else the configured one. */
  port: number;
  uri: string;
  pid: number | undefined;
  /** The installed Neo4j version; undefined before the first install. */
  version: string | undefined;
  /** A pid file naming a process that is not this home's server (left by a crash or a reboot). */
  stalePid: number | undefined;
}

/** Progress goes to stderr by default: stdout may be carrying a command's real output. */
function toStderr(line: string): void {
  process.stderr.write(`${line}\n`);
}

function boltUri(port: number): string {
  return `bolt://127.0.0.1:${port}`;
}

async function reuseRunningServer(
  options: LocalNeo4jOptions,
  layout: HomeLayout,
  pid: number,
  log: Log,
): Promise<LocalNeo4jConnection> {
  const conf = await readFileIfExists(layout.confFile);
  const port = conf === undefined ? undefined : boltPortInConf(conf);
  if (port !== options.boltPort) {
    throw new Error(
      `The Neo4j in ${layout.home} (pid ${pid}) is running on port ${port ?? 'unknown'}, ` +
        `but port ${options.boltPort} is configured. ` +
        'Run `claimgraph neo4j stop` first, or configure the port it runs on.',
    );
  }
  if (conf !== renderNeo4jConf(options)) {
    log('Neo4j settings changed since it started; `claimgraph neo4j stop` and start again to apply them.');
  }
  const java = await resolveJava();
  const connection = { uri: boltUri(port), user: NEO4J_USER, password: await ensureInitialPassword(layout, java, log) };
  await restrictHome(layout.home);
  await waitForBolt(layout, pid, connection);
  log(`Neo4j is already running on ${connection.uri} (pid ${pid}).`);
  return connection;
}

async function installAndConfigure(
  options: LocalNeo4jOptions,
  layout: HomeLayout,
  log: Log,
): Promise<{ java: string; password: string }> {
  const java = await resolveJava();
  await installNeo4j(options.home, log);
  const directories = [layout.conf, layout.data, layout.logs, layout.plugins, layout.run];
  await Promise.all(directories.map((directory) => mkdir(directory, { recursive: true, mode: 0o700 })));
  await writeFile(layout.confFile, renderNeo4jConf(options), { mode: 0o600 });
  const password = await ensureInitialPassword(layout, java, log);
  await restrictHome(layout.home);
  return { java, password };
}

/**
 * Installs the pinned Neo4j into options.home and sets its password, without starting it.
 * Refuses while that home's server runs, since its jars would be swapped under it.
 */
export async function installLocalNeo4j(options: LocalNeo4jOptions, log: Log = toStderr): Promise<void> {
  const layout = homeLayout(options.home);
  await withHomeLock(layout, log, async () => {
    const { pid } = await serverPid(layout);
    if (pid !== undefined) {
      const version = await installedNeo4jVersion(options.home);
      if (version === NEO4J_VERSION) return;
      throw new Error(
        `The Neo4j in ${layout.home} is running (pid ${pid}); stop it before installing ${NEO4J_VERSION}.`,
      );
    }
    await installAndConfigure(options, layout, log);
  });
}

/**
 * Makes sure this home's Neo4j runs and answers: installs it on first use (jars from Maven Central,
 * a generated password), starts it unless it already runs, and waits for Bolt. Safe to call from
 * several processes at once; they share one server.
 */
export async function ensureLocalNeo4j(options: LocalNeo4jOptions, log: Log = toStderr): Promise<LocalNeo4jConnection> {
  const layout = homeLayout(options.home);
  return withHomeLock(layout, log, async () => {
    const { pid: runningPid, stalePid } = await serverPid(layout);
    if (runningPid !== undefined) return reuseRunningServer(options, layout, runningPid, log);
    if (stalePid !== undefined) {
      await removePidFile(layout);
      log(`Removed a stale pid file (pid ${stalePid} is not this home's Neo4j).`);
    }

    const { java, password } = await installAndConfigure(options, layout, log);
    const connection = { uri: boltUri(options.boltPort), user: NEO4J_USER, password };
    if (await portInUse(options.boltPort)) {
      throw new Error(
        `Cannot start Neo4j: port ${options.boltPort} on 127.0.0.1 is already taken by another process ` +
          '(another Neo4j home?). Stop it or set CLAIMGRAPH_NEO4J_BOLT_PORT.',
      );
    }

    log(`Starting Neo4j ${NEO4J_VERSION} on ${connection.uri} (home ${layout.home})…`);
    const started = Date.now();
    const pid = await startServerProcess(layout, java, options);
    try {
      await waitForBolt(layout, pid, connection);
    } catch (error) {
      // A server that never became usable is not left running behind the error.
      await stopServerProcess(layout, pid);
      throw error;
    }
    const took = formatDuration(Date.now() - started);
    log(`Neo4j ${NEO4J_VERSION} is up on ${connection.uri} (pid ${pid}) after ${took}.`);
    return connection;
  });
}

/** Stops this home's server if it runs (SIGTERM, then SIGKILL after a minute) and clears a stale pid file. */
export async function stopLocalNeo4j(
  options: LocalNeo4jOptions,
  log: Log = toStderr,
): Promise<{ wasRunning: boolean; pid: number | undefined }> {
  const layout = homeLayout(options.home);
  return withHomeLock(layout, log, async () => {
    const { pid, stalePid } = await serverPid(layout);
    if (pid === undefined) {
      await removePidFile(layout);
      const cleaned = stalePid === undefined ? '' : '; removed its stale pid file';
      log(`Neo4j in ${layout.home} is not running${cleaned}.`);
      return { wasRunning: false, pid: undefined };
    }
    log(`Stopping Neo4j (pid ${pid})…`);
    const started = Date.now();
    const { forced } = await stopServerProcess(layout, pid);
    const how = forced ? 'did not stop within a minute and was killed' : 'stopped';
    log(`Neo4j ${how} after ${formatDuration(Date.now() - started)}.`);
    return { wasRunning: true, pid };
  });
}

/** Reports whether this home's server runs; only looks, never starts, stops or cleans up. */
export async function localNeo4jStatus(options: LocalNeo4jOptions): Promise<LocalNeo4jStatus> {
  const layout = homeLayout(options.home);
  const [{ pid, stalePid }, version, conf] = await Promise.all([
    serverPid(layout),
    installedNeo4jVersion(options.home),
    readFileIfExists(layout.confFile),
  ]);
  const port = (pid !== undefined && conf !== undefined ? boltPortInConf(conf) : undefined) ?? options.boltPort;
  const state = pid === undefined ? 'stopped' : 'running';
  return { state, home: layout.home, port, uri: boltUri(port), pid, version, stalePid };
}
