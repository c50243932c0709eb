import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { progressReporter } from '../src/cli/progress';
import { loadConfig, projectRoot } from '../src/config/config';
import { applySchema } from '../src/db/apply-schema';
import { createDriver, Database, type Neo4jConnection } from '../src/db/database';
import {
  ensureLocalNeo4j,
  localNeo4jStatus,
  stopLocalNeo4j,
  type LocalNeo4jOptions,
} from '../src/db/local-neo4j/ensure-local-neo4j';
import { loadStory } from '../src/ingest/load-story-file';
import type { WriteCounters } from '../src/db/database';
import { type StoryToWrite, type Tally, writeStoryGraphs, type WrittenStory } from '../src/ingest/write-story-graphs';
import { describeMachine } from './graphql/machine';
import { generateStoryDocument } from './story-documents/generate-story-documents';

const usage = `Usage: npm run bench:ingest -- [--documents N] [--seed S] [--batch B] [--keep]

Generates N story documents (seed S), ingests them into an empty graph as
\`claimgraph ingest --batch B\` does (B documents per transaction; the next batch is parsed while
one is written), then ingests them again, which must create nothing. Prints documents/s, nodes/s
and relationships/s with the machine it ran on.

Runs against claimgraph's own Neo4j in .neo4j/bench on port 7717, started if needed, or against
CLAIMGRAPH_BENCH_NEO4J_URI (with CLAIMGRAPH_BENCH_NEO4J_PASSWORD, CLAIMGRAPH_BENCH_NEO4J_USER).
EITHER WAY EVERYTHING IN THAT DATABASE IS DELETED FIRST.

Options:
  --documents N  how many documents (default 1000)
  --seed S       the generator's seed, a whole number (default 42)
  --batch B      documents per transaction (default 250; 1 writes each in its own, as plain \`claimgraph ingest\`)
  --keep         leave the bench server running if this run started it (by default it is stopped)
  -h, --help     show this help

Exit code: 0, or 1 when the counts disagree or the second pass created anything.
`;

const BENCH_HOME = path.join(projectRoot, '.neo4j', 'bench');
const BENCH_PORT = 7717;
const DATABASE = 'neo4j';
/**
 * The server's own limit (db.transaction.timeout) rather than the API's 15 s: the first document
 * after a start pays for planning every ingest statement, which on a busy machine has taken longer
 * than 15 s, and a benchmark should report that time rather than die of it.
 */
const TX_TIMEOUT_MS = 60_000;

const log = (line: string) => process.stderr.write(`${line}\n`);

interface Options {
  documents: number;
  seed: number;
  batch: number;
  keep: boolean;
}

