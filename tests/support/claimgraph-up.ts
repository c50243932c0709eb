import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { once } from 'node:events';
import path from 'node:path';
import { projectRoot } from '../../src/config/config';

export interface UpProcess {
  child: ChildProcessWithoutNullStreams;
  stderr: () => string;
  /** Resolves with the first stderr line matching pattern, once it has been written. */
  waitFor: (pattern: RegExp) => Promise<RegExpMatchArray>;
  exit: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}

/**
 * `claimgraph up` from source as a process of its own, without tsx's wrapper process, so a signal
 * reaches the server's own process. NEO4J_URI and friends name the test server (jest's global
 * setup); port 0 picks a free one.
 */
export function startUp(args: string[] = ['--no-seed'], env: NodeJS.ProcessEnv = {}): UpProcess {
  const child = spawn(process.execPath, ['--import', 'tsx', path.join(projectRoot, 'src', 'cli', 'main.ts'), 'up', ...args], {
    cwd: projectRoot,
    env: { ...process.env, NODE_ENV: 'test', HOST: '127.0.0.1', PORT: '0', ...env },
  });
  let stderr = '';
  const waiters: { pattern: RegExp; resolve: (match: RegExpMatchArray) => void }[] = [];
  child.stderr.on('data', (chunk: Buffer) => {
    stderr += chunk.toString();
    for (const waiter of [...waiters]) {
      const match = waiter.pattern.exec(stderr);
      if (match) {
        waiters.splice(waiters.indexOf(waiter), 1);
        waiter.resolve(match);
      }
    }
  });
  const exit = once(child, 'exit').then(([code, signal]) => ({ code: code as number | null, signal: signal as NodeJS.Signals | null }));
  const waitFor = (pattern: RegExp) =>
    Promise.race([
      new Promise<RegExpMatchArray>((resolve) => {
        const match = pattern.exec(stderr);
        if (match) resolve(match);
        else waiters.push({ pattern, resolve });
      }),
      exit.then(({ code, signal }) => {
        throw new Error(`claimgraph up exited (${code ?? signal}) before ${pattern}:\n${stderr}`);
      }),
    ]);
  return { child, stderr: () => stderr, waitFor, exit };
}

/** The GraphQL endpoint a started `up` announces, once it listens. */
export async function graphqlUrlOf(up: UpProcess): Promise<URL> {
  const [, address] = await up.waitFor(/GraphQL and GraphiQL at (http:\/\/\S+)/);
  return new URL(String(address).replace('localhost', '127.0.0.1'));
}
