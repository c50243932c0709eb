import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import fc from 'fast-check';
import { ApiKeyStore } from '../src/api-keys/api-key-store';
import { applySchema } from '../src/db/apply-schema';
import { createDriver, Database } from '../src/db/database';
import { buildSchema } from '../src/graphql/schema';
import { NODE_LABELS } from '../src/model/graph-vocabulary';
import { EXPECTED_CODES, operations, type KnownIds } from '../tests/support/operation-generator';
import { ensureCorpus } from './graph/load-story-graphs';
import { startApi, type ApiProcess } from './graphql/api-processes';
import { benchNeo4j, DATABASE } from './graphql/bench-neo4j';

/**
 * Issue 10's proof against a real server process over a synthetic corpus (bench/graph):
 *
 * - `fuzz`: operations generated from the schema (tests/support/operation-generator.ts), sent over
 *   HTTP a few at a time; every answer must be data or a client-side code, within the request
 *   budget, and the API process must live on with its RSS under `--rss-mib`.
 * - `starve`: the latency of `{ __typename }` from one client while another runs the heaviest
 *   operation the limits let through, `--heavy` at a time. `--api-root` serves the API from another
 *   checkout (an older commit) for the figure before a change.
 *
 * Prints its figures; BENCHMARKS.md records them with the command.
 */

const log = (line: string) => process.stderr.write(`${line}\n`);

/** Resident set of a process, in MiB, from /proc (Linux). */
function rssMiB(pid: number): number | undefined {
  try {
    const match = /^VmRSS:\s+(\d+) kB$/m.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return match?.[1] ? Number(match[1]) / 1024 : undefined;
  } catch {
    return undefined;
  }
}

/** Samples a process's RSS every `everyMs` until stopped; the peak, and whether it went away. */
function watchRss(pid: number, everyMs = 100) {
  let peak = 0;
  let gone = false;
  const timer = setInterval(() => {
    const rss = rssMiB(pid);
    if (rss === undefined) gone = true;
    else peak = Math.max(peak, rss);
  }, everyMs);
  return {
    stop: () => {
      clearInterval(timer);
      return { peakMiB: peak, gone };
    },
  };
}

interface Answer {
  status: number;
  codes: string[];
  ms: number;
  failed?: string;
}

async function post(url: string, body: unknown, timeoutMs: number, headers: Record<string, string> = {}): Promise<Answer> {
  const started = performance.now();
  try {
    const response = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/json', ...headers },
      body: JSON.stringify(body),
      signal: AbortSignal.timeout(timeoutMs),
    });
    const text = await response.text();
    const parsed = JSON.parse(text) as { errors?: { extensions?: { code?: string } }[] };
    return { status: response.status, codes: (parsed.errors ?? []).map((e) => String(e.extensions?.code)), ms: performance.now() - started };
  } catch (error) {
    return { status: 0, codes: [], ms: performance.now() - started, failed: error instanceof Error ? error.message : String(error) };
  }
}

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;

/** Ids of each type that the corpus holds, for the generator to ask about. */
async function knownIds(db: Database): Promise<KnownIds> {
  const rows = await db.read({
    name: 'bench/known-ids',
    text: 'UNWIND $labels AS label CALL (label) { MATCH (n) WHERE label IN labels(n) RETURN n.id AS id LIMIT 200 } RETURN label, collect(id) AS ids',
  }, { labels: Object.values(NODE_LABELS) });
  const byType: Record<string, string[]> = {};
  for (const row of rows) byType[String(row.label).toLowerCase()] = (row.ids as string[]) ?? [];
  return { byType, stories: byType.story ?? [] };
}

