import { readFile } from 'node:fs/promises';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { createHistogram, performance, type RecordableHistogram } from 'node:perf_hooks';
import { setTimeout as sleep } from 'node:timers/promises';
import { parseArgs } from 'node:util';
import { loadConfig, projectRoot } from '../src/config/config';
import { applySchema } from '../src/db/apply-schema';
import { createDriver, Database, type Neo4jConnection } from '../src/db/database';
import { ensureLocalNeo4j, localNeo4jStatus, stopLocalNeo4j } from '../src/db/local-neo4j/ensure-local-neo4j';
import { seedStories } from '../src/ingest/seed';
import { startServer } from '../src/server';
import { UNLIMITED_CLIENTS } from './unlimited-clients';

const usage = `Usage: npm run soak -- [--minutes M] [--concurrency C] [--warmup-minutes W] [--requests N]

Serves the GraphQL API in this process (startServer, as \`claimgraph up\` does) and keeps C
clients busy with the README's example queries and searches: W minutes of warm-up, then M minutes
or N requests, whichever ends first. Reports errors, request count, p50/p99 latency and how much
the process's memory (RSS) grew after the warm-up. The report goes to stderr; stdout carries
the API's request log, as in production (redirect it: npm run soak > soak-requests.log).

Runs against claimgraph's own Neo4j in .neo4j/soak on port 7737, started if needed (and stopped
afterwards if this run started it), or against CLAIMGRAPH_SOAK_NEO4J_URI (with
CLAIMGRAPH_SOAK_NEO4J_PASSWORD, CLAIMGRAPH_SOAK_NEO4J_USER). The seeded story is ingested if the
graph lacks it; nothing is deleted.

Options:
  --minutes M          measured minutes (default 10)
  --concurrency C      clients sending one request after another (default 32)
  --warmup-minutes W   minutes of load before measuring (default 1)
  --requests N         stop the measured phase after N requests (default: no limit)
  -h, --help           show this help

Exit code: 0, or 1 when any request failed or RSS grew by 10% or more after the warm-up.
`;

const SOAK_HOME = path.join(projectRoot, '.neo4j', 'soak');
const SOAK_PORT = 7737;
const RSS_GROWTH_LIMIT = 0.1;
const SAMPLE_EVERY_MS = 10_000;
const REQUEST_TIMEOUT_MS = 30_000;

const log = (line: string) => process.stderr.write(`${line}\n`);

interface Options {
  minutes: number;
  concurrency: number;
  warmupMinutes: number;
  requests: number;
}

