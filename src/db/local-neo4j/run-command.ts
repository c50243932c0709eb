import { spawn } from 'node:child_process';

const TAIL_LINES = 30;

/**
 * Runs a command to completion and resolves with its combined output. On failure the error carries
 * the output's last lines, because Maven and the Neo4j admin tool explain themselves there.
 */
export function runCommand(
  command: string,
  args: readonly string[],
  options: { env?: NodeJS.ProcessEnv; cwd?: string; what: string; onLine?: (line: string) => void },
): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, {
      env: options.env ?? process.env,
      cwd: options.cwd,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const chunks: Buffer[] = [];
    let partial = '';
    const collect = (chunk: Buffer) => {
      chunks.push(chunk);
      if (!options.onLine) return;
      const lines = (partial + chunk.toString('utf8')).split('\n');
      partial = lines.pop() ?? '';
      for (const line of lines) options.onLine(line);
    };
    child.stdout.on('data', collect);
    child.stderr.on('data', collect);
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