async function fuzz(url: string, api: ApiProcess, ids: KnownIds, options: { cases: number; concurrency: number; seed: number; budgetMs: number; rssMiB: number }) {
  const generated = fc.sample(operations(buildSchema(), ids, { maxDepth: 11, maxAliases: 17 }), { numRuns: options.cases, seed: options.seed });
  const outcomes = new Map<string, number>();
  const problems: string[] = [];
  let slowest = 0;
  let slowestQuery = '';
  let next = 0;
  let done = 0;
  const rss = watchRss(api.pid);
  const started = Date.now();
  const worker = async () => {
    while (next < generated.length) {
      const operation = generated[next++]!;
      const answer = await post(url, operation, options.budgetMs + 10_000);
      if (answer.ms > slowest) {
        slowest = answer.ms;
        slowestQuery = operation.query;
      }
      const outcome = answer.failed ? `transport: ${answer.failed}` : answer.codes.length === 0 ? 'data' : [...new Set(answer.codes)].sort().join('+');
      outcomes.set(outcome, (outcomes.get(outcome) ?? 0) + 1);
      const unexpected = answer.failed || answer.status >= 500 || answer.codes.some((code) => !EXPECTED_CODES.has(code)) || answer.ms > options.budgetMs + 2_000;
      if (unexpected && problems.length < 20) problems.push(`${outcome} (${answer.status}, ${answer.ms.toFixed(0)} ms): ${operation.query.slice(0, 300)}`);
      done += 1;
      if (done % 1_000 === 0) log(`  ${done}/${generated.length} cases, ${((Date.now() - started) / 1000).toFixed(0)} s, RSS ${rssMiB(api.pid)?.toFixed(0)} MiB`);
    }
  };
  await Promise.all(Array.from({ length: options.concurrency }, worker));
  const { peakMiB, gone } = rss.stop();
  const seconds = (Date.now() - started) / 1000;
  process.stdout.write(
    [
      `cases: ${generated.length} in ${seconds.toFixed(0)} s at ${options.concurrency} in flight (seed ${options.seed})`,
      `outcomes: ${JSON.stringify(Object.fromEntries([...outcomes].sort((a, b) => b[1] - a[1])))}`,
      `slowest answer: ${slowest.toFixed(0)} ms (budget ${options.budgetMs} ms): ${slowestQuery.replace(/\s+/g, ' ').slice(0, 400)}`,
      `API process: peak RSS ${peakMiB.toFixed(0)} MiB (bound ${options.rssMiB} MiB), ${gone ? 'DIED' : 'alive'}`,
      `unexpected answers: ${problems.length}`,
      ...problems.map((problem) => `  ${problem}`),
    ].join('\n') + '\n',
  );
  return problems.length === 0 && !gone && peakMiB <= options.rssMiB ? 0 : 1;
}

async function starvationClients(db: Database): Promise<Clients> {
  const store = new ApiKeyStore(db);
  const [heavy, light] = await Promise.all([store.create('bench heavy client'), store.create('bench light client')]);
  return { heavy: { 'x-api-key': heavy.key }, light: { 'x-api-key': light.key } };
}

/** Operations the limits let through that make the server work hardest, each priced under the cost limit. */
const HEAVY_CANDIDATES = [
  '{ actors(first: 80) { nodes { claims { text sources { title } } } } }',
  '{ stories(first: 100) { nodes { claims(first: 98) { id text } } } }',
  '{ claims(first: 100) { nodes { text sources { title claims { text } } } } }',
  '{ stories(first: 20) { nodes { graph { nodes { id type caption } edges { type source target } } } } }',
];

/** The crash query of issue 10, one alias: what the same harness measures on the code before the fix. */
const crashQuery = (storyId: string) =>
  `{ story(id: "${storyId}") { sources { claims { sources { claims { sources { claims { sources { claims { id } } } } } } } } } }`;

/** Two clients, each with its own API key: the heavy one must not starve the light one. */
interface Clients {
  heavy: Record<string, string>;
  light: Record<string, string>;
}