function readOptions(argv: string[]): Options | undefined {
  const { values } = parseArgs({
    args: argv,
    options: {
      documents: { type: 'string', default: '1000' },
      seed: { type: 'string', default: '42' },
      batch: { type: 'string', default: '250' },
      keep: { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (values.help) return undefined;
  const whole = (name: string, text: string, min: number) => {
    const value = Number(text);
    if (!/^\d+$/.test(text) || !Number.isSafeInteger(value) || value < min) throw new Error(`--${name} must be a whole number ≥ ${min}, got ${text}`);
    return value;
  };
  return {
    documents: whole('documents', values.documents, 1),
    seed: whole('seed', values.seed, 0),
    batch: whole('batch', values.batch, 1),
    keep: values.keep,
  };
}

/** The server to measure, and whether this run started it: a bench stops only what it started. */
interface BenchServer {
  connection: Neo4jConnection;
  where: string;
  local?: { options: LocalNeo4jOptions; startedHere: boolean };
}

async function benchServer(): Promise<BenchServer> {
  const env = process.env;
  if (env.CLAIMGRAPH_BENCH_NEO4J_URI) {
    if (!env.CLAIMGRAPH_BENCH_NEO4J_PASSWORD) throw new Error('CLAIMGRAPH_BENCH_NEO4J_URI is set, so CLAIMGRAPH_BENCH_NEO4J_PASSWORD must be too');
    const connection = { uri: env.CLAIMGRAPH_BENCH_NEO4J_URI, user: env.CLAIMGRAPH_BENCH_NEO4J_USER ?? 'neo4j', password: env.CLAIMGRAPH_BENCH_NEO4J_PASSWORD };
    return { connection, where: `${connection.uri} (CLAIMGRAPH_BENCH_NEO4J_URI)` };
  }
  // Heap and page cache as `claimgraph up` would run its own server, so the figure is the default setup's.
  const options = { ...loadConfig().localNeo4j, home: BENCH_HOME, boltPort: BENCH_PORT };
  const startedHere = (await localNeo4jStatus(options)).state !== 'running';
  const connection = await ensureLocalNeo4j(options, log);
  const where = `claimgraph's own Neo4j in ${path.relative(projectRoot, BENCH_HOME)} on ${connection.uri} (heap ${options.heap}, page cache ${options.pageCache})`;
  return { connection, where, local: { options, startedHere } };
}

/** Deletes in batches, as one transaction deleting a large graph would need its whole size in heap. */
async function wipe(db: Database): Promise<void> {
  // CALL … IN TRANSACTIONS needs an implicit transaction, which only session.run gives.
  const session = db.driver.session({ database: DATABASE });
  try {
    await session.run('MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS');
  } finally {
    await session.close();
  }
}

async function graphCounts(db: Database): Promise<{ nodes: number; relationships: number }> {
  const [row] = await db.read({
    name: 'bench/graph-counts',
    text: 'CALL () { MATCH (n) RETURN count(n) AS nodes } CALL () { MATCH ()-[r]->() RETURN count(r) AS relationships } RETURN nodes, relationships',
  });
  return { nodes: Number(row?.nodes), relationships: Number(row?.relationships) };
}

/** The 1-minute load average: other work on the machine takes CPU from the server and from this process alike. */
const loadAverage = () => (os.loadavg()[0] ?? 0).toFixed(1);

async function machine(db: Database, local: boolean, loadAtStart: string): Promise<string[]> {
  const described = await describeMachine(db, local);
  return [
    `CPU:     ${described.cpus}`,
    `Memory:  ${described.memory}`,
    `OS:      ${described.os}`,
    `Node:    ${described.node}`,
    `Java:    ${described.java}`,
    `Neo4j:   ${described.neo4j}`,
    `Code:    ${described.code}`,
    `Load:    ${loadAtStart} at the start, ${loadAverage()} at the end (1-minute load average)`,
  ];
}

async function writeDocuments(options: Options, directory: string): Promise<{ files: string[]; bytes: number; seconds: number }> {
  const started = performance.now();
  const files: string[] = [];
  let bytes = 0;
  for (let index = 0; index < options.documents; index += 1) {
    const { fileName, text } = generateStoryDocument(index, options.seed);
    const file = path.join(directory, fileName);
    await writeFile(file, text);
    files.push(file);
    bytes += Buffer.byteLength(text);
  }
  return { files, bytes, seconds: (performance.now() - started) / 1000 };
}

interface Pass {
  seconds: number;
  /** Per document, in milliseconds: reading and parsing (`loadStory`). */
  parseMs: number[];
  /** Per transaction: its write time, statements and documents. */
  writeMs: number[];
  statements: number[];
  documents: number[];
  /** Write time and count by statement name, summed over the pass; see `timeStatements`. */
  statementMs: Map<string, { ms: number; count: number }>;
  summaries: WrittenStory[];
  changes: WriteCounters;
}

/** Opening the session and transaction, up to the first statement. */
const BEGIN = 'begin';

/**
 * Splits one write's time among its statements: the database calls its observer as each statement
 * is sent, and statements run one after another, so each lasts until the next is sent. The last
 * (mark-current, or the last relationship statement) lasts until the write returns, so the commit
 * is booked with it.
 */
function timeStatements(sent: readonly { name: string; at: number }[], started: number, ended: number, into: Pass['statementMs']): void {
  const add = (name: string, ms: number) => {
    const entry = into.get(name) ?? { ms: 0, count: 0 };
    into.set(name, { ms: entry.ms + ms, count: entry.count + 1 });
  };
  add(BEGIN, (sent[0]?.at ?? ended) - started);
  sent.forEach(({ name, at }, i) => {
    const next = sent[i + 1];
    add(name, (next?.at ?? ended) - at);
  });
}

async function loadBatch(files: string[], parseMs: number[]): Promise<StoryToWrite[]> {
  const loaded: StoryToWrite[] = [];
  for (const file of files) {
    const started = performance.now();
    loaded.push(await loadStory(file));
    parseMs.push(performance.now() - started);
  }
  return loaded;
}

/**
 * One pass over the files, `batch` documents per `writeStoryGraphs` call. The next batch is read and
 * parsed while the server writes the current one: the parse is this process's CPU, the write mostly the server's.
 */
async function ingest(db: Database, files: string[], batch: number, label: string): Promise<Pass> {
  const pass: Pass = {
    seconds: 0,
    parseMs: [],
    writeMs: [],
    statements: [],
    documents: [],
    statementMs: new Map(),
    summaries: [],
    changes: { nodesCreated: 0, nodesDeleted: 0, relationshipsCreated: 0, relationshipsDeleted: 0, propertiesSet: 0 },
  };
  let sent: { name: string; at: number }[] = [];
  const observed = db.observed((query) => sent.push({ name: query.name, at: performance.now() }));
  const progress = progressReporter(files.length, label);
  const started = performance.now();
  let next = loadBatch(files.slice(0, batch), pass.parseMs);
  for (let start = 0; start < files.length; start += batch) {
    const stories = await next;
    next = loadBatch(files.slice(start + batch, start + 2 * batch), pass.parseMs);
    const writeStarted = performance.now();
    sent = [];
    const written = await writeStoryGraphs(observed, stories);
    const writeEnded = performance.now();
    for (const outcome of written.outcomes) {
      if ('refused' in outcome) throw outcome.refused;
      pass.summaries.push(outcome.written);
    }
    for (const key of Object.keys(pass.changes) as (keyof WriteCounters)[]) pass.changes[key] += written.changes[key];
    pass.writeMs.push(writeEnded - writeStarted);
    pass.statements.push(sent.length);
    pass.documents.push(stories.length);
    timeStatements(sent, writeStarted, writeEnded, pass.statementMs);
    progress.tick(start + stories.length);
  }
  pass.seconds = (performance.now() - started) / 1000;
  return pass;
}

const sum = (values: readonly number[]) => values.reduce((total, value) => total + value, 0);
const mean = (values: readonly number[]) => (values.length === 0 ? 0 : sum(values) / values.length);
function percentile(values: readonly number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;
}
const createdIn = (tallies: Record<string, Tally>) => sum(Object.values(tallies).map((t) => t.created));
const totalIn = (tallies: Record<string, Tally>) => sum(Object.values(tallies).map((t) => t.total));

function byKey(summaries: readonly WrittenStory[], pick: (s: WrittenStory) => Record<string, Tally>): string {
  const created = new Map<string, number>();
  for (const summary of summaries) for (const [key, t] of Object.entries(pick(summary))) created.set(key, (created.get(key) ?? 0) + t.created);
  return [...created].sort(([a], [b]) => a.localeCompare(b)).map(([key, n]) => `${key} ${n}`).join(', ');
}

/** Where a statement's time is booked: the stages of `writeStoryGraphs`, in order. */
function stageOf(name: string): string {
  if (name === BEGIN) return 'begin';
  if (name === 'ingest/story-states' || name === 'ingest/retract-version') return 'version check';
  if (name === 'ingest/upsert-stories') return 'story + version';
  if (name.startsWith('create-link-') || name.startsWith('link-')) return 'relationships';
  if (name === 'ingest/upsert-actors' || name.startsWith('upsert-') || name.startsWith('create-')) return 'nodes';
  return 'prune, mark current, commit';
}

/** The write time of a pass by stage: share, ms per document, statements per document. */
function writeStages(pass: Pass): string[] {
  const stages = new Map<string, { ms: number; statements: number }>();
  for (const [name, { ms, count }] of pass.statementMs) {
    const stage = stages.get(stageOf(name)) ?? { ms: 0, statements: 0 };
    stage.ms += ms;
    if (name !== BEGIN) stage.statements += count;
    stages.set(stageOf(name), stage);
  }
  const total = sum([...stages.values()].map((stage) => stage.ms));
  const documents = pass.summaries.length;
  return [...stages].map(
    ([stage, { ms: time, statements }]) =>
      `    ${stage.padEnd(28)} ${((100 * time) / total).toFixed(0).padStart(3)}%  ${ms(time / documents).padStart(9)}/doc  ${(statements / pass.writeMs.length).toFixed(1).padStart(6)} statements/tx`,
  );
}

const rate = (count: number, seconds: number) => (count / seconds).toFixed(1);
const ms = (value: number) => `${value.toFixed(1)} ms`;

function report(title: string, pass: Pass): { lines: string[]; nodes: number; relationships: number } {
  const nodes = sum(pass.summaries.map((s) => createdIn(s.nodes)));
  const relationships = sum(pass.summaries.map((s) => createdIn(s.relationships)));
  const parse = sum(pass.parseMs) / 1000;
  const write = sum(pass.writeMs) / 1000;
  const tenth = Math.max(1, Math.floor(pass.writeMs.length / 10));
  const documents = pass.summaries.length;
  // The first transactions pay for JIT warm-up and query planning; past them the rate is what a long ingest settles at.
  const warmSummaries = pass.summaries.slice(sum(pass.documents.slice(0, tenth)));
  const warm = {
    documents: warmSummaries.length,
    seconds: sum(pass.writeMs.slice(tenth)) / 1000,
    created: sum(warmSummaries.map((s) => createdIn(s.nodes) + createdIn(s.relationships))),
  };
  const slowest = Math.max(...pass.writeMs);
  const lines = [
    title,
    `  documents              ${documents} in ${pass.seconds.toFixed(1)} s`,
    `  documents/s            ${rate(documents, pass.seconds)}`,
    `  nodes/s                ${rate(nodes, pass.seconds)}`,
    `  relationships/s        ${rate(relationships, pass.seconds)}`,
    `  nodes+relationships/s  ${rate(nodes + relationships, pass.seconds)}`,
    `  created                ${nodes} nodes, ${relationships} relationships`,
    `  per document           ${mean(pass.summaries.map((s) => totalIn(s.nodes))).toFixed(1)} nodes, ` +
      `${mean(pass.summaries.map((s) => totalIn(s.relationships))).toFixed(1)} relationships ` +
      `(actors shared between stories are counted in each)`,
    `  parse (loadStory)      ${parse.toFixed(1)} s, ${((100 * parse) / pass.seconds).toFixed(1)}%; ${ms(mean(pass.parseMs))}/doc, p95 ${ms(percentile(pass.parseMs, 95))}`,
    `  write                  ${write.toFixed(1)} s, ${((100 * write) / pass.seconds).toFixed(1)}%; ${pass.writeMs.length} transactions of up to ${Math.max(...pass.documents)} documents; ` +
      `${ms(mean(pass.writeMs))}/tx, p50 ${ms(percentile(pass.writeMs, 50))}, max ${ms(slowest)} (transaction ${pass.writeMs.indexOf(slowest) + 1})`,
    `  write time alone       ${rate(nodes + relationships, write)} nodes+relationships/s (parsing overlaps writing, so parse + write > wall time)`,
    `  write, first/last 10%  ${ms(mean(pass.writeMs.slice(0, tenth)))}/tx, ${ms(mean(pass.writeMs.slice(-tenth)))}/tx`,
    `  after the first 10%    ${rate(warm.documents, warm.seconds)} documents/s, ${rate(warm.created, warm.seconds)} nodes+relationships/s (write time)`,
    `  statements per tx      ${mean(pass.statements).toFixed(1)} (${Math.min(...pass.statements)}–${Math.max(...pass.statements)})`,
    '  write time by stage',
    ...writeStages(pass),
  ];
  return { lines, nodes, relationships };
}

async function run(options: Options): Promise<number> {
  const loadAtStart = loadAverage();
  const startedAt = new Date();
  const server = await benchServer();
  const directory = await mkdtemp(path.join(os.tmpdir(), 'claimgraph-bench-'));
  const db = new Database(createDriver(server.connection), { database: DATABASE, txTimeoutMs: TX_TIMEOUT_MS });
  try {
    await db.driver.verifyConnectivity({ database: DATABASE });
    log(`Deleting everything in ${server.where}…`);
    await wipe(db);
    await applySchema(db);
    const generated = await writeDocuments(options, directory);
    log(`Generated ${options.documents} documents (${(generated.bytes / 1024 / 1024).toFixed(1)} MB) in ${generated.seconds.toFixed(1)} s.`);

    const first = await ingest(db, generated.files, options.batch, 'Ingesting');
    const counted = await graphCounts(db);
    const second = await ingest(db, generated.files, options.batch, 'Ingesting again');
    const recounted = await graphCounts(db);

    const one = report('Pass 1: empty graph', first);
    const two = report('Pass 2: the same documents again (must create nothing)', second);
    const changed = (pass: Pass) => ({
      nodes: pass.changes.nodesCreated,
      relationships: pass.changes.relationshipsCreated,
      deleted: pass.changes.nodesDeleted + pass.changes.relationshipsDeleted,
    });
    const server1 = changed(first);
    const server2 = changed(second);
    const consistent =
      one.nodes === server1.nodes && one.nodes === counted.nodes && one.relationships === server1.relationships && one.relationships === counted.relationships;
    const idempotent = two.nodes + two.relationships + server2.nodes + server2.relationships + server2.deleted === 0 &&
      recounted.nodes === counted.nodes && recounted.relationships === counted.relationships;

    const bytesPerDoc = generated.bytes / options.documents;
    const out = [
      `Bulk ingest: ${options.documents} generated story documents (seed ${options.seed}, ${(bytesPerDoc / 1024).toFixed(1)} KB each on average)`,
      `Command: npm run bench:ingest -- --documents ${options.documents} --seed ${options.seed} --batch ${options.batch}`,
      `Date:    ${startedAt.toISOString()}`,
      `Server:  ${server.where}`,
      ...(await machine(db, server.local !== undefined, loadAtStart)),
      '',
      ...one.lines,
      `  created, by label      ${byKey(first.summaries, (s) => s.nodes)}`,
      `  created, by type       ${byKey(first.summaries, (s) => s.relationships)}`,
      `  cross-check            tallies ${one.nodes}/${one.relationships}, server counters ${server1.nodes}/${server1.relationships}, ` +
        `Cypher count ${counted.nodes}/${counted.relationships} (nodes/relationships): ${consistent ? 'agree' : 'DISAGREE'}`,
      '',
      ...two.lines,
      `  idempotent             ${idempotent ? 'yes' : 'NO'}: created ${server2.nodes} nodes and ${server2.relationships} relationships, ` +
        `deleted ${server2.deleted}; the graph holds ${recounted.nodes}/${recounted.relationships} nodes/relationships`,
    ];
    process.stdout.write(`${out.join('\n')}\n`);
    return consistent && idempotent ? 0 : 1;
  } finally {
    await db.driver.close();
    await rm(directory, { recursive: true, force: true });
    await leave(server, options.keep);
  }
}

async function leave(server: BenchServer, keep: boolean): Promise<void> {
  if (!server.local) return;
  const { options, startedHere } = server.local;
  if (!startedHere) log(`The bench Neo4j was running before this run, so it is left running on ${server.connection.uri}.`);
  else if (keep) {
    log(`--keep: the bench Neo4j stays up on ${server.connection.uri}, password in ${path.join(options.home, 'password')}.`);
    log(`Stop it with: CLAIMGRAPH_NEO4J_HOME=${options.home} CLAIMGRAPH_NEO4J_BOLT_PORT=${options.boltPort} node bin/claimgraph.js neo4j stop`);
  }
  else await stopLocalNeo4j(options, log);
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
  return run(options);
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
