import { execFile } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { z } from 'zod';
import { projectRoot } from '../../src/config/config';
import type { Database } from '../../src/db/database';
import { resolveJava } from '../../src/db/local-neo4j/java-runtime';

const execFileAsync = promisify(execFile);

/** What the figures were measured on: they mean little without it. */
export interface Machine {
  cpus: string;
  memory: string;
  os: string;
  node: string;
  java: string;
  neo4j: string;
  packages: string;
  /** The claimgraph code measured: the commit, and whether the API's files differed from it. */
  code: string;
}

const PackageJson = z.object({ version: z.string() });

/** Read from node_modules: some packages do not export their package.json to require(). */
async function installedVersion(name: string): Promise<string> {
  try {
    const text = await readFile(path.join(projectRoot, 'node_modules', name, 'package.json'), 'utf8');
    return PackageJson.parse(JSON.parse(text)).version;
  } catch {
    return 'not installed';
  }
}

/** The benchmark serves the working tree, which may hold work not yet committed: say so. */
async function codeVersion(): Promise<string> {
  try {
    const git = (...args: string[]) => execFileAsync('git', args, { cwd: projectRoot }).then(({ stdout }) => stdout.trim());
    const [commit, changed] = await Promise.all([git('rev-parse', '--short', 'HEAD'), git('status', '--porcelain', '--', 'src', 'cypher', 'schema.graphql')]);
    return changed ? `commit ${commit} with uncommitted changes in ${[...new Set(changed.split('\n').map((line) => line.slice(3).split('/')[0]))].join(', ')}` : `commit ${commit}`;
  } catch {
    return 'unknown (not a git checkout)';
  }
}

export async function describeMachine(db: Database, localServer: boolean): Promise<Machine> {
  const [server] = await db.read({
    name: 'bench/neo4j-version',
    text: "CALL dbms.components() YIELD name, versions, edition WHERE name = 'Neo4j Kernel' RETURN versions[0] AS version, edition",
  });
  let java = 'the server is not claimgraph’s own';
  if (localServer) {
    const { stdout, stderr } = await execFileAsync(await resolveJava(), ['-version']);
    java = `${stderr}${stdout}`.split('\n')[0]?.trim() ?? 'unknown';
  }
  const packages = await Promise.all(['graphql-yoga', 'graphql', '@neo4j/graphql', 'neo4j-driver', 'autocannon'].map(async (name) => `${name} ${await installedVersion(name)}`));
  const cpus = os.cpus();
  return {
    cpus: `${os.availableParallelism()} (nproc), ${cpus[0]?.model.trim() ?? 'unknown model'}`,
    memory: `${(os.totalmem() / 2 ** 30).toFixed(1)} GiB`,
    os: `${os.type()} ${os.release()} ${os.arch()}`,
    node: process.version,
    java,
    neo4j: `${String(server?.version)} ${String(server?.edition)}`,
    packages: packages.join(', '),
    code: await codeVersion(),
  };
}

/** The 1-minute load average over the cores: above 1, other work competed with the benchmark. */
export const loadPerCore = () => (os.loadavg()[0] ?? 0) / os.availableParallelism();
