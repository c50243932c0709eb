import { performance } from 'node:perf_hooks';
import { z } from 'zod';
import { progressReporter } from '../../src/cli/progress';
import type { Database } from '../../src/db/database';
import type { LocalNeo4jOptions } from '../../src/db/local-neo4j/ensure-local-neo4j';
import type { ImportInput } from '../../src/ingest/import/import-files';
import { describeStages, importStories } from '../../src/ingest/import/import-stories';
import { StoryGraphDocument } from '../../src/model/story-graph';
import { writeStoryGraphs } from '../../src/ingest/write-story-graphs';
import { storyCount, syntheticStoryGraph, type CorpusSpec } from './synthetic-story-graphs';

/**
 * Loads a synthetic corpus through one of claimgraph's bulk paths, and remembers in the graph how much of
 * which corpus it holds. Into claimgraph's own local server the whole corpus is imported offline
 * (`claimgraph import`); into another server it is written in transactions (`writeStoryGraphs`: many
 * stories per transaction, one UNWIND statement per label and relationship type), a larger scale on
 * top of a smaller one.
 */

/** Bumped whenever the generator's output changes, so that an older corpus is not taken for this one. */
export const GENERATOR_VERSION = 3;

const MARKER = {
  name: 'bench/corpus-marker',
  text: 'MATCH (c:BenchCorpus {id: 0}) RETURN c.seed AS seed, c.stories AS stories, c.generator AS generator, c.loads AS loads',
};

/** One load of stories [from, to), timed: kept with the corpus so a report can cite it later. */
export const LoadRecord = z.object({
  from: z.number(),
  to: z.number(),
  seconds: z.number(),
  nodes: z.number(),
  relationships: z.number(),
  date: z.string(),
  /** Which bulk path wrote it: `claimgraph import`, or transactions (`ingest --batch`). */
  via: z.enum(['import', 'transactions']).default('transactions'),
});
export type LoadRecord = z.infer<typeof LoadRecord>;

export interface CorpusState {
  seed: number;
  stories: number;
  generator: number;
  loads: LoadRecord[];
}

export async function corpusState(db: Database): Promise<CorpusState | undefined> {
  const [row] = await db.read(MARKER);
  if (!row) return undefined;
  const loads = Array.isArray(row.loads) ? row.loads.map((text) => LoadRecord.parse(JSON.parse(String(text)))) : [];
  return { seed: Number(row.seed), stories: Number(row.stories), generator: Number(row.generator), loads };
}

async function recordCorpus(db: Database, state: CorpusState): Promise<void> {
  await db.write((tx) =>
    tx.run(
      {
        name: 'bench/record-corpus',
        text: 'MERGE (c:BenchCorpus {id: 0}) SET c.seed = $seed, c.stories = $stories, c.generator = $generator, c.loads = $loads',
      },
      { ...state, loads: state.loads.map((load) => JSON.stringify(load)) },
    ),
  );
}

/**
 * Deletes everything, a batch per transaction: one transaction deleting a large graph would need its
 * size in heap, and one `CALL … IN TRANSACTIONS` statement still has to finish within the server's
 * transaction timeout (60 s on claimgraph's own servers), which a million-claim graph does not.
 */
export async function wipeGraph(db: Database, log: (line: string) => void): Promise<void> {
  const batch = { name: 'bench/wipe-batch', text: 'MATCH (n) WITH n LIMIT 2000 DETACH DELETE n RETURN count(*) AS deleted' };
  let total = 0;
  for (;;) {
    const [row] = await db.write((tx) => tx.run(batch));
    const deleted = Number(row?.deleted ?? 0);
    if (deleted === 0) break;
    total += deleted;
    if (total % 100_000 < 2000) log(`  deleted ${total} nodes so far…`);
  }
}

/**
 * Stories per transaction. A synthetic story averages 40 claims, several times a generated story
 * document, so this keeps a transaction's state well inside the bench server's 1 GB heap.
 */
const STORIES_PER_TRANSACTION = 50;

/** How many stories are written between two checkpoints of the marker (a whole number of transactions). */
const CHECKPOINT_STORIES = 100;

/**
 * Writes stories [from, to) of the corpus, STORIES_PER_TRANSACTION per transaction, one
 * transaction after another. (Two writers at once would contend for the actors stories share.)
 * Only the write transactions are timed: generating a document is the benchmark's cost, not
 * claimgraph's. `checkpoint` hears of each complete prefix now and then.
 */