function readOptions(argv: string[]): Options | undefined {
  const { values } = parseArgs({
    args: argv,
    options: {
      minutes: { type: 'string', default: '10' },
      concurrency: { type: 'string', default: '32' },
      'warmup-minutes': { type: 'string', default: '1' },
      requests: { type: 'string', default: String(Number.MAX_SAFE_INTEGER) },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (values.help) return undefined;
  const number = (name: string, text: string, min: number) => {
    const value = Number(text);
    if (!Number.isFinite(value) || value < min) throw new Error(`--${name} must be a number ≥ ${min}, got ${text}`);
    return value;
  };
  return {
    minutes: number('minutes', values.minutes, 0.1),
    concurrency: Math.round(number('concurrency', values.concurrency, 1)),
    warmupMinutes: number('warmup-minutes', values['warmup-minutes'], 0),
    requests: Math.round(number('requests', values.requests, 1)),
  };
}

// ------------------------------------------------------------------ the workload

/** One kind of request; a request of it takes the next of its bodies in turn. */
interface Operation {
  name: string;
  bodies: string[];
}

/** The README's example queries, read from it so that the soak follows what users are shown. */
async function readmeOperations(): Promise<Operation[]> {
  const readme = await readFile(path.join(projectRoot, 'README.md'), 'utf8');
  const operations = [...readme.matchAll(/```graphql\n([\s\S]*?)```/g)].map(([, query = '']) => ({
    name: /query\s+(\w+)/.exec(query)?.[1] ?? 'anonymous',
    bodies: [JSON.stringify({ query })],
  }));
  if (operations.length < 4) throw new Error(`README.md has ${operations.length} example queries; the soak expects its researcher, provenance, dashboard and tensions queries`);
  return operations;
}

/** Searches as a reader types them: words from the seeded story, some matching nothing. */
const SEARCHES = ['really smart people', 'layoffs', 'surveillance', 'memo', 'performance review', 'Zuckerberg', 'no such words anywhere'];
const SEARCH_QUERY = 'query Search($text: String!) { search(text: $text, first: 10) { score node { __typename } } }';
const searchOperation: Operation = { name: 'Search', bodies: SEARCHES.map((text) => JSON.stringify({ query: SEARCH_QUERY, variables: { text } })) };

// ------------------------------------------------------------------ the load

interface Phase {
  requests: number;
  errors: number;
  /** A few of the failures, to say what went wrong. */
  firstErrors: string[];
  latency: RecordableHistogram;
  byOperation: Map<string, number>;
  seconds: number;
}

const newPhase = (): Phase => ({ requests: 0, errors: 0, firstErrors: [], latency: createHistogram(), byOperation: new Map(), seconds: 0 });

/** One POST over a keep-alive connection; resolves with the failure in words, or undefined. */
function send(url: URL, agent: http.Agent, body: string): Promise<string | undefined> {
  return new Promise((resolve) => {
    const request = http.request(url, {
      method: 'POST',
      agent,
      headers: { 'content-type': 'application/json', accept: 'application/json', 'content-length': Buffer.byteLength(body) },
    });
    request.setTimeout(REQUEST_TIMEOUT_MS, () => request.destroy(new Error(`no answer within ${REQUEST_TIMEOUT_MS} ms`)));
    request.once('error', (error) => resolve(error.message));
    request.once('response', (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.once('error', (error) => resolve(error.message));
      response.once('end', () => {
        const text = Buffer.concat(chunks).toString('utf8');
        if (response.statusCode !== 200) return resolve(`HTTP ${response.statusCode}: ${text.slice(0, 200)}`);
        // A 200 can still carry GraphQL errors, which HTTP-level counting would miss.
        const parsed = JSON.parse(text) as { errors?: unknown[] };
        resolve(parsed.errors ? `GraphQL errors: ${JSON.stringify(parsed.errors).slice(0, 300)}` : undefined);
      });
    });
    request.end(body);
  });
}

/** `concurrency` clients, each sending its next request when the last is answered, until the deadline or the budget. */
async function drive(url: URL, operations: Operation[], concurrency: number, seconds: number, budget: number): Promise<Phase> {
  const phase = newPhase();
  const agent = new http.Agent({ keepAlive: true, maxSockets: concurrency });
  const started = performance.now();
  const deadline = started + seconds * 1000;
  let issued = 0;
  const client = async (offset: number) => {
    for (let i = offset; performance.now() < deadline && issued < budget; i += concurrency) {
      issued += 1;
      const operation = operations[i % operations.length] as Operation;
      const body = operation.bodies[Math.floor(i / operations.length) % operation.bodies.length] as string;
      const sent = performance.now();
      const failure = await send(url, agent, body);
      phase.latency.record(Math.max(1, Math.round((performance.now() - sent) * 1000)));
      phase.requests += 1;
      phase.byOperation.set(operation.name, (phase.byOperation.get(operation.name) ?? 0) + 1);
      if (failure !== undefined) {
        phase.errors += 1;
        if (phase.firstErrors.length < 5) phase.firstErrors.push(`${operation.name}: ${failure}`);
      }
    }
  };
  await Promise.all(Array.from({ length: concurrency }, (_, offset) => client(offset)));
  phase.seconds = (performance.now() - started) / 1000;
  agent.destroy();
  return phase;
}

// ------------------------------------------------------------------ memory

interface MemorySample {
  atSeconds: number;
  rss: number;
  heapUsed: number;
}

/** With --expose-gc (as `npm run soak` runs), garbage is collected first, so samples show what is kept. */
function sampleMemory(since: number): MemorySample {
  const collect = (globalThis as { gc?: () => void }).gc;
  collect?.();
  const { rss, heapUsed } = process.memoryUsage();
  return { atSeconds: (performance.now() - since) / 1000, rss, heapUsed };
}

const mib = (bytes: number) => `${(bytes / 2 ** 20).toFixed(1)} MiB`;

// ------------------------------------------------------------------ the server

interface SoakNeo4j {
  connection: Neo4jConnection;
  where: string;
  stop?: () => Promise<void>;
}

async function soakNeo4j(): Promise<SoakNeo4j> {
  const env = process.env;
  if (env.CLAIMGRAPH_SOAK_NEO4J_URI) {
    if (!env.CLAIMGRAPH_SOAK_NEO4J_PASSWORD) throw new Error('CLAIMGRAPH_SOAK_NEO4J_URI is set, so CLAIMGRAPH_SOAK_NEO4J_PASSWORD must be too');
    const connection = { uri: env.CLAIMGRAPH_SOAK_NEO4J_URI, user: env.CLAIMGRAPH_SOAK_NEO4J_USER ?? 'neo4j', password: env.CLAIMGRAPH_SOAK_NEO4J_PASSWORD };
    return { connection, where: `${connection.uri} (CLAIMGRAPH_SOAK_NEO4J_URI)` };
  }
  // Heap and page cache as `claimgraph up` runs its own server.
  const options = { ...loadConfig().localNeo4j, home: SOAK_HOME, boltPort: SOAK_PORT };
  const startedHere = (await localNeo4jStatus(options)).state !== 'running';
  const connection = await ensureLocalNeo4j(options, log);
  const where = `claimgraph's own Neo4j in ${path.relative(projectRoot, SOAK_HOME)} (heap ${options.heap}, page cache ${options.pageCache})`;
  const stop = async () => {
    await stopLocalNeo4j(options, log);
  };
  return { connection, where, stop: startedHere ? stop : undefined };
}

async function neo4jVersion(db: Database): Promise<string> {
  const [row] = await db.read({
    name: 'bench/neo4j-version',
    text: "CALL dbms.components() YIELD name, versions, edition WHERE name = 'Neo4j Kernel' RETURN versions[0] AS version, edition",
  });
  return `${String(row?.version)} ${String(row?.edition)}`;
}

// ------------------------------------------------------------------ main

async function main(): Promise<number> {
  const options = readOptions(process.argv.slice(2));
  if (!options) {
    process.stdout.write(usage);
    return 0;
  }
  const neo4jServer = await soakNeo4j();
  const config = loadConfig({ ...process.env, NODE_ENV: 'production', HOST: '127.0.0.1', PORT: '0', ...UNLIMITED_CLIENTS });
  const db = new Database(createDriver(neo4jServer.connection), { database: config.neo4j.database, txTimeoutMs: config.api.txTimeoutMs });
  try {
    await applySchema(db);
    await seedStories(db);
    const version = await neo4jVersion(db);
    const api = await startServer(db, config);
    const url = new URL(api.url.replace('localhost', '127.0.0.1'));
    const operations = [...(await readmeOperations()), searchOperation];
    log(`Serving ${url}; ${options.concurrency} clients cycling through ${operations.map((operation) => operation.name).join(', ')}.`);
    const loadAtStart = (os.loadavg()[0] ?? 0).toFixed(1);

    try {
      const startedAt = new Date();
      log(`Warm-up: ${options.warmupMinutes} min…`);
      const warmup = await drive(url, operations, options.concurrency, options.warmupMinutes * 60, Number.MAX_SAFE_INTEGER);
      const since = performance.now();
      const samples = [sampleMemory(since)];
      const sampler = setInterval(() => samples.push(sampleMemory(since)), SAMPLE_EVERY_MS);
      const limit = options.requests < Number.MAX_SAFE_INTEGER ? ` or ${options.requests} requests` : '';
      log(`Measuring: ${options.minutes} min${limit}…`);
      const measured = await drive(url, operations, options.concurrency, options.minutes * 60, options.requests);
      clearInterval(sampler);
      // Connections closing and their buffers going back settle in a moment; the last sample comes after.
      await sleep(1_000);
      samples.push(sampleMemory(since));

      const [first, last] = [samples[0] as MemorySample, samples[samples.length - 1] as MemorySample];
      const peak = Math.max(...samples.map((sample) => sample.rss));
      const growth = (last.rss - first.rss) / first.rss;
      const latency = (p: number) => `${(measured.latency.percentile(p) / 1000).toFixed(1)} ms`;
      const errors = warmup.errors + measured.errors;
      const lines = [
        `Command:  npm run soak -- --minutes ${options.minutes} --concurrency ${options.concurrency} --warmup-minutes ${options.warmupMinutes}` +
          (limit ? ` --requests ${options.requests}` : ''),
        `Date:     ${startedAt.toISOString()}`,
        `Machine:  ${os.availableParallelism()} CPUs (${os.cpus()[0]?.model.trim() ?? 'unknown'}), ${(os.totalmem() / 2 ** 30).toFixed(1)} GiB, ` +
          `${os.type()} ${os.release()}, Node ${process.version}; load average ${loadAtStart} at the start, ${(os.loadavg()[0] ?? 0).toFixed(1)} at the end`,
        `Neo4j:    ${version}, ${neo4jServer.where}`,
        `Warm-up:  ${warmup.requests} requests in ${warmup.seconds.toFixed(0)} s, ${warmup.errors} errors`,
        `Measured: ${measured.requests} requests in ${measured.seconds.toFixed(0)} s (${(measured.requests / measured.seconds).toFixed(1)}/s), ${measured.errors} errors`,
        `          by operation: ${[...measured.byOperation].map(([name, count]) => `${name} ${count}`).join(', ')}`,
        `Latency:  p50 ${latency(50)}, p99 ${latency(99)}, max ${(measured.latency.max / 1000).toFixed(1)} ms`,
        `RSS:      ${mib(first.rss)} after the warm-up, ${mib(last.rss)} at the end (${(growth * 100).toFixed(1)}%), peak ${mib(peak)}; ` +
          `heap used ${mib(first.heapUsed)} → ${mib(last.heapUsed)}${'gc' in globalThis ? ' (after gc)' : ' (without --expose-gc)'}`,
        ...[...warmup.firstErrors, ...measured.firstErrors].map((error) => `Error:    ${error}`),
      ];
      log(lines.join('\n'));
      const passed = errors === 0 && growth < RSS_GROWTH_LIMIT;
      log(passed ? 'PASS: no errors, RSS growth under 10%.' : `FAIL: ${errors} errors, RSS growth ${(growth * 100).toFixed(1)}% (limit 10%).`);
      return passed ? 0 : 1;
    } finally {
      await api.close();
    }
  } finally {
    // api.close() closes the driver too; closing it again is harmless, and covers a failure before the server started.
    await db.driver.close();
    await neo4jServer.stop?.();
  }
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    log(error instanceof Error ? (error.stack ?? error.message) : String(error));
    process.exitCode = 1;
  },
);
