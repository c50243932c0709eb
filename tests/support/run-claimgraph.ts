import { spawn } from 'node:child_process';
import path from 'node:path';

const root = path.join(__dirname, '..', '..');

export interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** A TypeScript entry point of this repository, run with tsx, its output collected. */
export function runTsx(script: string, args: string[], env: NodeJS.ProcessEnv = process.env): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(path.join(root, 'node_modules', '.bin', 'tsx'), [path.join(root, script), ...args], { cwd: root, env });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

/** The CLI from source (tsx), against the test server that global setup put in NEO4J_URI. */
export function claimgraph(...args: string[]): Promise<Run> {
  return runTsx(path.join('src', 'cli', 'main.ts'), args);
}
