import { spawn } from 'node:child_process';

const TAIL_LINES = 30;

/**
 * Runs a command to completion and resolves with its combined output. On failure the error carries
 * the output's last lines, because Maven and the Neo4j admin tool explain themselves there.
 */
export function runCommand(
  command: string,
  args: readonly string[],
  options: { env?: NodeJS.ProcessEnv; cwd?: string; what: string },
): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, {
      env: options.env ?? process.env,
      cwd: options.cwd,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const chunks: Buffer[] = [];
    child.stdout.on('data', (chunk: Buffer) => chunks.push(chunk));
    child.stderr.on('data', (chunk: Buffer) => chunks.push(chunk));
    child.on('error', (error: NodeJS.ErrnoException) => {
      const hint = error.code === 'ENOENT' ? `${command} was not found on PATH` : error.message;
      reject(new Error(`${options.what} failed: ${hint}`));
    });
    child.on('close', (code, signal) => {
      const output = Buffer.concat(chunks).toString('utf8');
      if (code === 0) {
        resolve(output);
        return;
      }
      const tail = output.trimEnd().split('\n').slice(-TAIL_LINES).join('\n');
      const ending = signal ? `was killed by ${signal}` : `exited with code ${code}`;
      reject(new Error(`${options.what} ${ending}:\n${tail}`));
    });
  });
}
