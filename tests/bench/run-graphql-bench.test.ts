import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import path from 'node:path';
import { projectRoot } from '../../src/config/config';
import { freePort } from '../support/disposable-neo4j';
import { runTsx, type Run } from '../support/run-claimgraph';

/**
 * The whole `npm run bench` pipeline on a tiny corpus, as on a fresh clone: a new bench Neo4j home
 * (started, schema applied, then the corpus imported, which restarts the server), both APIs served,
 * the agreement check, one short cell per contender. Its own home and a free port: it never touches
 * the test server, a developer's bench corpus, or anyone else's server.
 */

/** The benchmark as `npm run bench` runs it, with the bench's own local server only, never one the environment names. */
function runBench(args: string[]): Promise<Run> {
  const env = { ...process.env };
  delete env.CLAIMGRAPH_BENCH_GRAPHQL_NEO4J_URI;
  return runTsx(path.join('bench', 'run-graphql-bench.ts'), args, env);
}

/** One workload both APIs serve, and the analytics only claimgraph and the limit answer. */
const SMOKE_WORKLOADS = ['fact-checker', 'corroboration', 'retraction-impact', 'actor-contradictions'];
const ANALYTICS = SMOKE_WORKLOADS.slice(1);
let home: string | undefined;

afterAll(async () => {
  // The run stops the server it started; the home (a store, jars) goes with the test.
  if (home) await rm(home, { recursive: true, force: true });
});

test('npm run bench works end to end on its first run from an empty bench home', async () => {
  await mkdir(path.join(projectRoot, '.neo4j'), { recursive: true });
  home = await mkdtemp(path.join(projectRoot, '.neo4j', 'bench-smoke-'));
  const run = await runBench([
    ...['--scales', '200', '--seconds', '1', '--warmup', '0', '--concurrency', '1', '--pool', '2', '--check', '2'],
    ...['--workloads', SMOKE_WORKLOADS.join(','), '--no-report'],
    ...['--neo4j-home', home, '--bolt-port', String(await freePort()), '--heap', '512m', '--page-cache', '64m'],
  ]);
  if (run.code !== 0) throw new Error(`bench exited with ${run.code}; its log ends:\n${run.stderr.split('\n').slice(-25).join('\n')}`);
  expect(run.stdout).toMatch(/\*\*fact-checker\*\*.*: @neo4j\/graphql agrees on 2\/2, the limit agrees on 2\/2 variable sets/);
  for (const analytic of ANALYTICS) {
    expect(run.stdout).toMatch(new RegExp(`\\*\\*${analytic}\\*\\*.*: @neo4j/graphql cannot express it, the limit agrees on 2/2 variable sets`));
  }
  // Every cell ran requests, and none failed: claimgraph's, @neo4j/graphql's (fact-checker only), the limit's.
  // The rows of the main table (19 columns), not of the CPU table under it.
  const rows = run.stdout
    .split('\n')
    .filter((line) => SMOKE_WORKLOADS.some((workload) => line.startsWith(`| ${workload} | 1 |`)) && line.split('|').length === 21);
  expect(rows).toHaveLength(SMOKE_WORKLOADS.length);
  for (const row of rows) {
    const columns = row.split('|').map((column) => column.trim());
    const contenders = [3, 8, 14].map((at) => ({ requestsPerSecond: columns[at], errors: columns[at + 4] })).filter((cell) => cell.requestsPerSecond !== '–');
    expect(contenders).toHaveLength(row.startsWith('| fact-checker') ? 3 : 2);
    for (const cell of contenders) expect({ running: Number(cell.requestsPerSecond) > 0, errors: cell.errors }).toEqual({ running: true, errors: '0' });
  }
  // On a busy machine, JVM starts and the offline import take minutes; on an idle one about a minute in all.
}, 900_000);
