import { existsSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { projectRoot } from '../../src/config/config';
import type { LoadRecord } from '../graph/load-story-graphs';
import { MEAN_CLAIMS_PER_STORY } from '../graph/synthetic-story-graphs';
import type { LoadFigures } from './load-driver';
import type { Machine } from './machine';

/** The benchmark's results, and their rendering as the markdown section of BENCHMARKS.md it owns. */

export const API_LABELS = { claimgraph: 'claimgraph', peer: '@neo4j/graphql', hello: 'bare graphql-yoga', limit: 'limit' } as const;
export type ApiLabel = (typeof API_LABELS)[keyof typeof API_LABELS];

export interface Cell {
  workload: string;
  api: ApiLabel;
  figures: LoadFigures;
  /** CPU milliseconds per completed request, of the API's process and of Neo4j (when it runs here). */
  cpu?: { api: number | undefined; neo4j: number | undefined };
}

export interface RoundTrips {
  min: number;
  max: number;
  mean: number;
}

/** What claimgraph's answers are compared with: @neo4j/graphql's (where it can express the workload) and the limit statement's. */
type Compared = 'peer' | 'limit';

export interface WorkloadCheck {
  workload: string;
  description: string;
  checked: number;
  /** Of the variable sets checked, on how many each agreed with claimgraph; no `peer` for the analytics. */
  agreed: Partial<Record<Compared, number>>;
  /** The first disagreement with each, in words. */
  differences: Partial<Record<Compared, string>>;
  roundTrips: Partial<Record<'claimgraph' | 'peer', RoundTrips>>;
}

export interface ScaleResult {
  claims: number;
  stories: number;
  nodes: number;
  relationships: number;
  loads: LoadRecord[];
  checks: WorkloadCheck[];
  cells: Cell[];
  overhead: Cell[];
}

export interface RunReport {
  command: string;
  date: string;
  machine: Machine;
  server: string;
  settings: string;
  /** 1-minute load average per core at the start and the end: above ~1 the figures are noisy. */
  loadPerCore: { start: number; end: number };
  scales: ScaleResult[];
}

/** The scale of the issue's largest measurement. */
const LARGEST_SCALE = 1_000_000;

export const BENCHMARKS_FILE = path.join(projectRoot, 'BENCHMARKS.md');
const START = '<!-- bench:graphql:start -->';
const END = '<!-- bench:graphql:end -->';

const fixed = (value: number, digits = 1) => value.toFixed(digits);
const thousands = (value: number) => Math.round(value).toLocaleString('en-US');
export const scaleName = (claims: number) =>
  claims >= 1_000_000 && claims % 1_000_000 === 0 ? `${claims / 1_000_000}M` : claims >= 1000 && claims % 1000 === 0 ? `${claims / 1000}k` : String(claims);

/** A markdown table; columns whose header starts with `#` hold figures and align right (the `#` is dropped). */
function table(header: string[], rows: string[][]): string {
  const align = header.map((h) => (h.startsWith('#') ? '---:' : '---'));
  const names = header.map((h) => h.replace(/^#/, ''));
  return [`| ${names.join(' | ')} |`, `| ${align.join(' | ')} |`, ...rows.map((row) => `| ${row.join(' | ')} |`)].join('\n');
}

/** Nodes and relationships per story, and the write rate, of the loads so far. */
function loadRate(loads: LoadRecord[]): { elementsPerStory: number; perSecond: number } {
  const stories = loads.reduce((sum, load) => sum + load.to - load.from, 0);
  const elements = loads.reduce((sum, load) => sum + load.nodes + load.relationships, 0);
  const seconds = loads.reduce((sum, load) => sum + load.seconds, 0);
  return { elementsPerStory: elements / Math.max(1, stories), perSecond: elements / Math.max(seconds, 1e-9) };
}

function loadLines(scale: ScaleResult, estimateFor: number | undefined): string[] {
  if (scale.loads.length === 0) return ['Loaded before load timings were recorded: no load figures for this corpus.'];
  const rows = scale.loads.map((load) => [
    `${load.from}–${load.to - 1}`,
    thousands(load.nodes),
    thousands(load.relationships),
    fixed(load.seconds),
    fixed((load.to - load.from) / load.seconds, 2),
    thousands((load.nodes + load.relationships) / load.seconds),
    load.date.slice(0, 16).replace('T', ' '),
    load.via === 'import' ? '`claimgraph import`' : 'transactions, 50 stories each',
  ]);
  const lines = [
    'Loading: with `claimgraph import` (neo4j-admin database import into the stopped server; wall time of the whole import, ' +
      'writing the import files, stopping and starting the server and building the constraints and indexes included, ' +
      'less the time spent generating and parsing the stories), or in transactions through `writeStoryGraphs` ' +
      '(50 stories each, as `claimgraph ingest --batch 50` writes; write time only):',
    '',
    table(['stories', '#nodes created', '#relationships created', '#seconds', '#stories/s', '#nodes+relationships/s', 'when (UTC)', 'how'], rows),
  ];
  if (estimateFor !== undefined) {
    const { elementsPerStory, perSecond } = loadRate(scale.loads);
    const stories = estimateFor / MEAN_CLAIMS_PER_STORY;
    const hours = (stories * elementsPerStory) / perSecond / 3600;
    lines.push(
      '',
      `Not measured here: at this rate, ${scaleName(estimateFor)} claims (${thousands(stories)} stories, ≈${thousands(stories * elementsPerStory)} nodes and ` +
        `relationships) would take ≈${fixed(hours)} h to load (an extrapolation, assuming the rate holds as the graph grows).`,
    );
  }
  return lines;
}

const ratio = (ours: number, peer: number) => (peer > 0 ? `${fixed(ours / peer, 2)}×` : '–');
/** Latencies of a cell where nothing completed are unknown (longer than the cell), not 0. */
const figures = (f: LoadFigures | undefined) => {
  if (!f) return ['–', '–', '–', '–', '–'];
  const latency = (ms: number) => (f.requests > 0 ? fixed(ms, 0) : `>${fixed(f.seconds * 1000, 0)}`);
  return [fixed(f.requestsPerSecond), latency(f.p50), latency(f.p99), String(f.requests), String(f.errors)];
};

/** A cell for each operation and concurrency, in the order first measured: the rows of a side-by-side table. */
const oneCellPerPair = (cells: Cell[]) => [...new Map(cells.map((cell) => [`${cell.workload}@${cell.figures.connections}`, cell])).values()];

/** One row per operation and concurrency, the contenders side by side, each but the first with claimgraph's ratio to it. */
function pairedRows(cells: Cell[], apis: ApiLabel[]): string[][] {
  return oneCellPerPair(cells).map(({ workload, figures: { connections } }) => {
    const find = (api: ApiLabel) => cells.find((c) => c.workload === workload && c.figures.connections === connections && c.api === api)?.figures;
    const [first, ...others] = apis.map(find);
    return [
      workload,
      String(connections),
      ...figures(first),
      ...others.flatMap((other) => [...figures(other), first && other ? ratio(first.requestsPerSecond, other.requestsPerSecond) : '–']),
    ];
  });
}

const sideBySide = (name: string, [first, ...others]: string[]) => [
  name,
  '#connections',
  `#${first} req/s`,
  '#p50 ms',
  '#p99 ms',
  '#requests',
  '#errors',
  ...others.flatMap((other) => [`#${other} req/s`, '#p50 ms', '#p99 ms', '#requests', '#errors', `#÷ ${other}`]),
];

/** What a request cost each process in CPU time, claimgraph beside the other API and the limit: on a shared machine this bounds req/s. */
function cpuRows(cells: Cell[]): string[][] {
  const ms = (value: number | undefined) => (value === undefined ? '–' : fixed(value, 2));
  const total = (cpu: Cell['cpu']) => (cpu?.api === undefined ? undefined : cpu.api + (cpu.neo4j ?? 0));
  const three = (cpu: Cell['cpu']) => [ms(cpu?.api), ms(cpu?.neo4j), ms(total(cpu))];
  return oneCellPerPair(cells).map(({ workload, figures: { connections } }) => {
    const same = cells.filter((c) => c.workload === workload && c.figures.connections === connections);
    const of = (wanted: (api: ApiLabel) => boolean) => same.find((c) => wanted(c.api))?.cpu;
    return [
      workload,
      String(connections),
      ...three(of((api) => api === API_LABELS.claimgraph)),
      ...three(of((api) => api === API_LABELS.peer || api === API_LABELS.hello)),
      ...three(of((api) => api === API_LABELS.limit)),
    ];
  });
}

const tripsText = (trips: RoundTrips) => (trips.min === trips.max ? String(trips.min) : `${fixed(trips.mean)} (${trips.min}–${trips.max})`);

/** Each scale's subsection stands on its own (own date, command, machine), so runs of different scales add up. */
function scaleLines(report: RunReport, scale: ScaleResult, estimateFor: number | undefined): string[] {
  const { machine } = report;
  const noisy = Math.max(report.loadPerCore.start, report.loadPerCore.end) > 1;
  return [
    scaleMark(scale.claims),
    `### ${scaleName(scale.claims)} claims: ${thousands(scale.stories)} stories, ${thousands(scale.nodes)} nodes, ${thousands(scale.relationships)} relationships`,
    '',
    `- Measured ${report.date.slice(0, 16).replace('T', ' ')} UTC with \`${report.command}\``,
    `- Settings: ${report.settings}`,
    `- Machine: ${machine.cpus}; ${machine.memory}; ${machine.os}; Node ${machine.node}; Java: ${machine.java}; Neo4j ${machine.neo4j}`,
    `- claimgraph measured: ${machine.code}`,
    `- Packages: ${machine.packages}`,
    `- Neo4j server: ${report.server}`,
    `- Load average per core: ${fixed(report.loadPerCore.start, 2)} at the start of the run, ${fixed(report.loadPerCore.end, 2)} at its end` +
      (noisy ? ' — **other work competed for the CPUs: the figures are rough.**' : '.'),
    '',
    ...loadLines(scale, estimateFor),
    '',
    'Workloads; same data as claimgraph? (answers reduced to one shape, order normalized where the operation leaves it open); Neo4j round trips per request:',
    '',
    ...scale.checks.map((check) => {
      const verdict = (side: Compared, name: string) => {
        const agreed = check.agreed[side];
        if (agreed === undefined) return undefined;
        const difference = check.differences[side];
        return `${name} ${agreed === check.checked ? 'agrees' : '**DISAGREES**'} on ${agreed}/${check.checked}${difference ? ` (first difference: ${difference})` : ''}`;
      };
      const trips = [
        check.roundTrips.claimgraph && `claimgraph ${tripsText(check.roundTrips.claimgraph)}`,
        check.roundTrips.peer && `@neo4j/graphql ${tripsText(check.roundTrips.peer)}`,
        'limit 1',
      ].filter((part) => part !== undefined);
      const verdicts = [verdict('peer', API_LABELS.peer) ?? '@neo4j/graphql cannot express it', verdict('limit', 'the limit')];
      return `- **${check.workload}**, ${check.description}: ${verdicts.join(', ')} variable sets; round trips ${trips.join(', ')}`;
    }),
    '',
    table(
      sideBySide('workload', [API_LABELS.claimgraph, API_LABELS.peer, API_LABELS.limit]),
      pairedRows(scale.cells, [API_LABELS.claimgraph, API_LABELS.peer, API_LABELS.limit]),
    ),
    '',
    'Fixed overhead, `{ __typename }` (no Neo4j):',
    '',
    table(sideBySide('operation', [API_LABELS.claimgraph, API_LABELS.hello]), pairedRows(scale.overhead, [API_LABELS.claimgraph, API_LABELS.hello])),
    ...(scale.cells.some((cell) => cell.cpu?.api !== undefined)
      ? [
          '',
          "CPU time per request (ms) in each API's process and in Neo4j, over the cells above (from /proc; Neo4j only when it runs on " +
            'this machine). The other API is @neo4j/graphql, and bare graphql-yoga for `{ __typename }`; the limit is its server process:',
          '',
          table(
            ['operation', '#connections', '#claimgraph', '#its Neo4j', '#together', '#other API', '#its Neo4j', '#together', '#limit', '#its Neo4j', '#together'],
            cpuRows([...scale.cells, ...scale.overhead]),
          ),
        ]
      : []),
  ];
}

/** The largest scale (1M) is extrapolated under the largest measured one when the run did not load it. */
function estimate(report: RunReport, scale: ScaleResult): number | undefined {
  const largest = report.scales.at(-1);
  return scale === largest && scale.claims < LARGEST_SCALE ? LARGEST_SCALE : undefined;
}

const HEADER = [
  '## GraphQL: claimgraph vs @neo4j/graphql, and the limit',
  '',
  'The same Neo4j and the same synthetic corpus (`bench/graph/`: seeded story graph documents, imported with',
  '`claimgraph import` into the bench\'s own server, or written through `writeStoryGraphs` into one named by',
  'CLAIMGRAPH_BENCH_GRAPHQL_NEO4J_URI) served by claimgraph and by @neo4j/graphql (`bench/graphql/peer-type-defs.graphql`),',
  'seven workloads (`bench/graphql/workloads.ts`): four both APIs serve, and three analytics (corroboration,',
  'retraction-impact, actor-contradictions) that @neo4j/graphql cannot express. The **limit** column answers',
  'each workload with one hand-written Cypher statement (`bench/limits/<workload>.cypher`) through the bare',
  'neo4j-driver, behind a bare node:http server (no GraphQL, no yoga) so the load driver measures it as it',
  "measures the APIs: the most any HTTP API over this graph could do. Its answers are checked against claimgraph's.",
  'Neo4j, the APIs, the limit and the load driver share the',
  'machine; each API runs in its own Node process; the load driver (autocannon) runs each workload against',
  'each in turn at each concurrency, after a warm-up. Errors count transport errors, timeouts, non-2xx',
  "answers and answers with GraphQL `errors`. Round trips: claimgraph's `extensions.neo4jRoundTrips`;",
  "@neo4j/graphql's statements counted at its driver; both sampled on the agreement check's requests. The",
  'peer answers search with two root fields (one per index), merged by score on the client. `requests` is',
  'how many completed in the cell: where it is small, p99 is about the slowest request. Each `÷` column is',
  'claimgraph req/s over that contender\'s (above 1: claimgraph is faster). The API processes start after the',
  'corpus is loaded (an import replaces the store under them), once per scale.',
  '',
  '`npm run bench` measures 10k claims briefly; `npm run bench:full` measures 10k, 100k and 1M (it deletes a',
  'larger corpus first). `npx tsx bench/run-graphql-bench.ts --scales 1m --load-only --keep` only loads the',
  '1M corpus (minutes with `claimgraph import`; in transactions about 20 minutes, resumed where an',
  "interrupted load stopped). Measuring one scale replaces only that scale's subsection below. The bench's own",
  'Neo4j lives in `.neo4j/bench-graphql` on Bolt 7727; `--neo4j-home DIR --bolt-port N --heap SIZE --page-cache SIZE`',
  'put it elsewhere (another checkout measuring at the same time, a port in use). tests/bench/run-graphql-bench.test.ts',
  'runs the whole pipeline (a fresh home, import, both APIs and the limit, agreement check, one short cell) in `npm test`.',
].join('\n');

const scaleMark = (claims: number) => `<!-- bench:graphql:scale ${claims} -->`;
const SCALE_MARK = /^<!-- bench:graphql:scale (\d+) -->$/m;

/** The scale subsections of a section this writer wrote, by number of claims. */
function scaleBlocks(section: string): Map<number, string> {
  const blocks = new Map<number, string>();
  const parts = section.split(/(?=^<!-- bench:graphql:scale \d+ -->$)/m);
  for (const part of parts) {
    const claims = SCALE_MARK.exec(part)?.[1];
    if (claims) blocks.set(Number(claims), part.replace(END, '').trim());
  }
  return blocks;
}

/** This run's scales, as markdown. */
export function renderScales(report: RunReport): string {
  return report.scales.map((scale) => scaleLines(report, scale, estimate(report, scale)).join('\n')).join('\n\n');
}

/**
 * Writes this run's scales into this benchmark's section of BENCHMARKS.md (between its markers):
 * subsections of scales this run did not measure stay, the rest of the file is left as it is.
 */
export async function writeSection(report: RunReport): Promise<void> {
  const current = existsSync(BENCHMARKS_FILE) ? await readFile(BENCHMARKS_FILE, 'utf8') : '# Benchmarks\n';
  const start = current.indexOf(START);
  const end = current.indexOf(END);
  const present = start >= 0 && end > start;
  const blocks = present ? scaleBlocks(current.slice(start, end)) : new Map<number, string>();
  for (const scale of report.scales) blocks.set(scale.claims, scaleLines(report, scale, estimate(report, scale)).join('\n'));
  const ordered = [...blocks].sort(([a], [b]) => a - b).map(([, block]) => block);
  const section = [START, HEADER, '', ...ordered.flatMap((block) => [block, '']), END].join('\n');
  const next = present ? `${current.slice(0, start)}${section}${current.slice(end + END.length)}` : `${current.trimEnd()}\n\n${section}\n`;
  await writeFile(BENCHMARKS_FILE, next);
}