async function starve(url: string, api: ApiProcess, ids: KnownIds, clients: Clients, options: { seconds: number; heavy: number; query?: string }) {
  let heavyQuery = options.query;
  if (!heavyQuery) {
    // The slowest candidate, timed alone, is the heaviest this server lets through.
    let slowest = -1;
    for (const candidate of [...HEAVY_CANDIDATES, crashQuery(ids.stories[0] ?? 'story:bench-0')]) {
      const answer = await post(url, { query: candidate }, 60_000, clients.heavy);
      log(`  alone: ${answer.ms.toFixed(0)} ms, ${answer.codes.join('+') || 'data'}: ${candidate.slice(0, 80)}`);
      if (answer.codes.includes('COST_LIMIT_EXCEEDED') || answer.codes.includes('GRAPHQL_VALIDATION_FAILED')) continue;
      if (answer.ms > slowest) {
        slowest = answer.ms;
        heavyQuery = candidate;
      }
    }
  }
  if (!heavyQuery) throw new Error('no candidate passed the limits');
  log(`heavy operation, ${options.heavy} at a time: ${heavyQuery}`);
  const rss = watchRss(api.pid);
  const until = Date.now() + options.seconds * 1_000;
  const heavy: Answer[] = [];
  const light: number[] = [];
  const lightFailures: string[] = [];
  const heavyWorker = async () => {
    while (Date.now() < until) heavy.push(await post(url, { query: heavyQuery }, 120_000, clients.heavy));
  };
  const lightWorker = async () => {
    while (Date.now() < until) {
      const answer = await post(url, { query: '{ __typename }' }, 120_000, clients.light);
      if (answer.failed || answer.status !== 200) lightFailures.push(answer.failed ?? String(answer.status));
      else light.push(answer.ms);
    }
  };
  await Promise.all([...Array.from({ length: options.heavy }, heavyWorker), lightWorker()]);
  const { peakMiB, gone } = rss.stop();
  light.sort((a, b) => a - b);
  const heavyMs = heavy.map((answer) => answer.ms).sort((a, b) => a - b);
  const heavyOutcomes = new Map<string, number>();
  for (const answer of heavy) {
    const key = answer.failed ? 'transport error' : answer.codes.length === 0 ? 'data' : [...new Set(answer.codes)].join('+');
    heavyOutcomes.set(key, (heavyOutcomes.get(key) ?? 0) + 1);
  }
  process.stdout.write(
    [
      `{ __typename } alone on its connection, while the heavy operation runs ${options.heavy} at a time for ${options.seconds} s:`,
      `  ${light.length} answers, p50 ${percentile(light, 50).toFixed(1)} ms, p99 ${percentile(light, 99).toFixed(1)} ms, max ${(light.at(-1) ?? NaN).toFixed(1)} ms; failures ${lightFailures.length}`,
      `heavy: ${heavy.length} answers ${JSON.stringify(Object.fromEntries(heavyOutcomes))}, p50 ${percentile(heavyMs, 50).toFixed(0)} ms, p99 ${percentile(heavyMs, 99).toFixed(0)} ms`,
      `API process: peak RSS ${peakMiB.toFixed(0)} MiB, ${gone ? 'DIED' : 'alive'}`,
    ].join('\n') + '\n',
  );
  return 0;
}

async function main(argv: string[]): Promise<number> {
  const { positionals, values } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      claims: { type: 'string', default: '100000' },
      seed: { type: 'string', default: '42' },
      cases: { type: 'string', default: '10000' },
      concurrency: { type: 'string', default: '4' },
      'rss-mib': { type: 'string', default: '1024' },
      seconds: { type: 'string', default: '30' },
      heavy: { type: 'string', default: '8' },
      query: { type: 'string' },
      'api-root': { type: 'string' },
      shrink: { type: 'boolean', default: false },
      keep: { type: 'boolean', default: false },
    },
  });
  const mode = positionals[0];
  if (mode !== 'fuzz' && mode !== 'starve') throw new Error('usage: bounded-api.ts fuzz|starve [--claims N] [--cases N] [--seconds N] [--heavy N] [--api-root DIR]');
  const neo4j = await benchNeo4j();
  const db = new Database(createDriver(neo4j.connection), { database: DATABASE, txTimeoutMs: 600_000 });
  let api: ApiProcess | undefined;
  try {
    await applySchema(db);
    const corpus = { shrink: values.shrink, log, importInto: neo4j.local ? { server: neo4j.server, database: DATABASE } : undefined };
    await ensureCorpus(db, { claims: Number(values.claims), seed: Number(values.seed) }, corpus);
    const ids = await knownIds(db);
    // The starvation figure is taken under the limits a deployment has, each client with a key of its own.
    if (mode === 'starve') process.env.BENCH_CLIENT_LIMITS = 'defaults';
    const clients = mode === 'starve' ? await starvationClients(db) : { heavy: {}, light: {} };
    api = await startApi('claimgraph', neo4j.connection, undefined, values['api-root']);
    log(`claimgraph API on ${api.url} (pid ${api.pid})${values['api-root'] ? ` from ${values['api-root']}` : ''}`);
    return mode === 'fuzz'
      ? await fuzz(api.url, api, ids, {
          cases: Number(values.cases),
          concurrency: Number(values.concurrency),
          seed: Number(values.seed),
          budgetMs: 30_000,
          rssMiB: Number(values['rss-mib']),
        })
      : await starve(api.url, api, ids, clients, { seconds: Number(values.seconds), heavy: Number(values.heavy), query: values.query });
  } finally {
    await api?.stop();
    await db.driver.close();
    if (neo4j.stop && !values.keep) await neo4j.stop();
  }
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    log(error instanceof Error ? (error.stack ?? error.message) : String(error));
    process.exit(1);
  },
);
