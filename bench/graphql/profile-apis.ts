import { parseArgs } from 'node:util';
import { createYoga } from 'graphql-yoga';
import neo4j, { type Driver, type ProfiledPlan } from 'neo4j-driver';
import { loadConfig } from '../../src/config/config';
import { createDriver, Database } from '../../src/db/database';
import { buildYoga } from '../../src/graphql/yoga';
import { UNLIMITED_CLIENTS } from '../unlimited-clients';
import { corpusState } from '../graph/load-story-graphs';
import { benchNeo4j, DATABASE } from './bench-neo4j';
import { limitStatement } from './limit-statements';
import { observedDriver } from './observed-driver';
import { peerLibrary } from './serve-api';
import { WORKLOADS, type Variables, type Workload } from './workloads';

/**
 * What each API asks Neo4j for one request of each workload: every statement, PROFILEd with the
 * parameters it was sent with (db hits, rows, the costliest plan operators, scans flagged) and
 * timed without PROFILE. Runs both APIs in this process against the loaded benchmark corpus.
 *
 * The limit's one hand-written statement (bench/limits/) is examined the same way.
 *
 *   npx tsx bench/graphql/profile-apis.ts [--workloads researcher] [--samples 1] [--api claimgraph,peer,limit|both] [--cypher]
 */

interface Statement {
  text: string;
  parameters: unknown;
}

interface PlanLine {
  operator: string;
  details: string;
  dbHits: number;
  rows: number;
}

const SCANS = /^(AllNodesScan|NodeByLabelScan|NodeIndexScan|DirectedRelationshipTypeScan|UndirectedRelationshipTypeScan)/;
const TIMED_RUNS = 5;
const log = (line: string) => process.stdout.write(`${line}\n`);

function flatten(plan: ProfiledPlan, into: PlanLine[] = []): PlanLine[] {
  const details = plan.arguments.Details;
  into.push({
    operator: plan.operatorType.replace(/@neo4j$/, ''),
    details: typeof details === 'string' ? details : '',
    dbHits: Number(plan.dbHits),
    rows: Number(plan.rows),
  });
  for (const child of plan.children) flatten(child, into);
  return into;
}

/** PROFILE goes after a leading `CYPHER 5` line, which @neo4j/graphql puts first. */
const profiled = (text: string) => text.replace(/^(CYPHER [^\n]*\n)?/, (prefix) => `${prefix}PROFILE `);

async function examine(driver: Driver, statement: Statement): Promise<{ lines: PlanLine[]; medianMs: number }> {
  const session = driver.session({ database: DATABASE, defaultAccessMode: neo4j.session.READ });
  try {
    const parameters = statement.parameters as Record<string, unknown>;
    const result = await session.executeRead((tx) => tx.run(profiled(statement.text), parameters));
    const plan = result.summary.profile;
    const times: number[] = [];
    for (let run = 0; run < TIMED_RUNS; run += 1) {
      const started = performance.now();
      await session.executeRead((tx) => tx.run(statement.text, parameters));
      times.push(performance.now() - started);
    }
    times.sort((a, b) => a - b);
    return { lines: plan ? flatten(plan) : [], medianMs: times[Math.floor(times.length / 2)] ?? NaN };
  } finally {
    await session.close();
  }
}

type Ask = (query: string, variables: Variables) => Promise<void>;

async function asker(api: 'claimgraph' | 'peer', driver: Driver, capture: (statement: Statement) => void): Promise<Ask> {
  const watched = observedDriver(driver, (text, parameters) => capture({ text, parameters }));
  const yoga =
    api === 'claimgraph'
      ? buildYoga(new Database(watched, { database: DATABASE, txTimeoutMs: 600_000 }), { ...loadConfig({ NODE_ENV: 'test', ...UNLIMITED_CLIENTS }), env: 'test' })
      : createYoga({ schema: await peerLibrary(watched).getSchema(), graphqlEndpoint: '/graphql', logging: false });
  return async (query, variables) => {
    const response = await yoga.fetch('http://bench/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query, variables }),
    });
    const text = await response.text();
    if (text.includes('"errors":[')) throw new Error(`${api}: ${text.slice(0, 500)}`);
  };
}

type Profiled = 'claimgraph' | 'peer' | 'limit';

