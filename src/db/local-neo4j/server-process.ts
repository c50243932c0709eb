import { spawn } from 'node:child_process';
import { closeSync, openSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { setTimeout as sleep } from 'node:timers/promises';
import type { Config } from '../../config/config';
import type { HomeLayout } from './home-layout';
import { ownerOnlyCommand } from './owner-only-command';
import { isServerOf, NEO4J_MAIN_CLASS, removePidFile } from './server-pid';

const POLL_MS = 200;
const GRACEFUL_STOP_MS = 60_000;
const KILL_WAIT_MS = 10_000;

/**
 * The JVM flags Neo4j's own launcher would pass (less the ones tuned for production hosts):
 * the launcher is skipped because it is not in the Maven artifacts, so heap size and
 * module openings must be given here or the page cache falls back to a slower mode.
 */
function jvmArguments(options: Config['localNeo4j']): string[] {
  return [
    `-Xms${options.heap}`,
    `-Xmx${options.heap}`,
    '-XX:+UseG1GC',
    '-XX:-OmitStackTraceInFastThrow',
    '-XX:+DisableExplicitGC',
    '-Djdk.nio.maxCachedBufferSize=1024',
    '-Dio.netty.tryReflectionSetAccessible=true',
    '-Dlog4j2.disable.jmx=true',
    '-Dfile.encoding=UTF-8',
    '--add-opens=java.base/java.nio=ALL-UNNAMED',
    '--add-opens=java.base/java.io=ALL-UNNAMED',
    '--add-opens=java.base/sun.nio.ch=ALL-UNNAMED',
  ];
}

/**
 * Starts the server detached (its own process group, output to logs/console.log) so it outlives
 * the claimgraph command that started it, and records its pid. Resolves once the JVM is spawned, not when Bolt answers.
 */
export async function startServerProcess(
  layout: HomeLayout,
  java: string,
  options: Config['localNeo4j'],
): Promise<number> {
  // Truncated per start, so the tail shown after a failed start is about that start.
  const output = openSync(layout.consoleLog, 'w', 0o600);
  try {
    const server = ownerOnlyCommand(java, [
      ...jvmArguments(options),
      '-cp',
      `${layout.lib}/*`,
      NEO4J_MAIN_CLASS,
      `--home-dir=${layout.home}`,
      `--config-dir=${layout.conf}`,
      '--console-mode',
    ]);
    const child = spawn(
      server.command,
      server.args,
      {
        cwd: layout.home,
        detached: true,
        stdio: ['ignore', output, output],
        env: { ...process.env, NEO4J_HOME: layout.home, NEO4J_CONF: layout.conf },
      },
    );
    const pid = child.pid;
    if (pid === undefined) throw new Error(`Could not start ${java} for Neo4j`);
    // Errors after spawn show up as the process exiting; startup waiting reports them with the logs.
    child.on('error', () => undefined);
    child.unref();
    await writeFile(layout.pidFile, `${pid}\n`, { mode: 0o600 });
    return pid;
  } finally {
    closeSync(output);
  }
}

/** Sends a signal, tolerating a process that exited on its own a moment earlier. */
function signal(pid: number, name: NodeJS.Signals): void {
  try {
    process.kill(pid, name);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ESRCH') throw error;
  }
}

async function waitUntilGone(layout: HomeLayout, pid: number, timeoutMs: number): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (!(await isServerOf(layout, pid))) return true;
    await sleep(POLL_MS);
  }
  return !(await isServerOf(layout, pid));
}

/**
 * SIGTERM, which makes Neo4j checkpoint and stop cleanly; SIGKILL only if that takes over a minute
 * (the store then recovers from its transaction log on the next start). Removes the pid file.
 * Resolves whether the kill was needed.
 */
export async function stopServerProcess(layout: HomeLayout, pid: number): Promise<{ forced: boolean }> {
  let forced = false;
  if (await isServerOf(layout, pid)) {
    signal(pid, 'SIGTERM');
    if (!(await waitUntilGone(layout, pid, GRACEFUL_STOP_MS))) {
      forced = true;
      signal(pid, 'SIGKILL');
      if (!(await waitUntilGone(layout, pid, KILL_WAIT_MS))) {
        throw new Error(`Neo4j (pid ${pid}) did not exit even after SIGKILL`);
      }
    }
  }
  await removePidFile(layout);
  return { forced };
}
