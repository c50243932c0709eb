import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { projectRoot } from '../src/config/config';
import { applySchema } from '../src/db/apply-schema';
import { createDriver, Database } from '../src/db/database';
import { localNeo4jStatus, type LocalNeo4jOptions } from '../src/db/local-neo4j/ensure-local-neo4j';
import { ensureCorpus, type CorpusOptions } from './graph/load-story-graphs';
import { storyCount } from './graph/synthetic-story-graphs';
import { firstDifference } from './graphql/agreement';
import { startApi, type ApiProcess } from './graphql/api-processes';
import { BENCH_NEO4J, benchNeo4j, DATABASE } from './graphql/bench-neo4j';
import { limitBody } from './graphql/limit-statements';
import { ask, askLimit, drive, requestBodies } from './graphql/load-driver';
import { describeMachine, loadPerCore } from './graphql/machine';
import { cpuSeconds } from './graphql/process-cpu';
import { API_LABELS, renderScales, scaleName, writeSection, type ApiLabel, type Cell, type RoundTrips, type RunReport, type ScaleResult, type WorkloadCheck } from './graphql/report';
import { STATEMENTS_PATH, type ApiKind } from './graphql/serve-api';
import { TYPENAME, WORKLOADS, type Variables, type Workload } from './graphql/workloads';

const usage = `Usage: tsx bench/run-graphql-bench.ts [options]   (npm run bench, npm run bench:full)

claimgraph's GraphQL API side by side with @neo4j/graphql over the same Neo4j and the same synthetic
corpus: four workloads (dashboard, researcher, fact-checker, search) at each concurrency, plus
{ __typename } against claimgraph and a bare graphql-yoga. Writes its section of BENCHMARKS.md.

The corpus is imported (claimgraph import) into .neo4j/bench-graphql (Bolt 7727, started if needed,
APOC core added), replacing what it holds unless that is the same corpus; or written in transactions
into CLAIMGRAPH_BENCH_GRAPHQL_NEO4J_URI (with _PASSWORD, _USER), which then needs APOC core itself,
a larger scale on top of a smaller one, a smaller one than the graph holds after WIPING it.
Each cell also reports CPU time per request of the API's process and of the local Neo4j.

Options:
  --scales LIST       claims per corpus, e.g. 10k,100k,1m (default 10k)
  --seconds N         measured seconds per workload, API and concurrency (default 5)
  --warmup N          warm-up seconds per workload and API, at 8 connections (default 3)
  --concurrency LIST  connections, e.g. 1,8,32 (default 1,8,32)
  --pool N            variable sets drawn per workload (default 64)
  --check N           variable sets per workload checked for equal answers (default 5)
  --seed S            the corpus seed (default 42)
  --workloads LIST    a subset of: ${WORKLOADS.map((w) => w.name).join(',')}
  --cpu-prof DIR      write a V8 CPU profile of claimgraph's API process into DIR
  --load-only         load the corpus of each scale, measure nothing (a transactional load resumes)
  --shrink            allow deleting a larger corpus the graph holds, to measure a smaller scale
  --no-report         print the section, but leave BENCHMARKS.md alone
  --keep              leave the bench Neo4j running if this run started it
  --neo4j-home DIR    the bench Neo4j's home (default ${path.relative(projectRoot, BENCH_NEO4J.home)})
  --bolt-port N       its Bolt port (default ${BENCH_NEO4J.boltPort})
  --heap SIZE         its heap (default ${BENCH_NEO4J.heap})
  --page-cache SIZE   its page cache (default ${BENCH_NEO4J.pageCache})
  -h, --help          show this help
`;

const log = (line: string) => process.stderr.write(`${line}\n`);

