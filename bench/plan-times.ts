import { execFileSync } from 'node:child_process';
import { parseArgs } from 'node:util';
import { loadConfig, projectRoot } from '../src/config/config';
import { createDriver } from '../src/db/database';

const usage = `Usage: NEO4J_URI=bolt://… NEO4J_PASSWORD=… tsx bench/plan-times.ts [--before REV] [--after REV] [--runs N] [statement …]

How long Neo4j takes to plan claimgraph's read statements (cypher/queries/<statement>.cypher) as
written at two git revisions, side by side: each statement is planned afresh (CYPHER replan=force
EXPLAIN, nothing executed) --runs times per revision, alternating, and the fastest of each is printed.
A statement's first request after a Neo4j start pays its planning inside the request's time budget
(CLAIMGRAPH_TX_TIMEOUT_MS). Statements default to the analytics'.

Options:
  --before REV   the revision compared against (default HEAD~1)
  --after REV    the revision measured (default HEAD)
  --runs N       plans per statement and revision (default 3)
`;

const ANALYTICS = ['corroboration', 'retraction-impact', 'circular-reporting', 'claim-circular-reporting', 'provenance', 'actor-pairs', 'story-stats'];

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { before: { type: 'string', default: 'HEAD~1' }, after: { type: 'string', default: 'HEAD' }, runs: { type: 'string', default: '3' }, help: { type: 'boolean', short: 'h' } },
});
if (values.help) {
  process.stdout.write(usage);
  process.exit(0);
}
const runs = Number(values.runs);
if (!Number.isInteger(runs) || runs < 1) throw new Error(`--runs: expected a whole number of at least 1, got ${values.runs}`);
const { neo4j } = loadConfig(process.env);
if (!neo4j.uri || !neo4j.password) throw new Error('NEO4J_URI and NEO4J_PASSWORD name the Neo4j to plan on (a loaded one: plans depend on its statistics)');

const statementAt = (revision: string, name: string) =>
  execFileSync('git', ['-C', projectRoot, 'show', `${revision}:cypher/queries/${name}.cypher`], { encoding: 'utf8' }).trim();

const driver = createDriver({ uri: neo4j.uri, user: neo4j.user, password: neo4j.password });
const session = driver.session({ database: neo4j.database });
/** Milliseconds to plan `text` afresh. */
async function planMs(text: string): Promise<number> {
  const start = process.hrtime.bigint();
  await session.run(`CYPHER replan=force EXPLAIN ${text}`);
  return Number(process.hrtime.bigint() - start) / 1e6;
}

async function main(): Promise<void> {
  try {
    process.stdout.write(`| statement | plan ms at ${values.before} | plan ms at ${values.after} | × |\n| --- | ---: | ---: | ---: |\n`);
    for (const name of positionals.length > 0 ? positionals : ANALYTICS) {
      const [before, after] = [statementAt(values.before, name), statementAt(values.after, name)];
      const times: [number[], number[]] = [[], []];
      for (let run = 0; run < runs; run += 1) {
        times[0].push(await planMs(before));
        times[1].push(await planMs(after));
      }
      const [fastestBefore, fastestAfter] = times.map((each) => Math.min(...each)) as [number, number];
      process.stdout.write(`| ${name} | ${fastestBefore.toFixed(0)} | ${fastestAfter.toFixed(0)} | ${(fastestAfter / fastestBefore).toFixed(2)} |\n`);
    }
  } finally {
    await session.close();
    await driver.close();
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
});