/** The limit sends its one hand-written statement with the workload's variables, and nothing else. */
const limitAsker = (workload: Workload, capture: (statement: Statement) => void): Ask => async (_, variables) =>
  capture({ text: limitStatement(workload.name), parameters: variables });

async function profileWorkload(drivers: Record<'claimgraph' | 'peer', Driver>, api: Profiled, workload: Workload, pool: Variables[], showCypher: boolean): Promise<void> {
  const statements: Statement[] = [];
  const driver = drivers[api === 'peer' ? 'peer' : 'claimgraph'];
  const query = api === 'peer' ? workload.peer : workload.ours;
  // The analytics have no @neo4j/graphql operation: nothing to profile on that side.
  if (query === undefined) return;
  const capture = (statement: Statement) => statements.push(statement);
  const ask = api === 'limit' ? limitAsker(workload, capture) : await asker(api, driver, capture);
  // A first request warms the library (the peer asks Neo4j for its version once); not examined.
  if (pool[0]) await ask(query, pool[0]);
  for (const variables of pool) {
    statements.length = 0;
    await ask(query, variables);
    log(`\n### ${workload.name} · ${api} · ${JSON.stringify(variables)}: ${statements.length} statement(s)`);
    let totalHits = 0;
    let totalMs = 0;
    for (const statement of statements) {
      const { lines, medianMs } = await examine(driver, statement);
      const hits = lines.reduce((sum, line) => sum + line.dbHits, 0);
      totalHits += hits;
      totalMs += medianMs;
      const head = statement.text.split('\n').find((line) => line.trim() && !line.startsWith('CYPHER') && !line.startsWith('//')) ?? '';
      log(`- ${medianMs.toFixed(1)} ms, ${hits} db hits: \`${head.trim().slice(0, 110)}\``);
      const heavy = lines.filter((line) => SCANS.test(line.operator) || line.dbHits >= Math.max(1, hits * 0.1)).sort((a, b) => b.dbHits - a.dbHits);
      for (const line of heavy.slice(0, 6)) {
        const scan = SCANS.test(line.operator) ? ' **scan**' : '';
        log(`    ${line.operator}${scan}: ${line.dbHits} db hits, ${line.rows} rows — ${line.details.slice(0, 140)}`);
      }
      if (showCypher) log(`\n\`\`\`cypher\n${statement.text}\n\`\`\``);
    }
    log(`  total: ${totalHits} db hits, ${totalMs.toFixed(1)} ms of Neo4j time (sequential medians)`);
  }
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      workloads: { type: 'string' },
      samples: { type: 'string', default: '1' },
      api: { type: 'string', default: 'both' },
      cypher: { type: 'boolean', default: false },
    },
  });
  const neo4jServer = await benchNeo4j();
  const { uri, user, password } = neo4jServer.connection;
  // Each API with the driver settings it is served with: claimgraph's own, and the library's defaults.
  const drivers = { claimgraph: createDriver(neo4jServer.connection), peer: neo4j.driver(uri, neo4j.auth.basic(user, password)) };
  try {
    const corpus = await corpusState(new Database(drivers.claimgraph, { database: DATABASE, txTimeoutMs: 600_000 }));
    if (!corpus || corpus.stories === 0) throw new Error('The benchmark graph holds no corpus: run npm run bench first (with --keep).');
    log(`Corpus: ${corpus.stories} stories, seed ${corpus.seed}`);
    const names = values.workloads?.split(',') ?? WORKLOADS.map((w) => w.name);
    const apis = (values.api === 'both' ? 'claimgraph,peer' : values.api).split(',').map((api) => {
      if (api !== 'claimgraph' && api !== 'peer' && api !== 'limit') throw new Error(`--api takes claimgraph, peer, limit (comma-separated) or both, got ${api}`);
      return api;
    });
    for (const workload of WORKLOADS.filter((w) => names.includes(w.name))) {
      const pool = workload.variables(corpus.seed, corpus.stories, Number(values.samples));
      for (const api of apis) await profileWorkload(drivers, api, workload, pool, values.cypher);
    }
  } finally {
    await Promise.all([drivers.claimgraph.close(), drivers.peer.close()]);
    await neo4jServer.stop?.();
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exitCode = 1;
});