interface Options {
  scales: number[];
  seconds: number;
  warmup: number;
  concurrency: number[];
  pool: number;
  check: number;
  seed: number;
  workloads: Workload[];
  cpuProfileDir: string | undefined;
  report: boolean;
  keep: boolean;
  loadOnly: boolean;
  shrink: boolean;
  /** The local bench server (unless CLAIMGRAPH_BENCH_GRAPHQL_NEO4J_URI names another). */
  server: LocalNeo4jOptions;
}

function readOptions(argv: string[]): Options | undefined {
  const { values } = parseArgs({
    args: argv,
    options: {
      scales: { type: 'string', default: '10k' },
      seconds: { type: 'string', default: '5' },
      warmup: { type: 'string', default: '3' },
      concurrency: { type: 'string', default: '1,8,32' },
      pool: { type: 'string', default: '64' },
      check: { type: 'string', default: '5' },
      seed: { type: 'string', default: '42' },
      workloads: { type: 'string' },
      'cpu-prof': { type: 'string' },
      'no-report': { type: 'boolean', default: false },
      'load-only': { type: 'boolean', default: false },
      shrink: { type: 'boolean', default: false },
      keep: { type: 'boolean', default: false },
      'neo4j-home': { type: 'string', default: BENCH_NEO4J.home },
      'bolt-port': { type: 'string', default: String(BENCH_NEO4J.boltPort) },
      heap: { type: 'string', default: BENCH_NEO4J.heap },
      'page-cache': { type: 'string', default: BENCH_NEO4J.pageCache },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (values.help) return undefined;
  const whole = (name: string, text: string, min: number) => {
    const value = Number(text);
    if (!/^\d+$/.test(text) || value < min) throw new Error(`--${name} must be a whole number ≥ ${min}, got ${text}`);
    return value;
  };
  const claims = (text: string) => {
    const match = /^(\d+)([km]?)$/i.exec(text.trim());
    if (!match?.[1]) throw new Error(`--scales takes numbers of claims such as 10k or 1m, got ${text}`);
    return Number(match[1]) * ({ k: 1_000, m: 1_000_000 }[match[2]?.toLowerCase() ?? ''] ?? 1);
  };
  const names = values.workloads?.split(',') ?? WORKLOADS.map((w) => w.name);
  const workloads = names.map((name) => {
    const workload = WORKLOADS.find((w) => w.name === name);
    if (!workload) throw new Error(`unknown workload ${name}`);
    return workload;
  });
  return {
    scales: values.scales.split(',').map(claims).sort((a, b) => a - b),
    seconds: whole('seconds', values.seconds, 1),
    warmup: whole('warmup', values.warmup, 0),
    concurrency: values.concurrency.split(',').map((c) => whole('concurrency', c, 1)),
    pool: whole('pool', values.pool, 1),
    check: whole('check', values.check, 1),
    seed: whole('seed', values.seed, 0),
    workloads,
    cpuProfileDir: values['cpu-prof'] ? path.resolve(values['cpu-prof']) : undefined,
    report: !values['no-report'],
    keep: values.keep,
    loadOnly: values['load-only'],
    shrink: values.shrink,
    server: {
      home: path.resolve(values['neo4j-home']),
      boltPort: whole('bolt-port', values['bolt-port'], 1),
      heap: values.heap,
      pageCache: values['page-cache'],
    },
  };
}

/** What the corpus holds, less the benchmark's own marker node; counts come from Neo4j's count store. */
async function graphCounts(db: Database): Promise<{ nodes: number; relationships: number }> {
  const [row] = await db.read({
    name: 'bench/graph-counts',
    text: [
      'CALL () { MATCH (n) RETURN count(n) AS all }',
      'CALL () { MATCH (c:BenchCorpus) RETURN count(c) AS markers }',
      'CALL () { MATCH ()-[r]->() RETURN count(r) AS relationships }',
      'RETURN all - markers AS nodes, relationships',
    ].join('\n'),
  });
  return { nodes: Number(row?.nodes), relationships: Number(row?.relationships) };
}

const SETTLE_TIMEOUT_MS = 120_000;

/**
 * Waits until Neo4j runs no transaction but this one: requests a cell left in flight when its time
 * was up go on in the API and in Neo4j, and would otherwise weigh on the next cell (the other API's).
 */
async function settle(db: Database): Promise<void> {
  const deadline = Date.now() + SETTLE_TIMEOUT_MS;
  let idle = 0;
  while (idle < 2 && Date.now() < deadline) {
    const [row] = await db.read({
      name: 'bench/running-transactions',
      text: "SHOW TRANSACTIONS YIELD currentQuery WHERE NOT currentQuery STARTS WITH 'SHOW TRANSACTIONS' RETURN count(*) AS running",
    });
    idle = Number(row?.running) === 0 ? idle + 1 : 0;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  if (idle < 2) log(`Neo4j was still busy ${SETTLE_TIMEOUT_MS / 1000} s after the cell; measuring on regardless.`);
}

const body = (query: string, variables: Variables) => JSON.stringify({ query, variables });
const summarize = (values: number[]): RoundTrips => ({
  min: Math.min(...values),
  max: Math.max(...values),
  mean: values.reduce((sum, value) => sum + value, 0) / Math.max(1, values.length),
});

async function peerStatements(peer: ApiProcess): Promise<number> {
  const response = await fetch(new URL(STATEMENTS_PATH, peer.url));
  return Number(await response.text());
}

/**
 * Asks claimgraph, @neo4j/graphql (where it can express the workload) and the limit statement the
 * same questions one at a time: same answers as claimgraph's? how many Neo4j round trips?
 */
async function check(workload: Workload, pool: Variables[], count: number, apis: Apis): Promise<WorkloadCheck> {
  const result: WorkloadCheck = { workload: workload.name, description: workload.description, checked: 0, agreed: { limit: 0 }, differences: {}, roundTrips: {} };
  const oursTrips: number[] = [];
  const peerTrips: number[] = [];
  const { peer: peerQuery, normalizePeer } = workload;
  const peer = peerQuery !== undefined && normalizePeer !== undefined ? { query: peerQuery, normalize: normalizePeer } : undefined;
  // @neo4j/graphql asks Neo4j for its version on its first request: that one is not a sample.
  const [first] = pool;
  if (first && peer) await ask(apis.peer.url, body(peer.query, first));
  // The first request plans the workload's statements. Neo4j plans a large one (corroboration) in
  // 1 s warm, but in up to 20 s the first time after a start on a loaded machine: past the 15 s
  // transaction budget. That one is asked again, once, and said so; the samples come after it.
  if (first) await ask(apis.ours.url, body(workload.ours, first)).catch(async (error: Error) => {
    if (!/time budget/.test(error.message)) throw error;
    log(`  ${workload.name}: the first request ran out of time while Neo4j planned it; asking again`);
    await ask(apis.ours.url, body(workload.ours, first));
  });
  const compare = (side: 'peer' | 'limit', variables: Variables, ours: unknown, other: unknown) => {
    const difference = firstDifference(ours, other, side === 'peer' ? API_LABELS.peer : API_LABELS.limit);
    if (difference === undefined) result.agreed[side] = (result.agreed[side] ?? 0) + 1;
    else result.differences[side] ??= `${JSON.stringify(variables)} ${difference}`;
  };
  for (const variables of pool.slice(0, count)) {
    const answer = await ask(apis.ours.url, body(workload.ours, variables));
    oursTrips.push(answer.extensions?.neo4jRoundTrips ?? NaN);
    const ours = workload.normalizeOurs(answer.data);
    if (peer) {
      const before = await peerStatements(apis.peer);
      const peerAnswer = await ask(apis.peer.url, body(peer.query, variables));
      peerTrips.push((await peerStatements(apis.peer)) - before);
      compare('peer', variables, ours, peer.normalize(peerAnswer.data));
    }
    compare('limit', variables, ours, workload.normalizeLimit(await askLimit(apis.limit.url, limitBody(workload.name, variables))));
    result.checked += 1;
  }
  if (peer) result.agreed.peer ??= 0;
  result.roundTrips = { claimgraph: summarize(oursTrips), ...(peer ? { peer: summarize(peerTrips) } : {}) };
  const verdict = (side: 'peer' | 'limit') =>
    result.agreed[side] === result.checked ? `agree on ${result.checked}` : `DISAGREE on ${result.checked - (result.agreed[side] ?? 0)}/${result.checked} (${result.differences[side]})`;
  log(
    `  ${workload.name}: ${peer ? `@neo4j/graphql ${verdict('peer')}, ` : ''}limit ${verdict('limit')}; round trips claimgraph ${oursTrips.join(',')}` +
      (peer ? `, @neo4j/graphql ${peerTrips.join(',')}` : ''),
  );
  return result;
}

const describe = (cell: Cell) =>
  `  ${cell.workload.padEnd(12)} c=${String(cell.figures.connections).padStart(2)} ${cell.api.padEnd(17)} ` +
  `${cell.figures.requestsPerSecond.toFixed(1).padStart(8)} req/s  p50 ${cell.figures.p50.toFixed(0).padStart(5)} ms  ` +
  `p99 ${cell.figures.p99.toFixed(0).padStart(5)} ms  errors ${cell.figures.errors}` +
  (cell.cpu?.api === undefined ? '' : `  CPU/request ${cell.cpu.api.toFixed(2)} ms` + (cell.cpu.neo4j === undefined ? '' : ` + Neo4j ${cell.cpu.neo4j.toFixed(2)} ms`));

type Apis = Record<'ours' | 'peer' | 'hello' | 'limit', ApiProcess>;

/**
 * Loads the scale's corpus, then serves it: the API processes start only once the corpus is in place,
 * and stop with the scale. An import replaces the database's store, whose transaction ids then start
 * over; @neo4j/graphql's sessions share the driver's bookmark manager, so an API that ran before the
 * import asks the new store to catch up with a transaction it will never have (BookmarkTimeout after
 * 30 s, then "Unexpected error.").
 */
async function measureScale(
  options: Options,
  db: Database,
  corpus: CorpusOptions,
  claims: number,
  serve: () => Promise<Apis>,
): Promise<ScaleResult> {
  const spec = { claims, seed: options.seed };
  const stories = storyCount(spec);
  log(`\n== ${scaleName(claims)} claims (${stories} stories, seed ${options.seed})`);
  const loads = await ensureCorpus(db, spec, corpus);
  const apis = await serve();
  const counts = await graphCounts(db);
  log(`The graph holds ${counts.nodes} nodes and ${counts.relationships} relationships.`);

  const pools = new Map(options.workloads.map((w) => [w.name, w.variables(options.seed, stories, options.pool)]));
  const poolOf = (workload: Workload) => pools.get(workload.name) ?? [];
  log('Checking that @neo4j/graphql and the limit answer as claimgraph does:');
  const checks: WorkloadCheck[] = [];
  for (const workload of options.workloads) checks.push(await check(workload, poolOf(workload), options.check, apis));

  const contenders = (workload: Workload) => [
    { api: API_LABELS.claimgraph, process: apis.ours, bodies: requestBodies(workload.ours, poolOf(workload)) },
    ...(workload.peer === undefined ? [] : [{ api: API_LABELS.peer, process: apis.peer, bodies: requestBodies(workload.peer, poolOf(workload)) }]),
    { api: API_LABELS.limit, process: apis.limit, bodies: poolOf(workload).map((variables) => limitBody(workload.name, variables)) },
  ];
  // After ensureCorpus: an import restarts the server.
  const neo4jPid = corpus.importInto ? (await localNeo4jStatus(corpus.importInto.server)).pid : undefined;
  /** One cell, with what its requests cost the API's process and Neo4j in CPU time. */
  const measure = async (workload: string, contender: { api: ApiLabel; process: ApiProcess; bodies: string[] }, connections: number): Promise<Cell> => {
    const before = { api: cpuSeconds(contender.process.pid), neo4j: cpuSeconds(neo4jPid) };
    const figures = await drive(contender.process.url, contender.bodies, connections, options.seconds);
    const perRequest = (from: number | undefined, to: number | undefined) =>
      from === undefined || to === undefined || figures.requests === 0 ? undefined : ((to - from) * 1000) / figures.requests;
    const cpu = { api: perRequest(before.api, cpuSeconds(contender.process.pid)), neo4j: perRequest(before.neo4j, cpuSeconds(neo4jPid)) };
    return { workload, api: contender.api, figures, cpu };
  };
  const cells: Cell[] = [];
  for (const workload of options.workloads) {
    const both = contenders(workload);
    if (options.warmup > 0) {
      log(`Warming up ${workload.name} (${options.warmup} s each)…`);
      for (const contender of both) {
        await drive(contender.process.url, contender.bodies, 8, options.warmup);
        await settle(db);
      }
    }
    for (const [index, connections] of options.concurrency.entries()) {
      // Alternating who goes first spreads any drift of the machine over both.
      for (const contender of index % 2 === 0 ? both : [...both].reverse()) {
        const cell = await measure(workload.name, contender, connections);
        log(describe(cell));
        cells.push(cell);
        await settle(db);
      }
    }
  }

  const overhead: Cell[] = [];
  const typename = requestBodies(TYPENAME, []);
  const bare = [
    { api: API_LABELS.claimgraph, process: apis.ours, bodies: typename },
    { api: API_LABELS.hello, process: apis.hello, bodies: typename },
  ];
  for (const contender of bare) if (options.warmup > 0) await drive(contender.process.url, typename, 8, options.warmup);
  for (const [index, connections] of options.concurrency.entries()) {
    for (const contender of index % 2 === 0 ? bare : [...bare].reverse()) {
      const cell = await measure('{ __typename }', contender, connections);
      log(describe(cell));
      overhead.push(cell);
    }
  }
  return { claims, stories, ...counts, loads, checks, cells, overhead };
}

/** The command as run; under npm, the script's name too, since its arguments then include the script's own. */
function commandLine(argv: string[]): string {
  const direct = ['npx tsx bench/run-graphql-bench.ts', ...argv].join(' ');
  const script = process.env.npm_lifecycle_event;
  return script === 'bench' || script === 'bench:full' ? `npm run ${script} (${direct})` : direct;
}

/** Loads each scale's corpus in turn and stops: the long 1M load can run (and resume) on its own. */
async function loadOnly(options: Options, db: Database, corpus: CorpusOptions): Promise<void> {
  for (const claims of options.scales) {
    const loads = await ensureCorpus(db, { claims, seed: options.seed }, corpus);
    const last = loads.at(-1);
    if (last) log(`${scaleName(claims)}: stories ${last.from}–${last.to - 1} written (${last.via}) in ${last.seconds.toFixed(1)} s, ${((last.nodes + last.relationships) / last.seconds).toFixed(0)} nodes+relationships/s`);
  }
}

async function run(options: Options, argv: string[]): Promise<number> {
  const startLoad = loadPerCore();
  const neo4j = await benchNeo4j(options.server);
  const db = new Database(createDriver(neo4j.connection), { database: DATABASE, txTimeoutMs: 600_000 });
  const started: ApiProcess[] = [];
  const stopApis = async () => {
    for (let api = started.pop(); api; api = started.pop()) await api.stop();
  };
  let cleaned: Promise<void> | undefined;
  // Run once, whether the run ends or is interrupted: the API processes are this run's to stop.
  const cleanUp = () =>
    (cleaned ??= (async () => {
      await stopApis();
      if (options.cpuProfileDir) log(`CPU profiles of claimgraph's API process in ${options.cpuProfileDir}`);
      await db.driver.close();
      if (neo4j.stop && !options.keep) await neo4j.stop();
      else if (neo4j.stop) log(`--keep: the bench Neo4j stays up on ${neo4j.connection.uri}.`);
    })());
  const interrupt = (signal: NodeJS.Signals) => {
    log(`${signal}: stopping the API processes${neo4j.stop && !options.keep ? ' and the bench Neo4j' : ''}; a load resumes on the next run.`);
    void cleanUp().finally(() => process.exit(130));
  };
  process.once('SIGINT', interrupt);
  process.once('SIGTERM', interrupt);
  try {
    await db.driver.verifyConnectivity({ database: DATABASE });
    await applySchema(db);
    // claimgraph's own server gets the corpus through `claimgraph import`; another one, in transactions.
    const corpus: CorpusOptions = { shrink: options.shrink, log, importInto: neo4j.local ? { server: neo4j.server, database: DATABASE } : undefined };
    if (options.loadOnly) {
      await loadOnly(options, db, corpus);
      return 0;
    }
    const machine = await describeMachine(db, neo4j.local);
    if (options.cpuProfileDir) await mkdir(options.cpuProfileDir, { recursive: true });
    /** The API processes, started anew for each scale once its corpus is loaded. */
    const serve = async (): Promise<Apis> => {
      const start = async (kind: ApiKind, profileDir?: string) => {
        const api = await startApi(kind, neo4j.connection, profileDir);
        started.push(api);
        return api;
      };
      const apis = { ours: await start('claimgraph', options.cpuProfileDir), peer: await start('peer'), hello: await start('hello'), limit: await start('limit') };
      log(
        `claimgraph on ${apis.ours.url} (pid ${apis.ours.pid}), @neo4j/graphql on ${apis.peer.url} (pid ${apis.peer.pid}), ` +
          `hello on ${apis.hello.url} (pid ${apis.hello.pid}), limit on ${apis.limit.url} (pid ${apis.limit.pid})`,
      );
      return apis;
    };

    const scales: ScaleResult[] = [];
    for (const claims of options.scales) {
      scales.push(await measureScale(options, db, corpus, claims, serve));
      await stopApis();
    }

    const report: RunReport = {
      command: commandLine(argv),
      date: new Date().toISOString(),
      machine,
      server: neo4j.where,
      settings:
        `${options.seconds} s per cell after ${options.warmup} s warm-up; connections ${options.concurrency.join(', ')}; ` +
        `${options.pool} variable sets per workload, ${options.check} checked; seed ${options.seed}`,
      loadPerCore: { start: startLoad, end: loadPerCore() },
      scales,
    };
    process.stdout.write(`${renderScales(report)}\n`);
    if (options.report) {
      await writeSection(report);
      log(`Wrote the section to ${path.relative(projectRoot, 'BENCHMARKS.md') || 'BENCHMARKS.md'}.`);
    }
    const disagreements = scales.flatMap((scale) => scale.checks).filter((c) => c.agreed.limit !== c.checked || (c.agreed.peer ?? c.checked) !== c.checked);
    return disagreements.length === 0 ? 0 : 1;
  } finally {
    process.off('SIGINT', interrupt);
    process.off('SIGTERM', interrupt);
    await cleanUp();
  }
}

async function main(argv: string[]): Promise<number> {
  let options: Options | undefined;
  try {
    options = readOptions(argv);
  } catch (error) {
    log(`${error instanceof Error ? error.message : String(error)}\n\n${usage}`);
    return 2;
  }
  if (!options) {
    process.stdout.write(usage);
    return 0;
  }
  return run(options, argv);
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    log(error instanceof Error ? (error.stack ?? error.message) : String(error));
    process.exitCode = 1;
  },
);
