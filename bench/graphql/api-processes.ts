import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { createInterface } from 'node:readline';
import type { Neo4jConnection } from '../../src/db/database';
import type { ApiKind } from './serve-api';

export interface ApiProcess {
  kind: ApiKind;
  url: string;
  pid: number;
  stop: () => Promise<void>;
}

const SERVE = path.join(__dirname, 'serve-api.ts');
const START_TIMEOUT_MS = 120_000;

/**
 * Starts one API in a child process (through tsx, as the benchmark itself runs) and resolves once
 * it listens. `cpuProfileDir` has Node write V8 CPU profiles there when the process stops;
 * `checkout` serves it from another checkout of claimgraph (an older commit, for a before figure).
 */
export function startApi(kind: ApiKind, connection: Neo4jConnection, cpuProfileDir?: string, checkout?: string): Promise<ApiProcess> {
  // Node's own file names (one per thread: tsx's loader runs in a worker of its own); the main thread's is the largest.
  const profiling = cpuProfileDir ? ['--cpu-prof', `--cpu-prof-dir=${cpuProfileDir}`] : [];
  const serve = checkout ? path.join(checkout, 'bench', 'graphql', 'serve-api.ts') : SERVE;
  const child = spawn(process.execPath, [...profiling, '--import', 'tsx', serve, kind], {
    env: {
      ...process.env,
      BENCH_NEO4J_URI: connection.uri,
      BENCH_NEO4J_USER: connection.user,
      BENCH_NEO4J_PASSWORD: connection.password,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const errors: string[] = [];
  child.stderr?.on('data', (chunk: Buffer) => {
    // Kept for the error message should the API fail to start; yoga's own log lines go nowhere else.
    errors.push(chunk.toString('utf8'));
    if (errors.length > 50) errors.shift();
  });
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => fail(new Error(`${kind} did not start within ${START_TIMEOUT_MS / 1000} s`)), START_TIMEOUT_MS);
    const fail = (error: Error) => {
      clearTimeout(timer);
      child.kill('SIGKILL');
      reject(new Error(`${error.message}\n${errors.join('').trim()}`));
    };
    child.once('exit', (code) => fail(new Error(`${kind} exited with code ${code} while starting`)));
    const lines = createInterface({ input: child.stdout ?? process.stdin });
    lines.on('line', (line) => {
      const match = /^LISTENING (\S+)$/.exec(line);
      if (!match?.[1] || child.pid === undefined) return;
      clearTimeout(timer);
      child.removeAllListeners('exit');
      resolve({ kind, url: match[1], pid: child.pid, stop: () => stopChild(child) });
    });
  });
}

/** SIGTERM to the child this module started (and only to it), SIGKILL if it lingers. */
function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const timer = setTimeout(() => child.kill('SIGKILL'), 15_000);
    child.once('exit', () => {
      clearTimeout(timer);
      resolve();
    });
    child.kill('SIGTERM');
  });
}