export async function loadStories(
  db: Database,
  spec: CorpusSpec,
  from: number,
  to: number,
  checkpoint: (load: LoadRecord) => Promise<void>,
): Promise<LoadRecord> {
  const load: LoadRecord = { from, to: from, seconds: 0, nodes: 0, relationships: 0, date: new Date().toISOString(), via: 'transactions' };
  const progress = progressReporter(to - from, `Loading stories ${from}–${to - 1}`);
  for (let start = from; start < to; start += STORIES_PER_TRANSACTION) {
    const end = Math.min(to, start + STORIES_PER_TRANSACTION);
    // Parsed as `claimgraph ingest` parses a document, so the writer gets exactly what it would.
    const stories = Array.from({ length: end - start }, (_, i) => ({ document: StoryGraphDocument.parse(syntheticStoryGraph(spec.seed, start + i)) }));
    const started = performance.now();
    const { outcomes, changes } = await writeStoryGraphs(db, stories);
    load.seconds += (performance.now() - started) / 1000;
    for (const outcome of outcomes) if ('refused' in outcome) throw outcome.refused;
    load.nodes += changes.nodesCreated;
    load.relationships += changes.relationshipsCreated;
    load.to = end;
    progress.tick(load.to - from);
    if ((load.to - from) % CHECKPOINT_STORIES === 0 && load.to < to) await checkpoint(load);
  }
  return load;
}

/** The corpus's stories as import inputs; `generating` sums the time spent making and parsing them. */
function* corpusInputs(spec: CorpusSpec, stories: number, generating: { seconds: number }): Generator<ImportInput> {
  const progress = progressReporter(stories, 'Generating stories');
  for (let index = 0; index < stories; index += 1) {
    const started = performance.now();
    const document = StoryGraphDocument.parse(syntheticStoryGraph(spec.seed, index));
    generating.seconds += (performance.now() - started) / 1000;
    yield { file: `synthetic story #${index}`, story: { document } };
    progress.tick(index + 1);
  }
}

/**
 * Imports the first `stories` stories of the corpus into the local server, replacing what it holds.
 * Timed from start to end, server restart and index building included, less the time spent
 * generating and parsing the stories: as for transactions, that is the benchmark's cost.
 */
async function importCorpus(server: LocalNeo4jOptions, database: string, spec: CorpusSpec, stories: number, log: (line: string) => void): Promise<LoadRecord> {
  const date = new Date().toISOString();
  const generating = { seconds: 0 };
  const summary = await importStories(server, database, corpusInputs(spec, stories, generating), { replace: true, log });
  const seconds = summary.seconds - generating.seconds;
  log(`Imported ${stories} stories in ${summary.seconds.toFixed(1)} s (${describeStages(summary)}), of which ${generating.seconds.toFixed(1)} s generating them: ${seconds.toFixed(1)} s.`);
  return { from: 0, to: stories, seconds, nodes: summary.nodes, relationships: summary.relationships, date, via: 'import' };
}

export class CorpusTooLargeError extends Error {
  constructor(held: number, wanted: number) {
    super(
      `The benchmark graph holds ${held} stories; a corpus of ${wanted} would mean deleting them all ` +
        '(and loading the large one again takes long). Pass --shrink to do that, or measure a scale at least as large.',
    );
    this.name = 'CorpusTooLargeError';
  }
}

export interface CorpusOptions {
  shrink: boolean;
  log: (line: string) => void;
  importInto?: { server: LocalNeo4jOptions; database: string } | undefined;
}

/**
 * Makes the graph hold exactly the first `storyCount(spec)` stories of the corpus. With `importInto`
 * (the local server the graph lives in) it imports the whole corpus unless the graph holds exactly
 * it. Otherwise it loads only what is missing when the graph holds a prefix of the same corpus, and
 * wipes it first when it holds another corpus. A larger prefix is deleted only with `shrink`.
 * Resolves the loads that built what the graph holds.
 */
export async function ensureCorpus(db: Database, spec: CorpusSpec, options: CorpusOptions): Promise<LoadRecord[]> {
  const wanted = storyCount(spec);
  const state = await corpusState(db);
  const sameCorpus = state !== undefined && state.seed === spec.seed && state.generator === GENERATOR_VERSION;
  if (sameCorpus && state.stories === wanted) {
    options.log(`The graph already holds the ${wanted} stories of this corpus (seed ${spec.seed}).`);
    return state.loads;
  }
  if (sameCorpus && state.stories > wanted && !options.shrink) throw new CorpusTooLargeError(state.stories, wanted);
  const record = (stories: number, loads: LoadRecord[]) => recordCorpus(db, { seed: spec.seed, stories, generator: GENERATOR_VERSION, loads });
  if (options.importInto) {
    const { server, database } = options.importInto;
    const loads = [await importCorpus(server, database, spec, wanted, options.log)];
    await record(wanted, loads);
    return loads;
  }
  const grows = sameCorpus && state.stories < wanted;
  const from = grows ? state.stories : 0;
  const earlier = grows ? state.loads : [];
  if (!grows) {
    options.log('Deleting everything in the benchmark graph…');
    await wipeGraph(db, options.log);
  }
  // The marker names a complete prefix at all times, so an interrupted load resumes where it stopped.
  await record(from, earlier);
  const load = await loadStories(db, spec, from, wanted, (partial) => record(partial.to, [...earlier, partial]));
  const loads = [...earlier, load];
  await record(wanted, loads);
  return loads;
}
