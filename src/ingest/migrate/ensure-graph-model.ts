import { cypherFile } from '../../db/cypher-file';
import type { Database, Row } from '../../db/database';
import { IDENTITY_LABELS, ITEM_STATE, NODE_LABELS, STORY_LABELS } from '../../model/graph-vocabulary';
import { GRAPH_MODEL_VERSION, RETIRED_LABELS } from '../../model/graph-model-version';
import { writeStoryGraphs } from '../write-story-graphs';
import { GraphModelRefusal } from './graph-model-refusal';
import { markGraphModel } from './mark-graph-model';
import { leaseHolder, releaseMigrationLease, renewMigrationLease, takeMigrationLease } from './migration-lease';
import { rederiveStories, type RederivedVersion, type RederiveOptions } from './rederive-stories';

export interface GraphModelOptions extends RederiveOptions {
  /** Re-derive every story and say what a migration would do, but write nothing. */
  dryRun?: boolean;
}

export type GraphModelOutcome =
  | { action: 'current' | 'marked' | 'would-mark' }
  | { action: 'migrated' | 'would-migrate'; from: number; versions: number; stories: number };

/** A graph without a marker was written before markers existed: by graph model 1. */
const UNMARKED_MODEL = 1;
const NODES_PER_DELETE = 10_000;

/**
 * Everything derived from the stored versions (stories, their items, actors, identities), deleted in batches so
 * that a large graph needs no large transaction; curation (Curation, Verdict, Change) is kept, like API keys,
 * and linked again to the rewritten items (relink-curation.cypher). The stored versions stay, so a crash here or later
 * leaves a graph the next start migrates again from the beginning.
 */
async function deleteDerived(db: Database, holder: string): Promise<void> {
  // Labels cannot be parameters; these come from the vocabulary and the model version file only.
  for (const label of [NODE_LABELS.story, ...STORY_LABELS, ITEM_STATE.label, NODE_LABELS.actor, ...IDENTITY_LABELS, ...RETIRED_LABELS]) {
    const statement = { name: `migrate/delete-${label}`, text: `MATCH (n:${label}) WITH n LIMIT ${NODES_PER_DELETE} DETACH DELETE n RETURN count(*) AS deleted` };
    do await renewMigrationLease(db, holder);
    while (Number((await db.write((tx) => tx.run(statement)))[0]?.deleted ?? 0) > 0);
  }
}

/** Writes the versions again, oldest first, each in its own transaction, saying which one it is at and renewing the lease. */
async function rewrite(db: Database, versions: RederivedVersion[], log: (line: string) => void, holder: string): Promise<void> {
  const total = new Map<string, number>();
  for (const { storyId } of versions) total.set(storyId, (total.get(storyId) ?? 0) + 1);
  const done = new Map<string, number>();
  for (const { storyId, story } of versions) {
    const position = (done.get(storyId) ?? 0) + 1;
    done.set(storyId, position);
    await renewMigrationLease(db, holder);
    log(`migrating story ${storyId}: version ${position} of ${total.get(storyId)}`);
    const [outcome] = (await writeStoryGraphs(db, [story])).outcomes;
    if (outcome && 'refused' in outcome) throw outcome.refused;
  }
}

/**
 * Makes sure the graph is in the graph model this claimgraph writes before anything works on it:
 * marks an empty graph; goes on with a current one; refuses one written by a newer claimgraph
 * (GraphModelRefusal); migrates an older one by re-deriving every stored story version through
 * today's ingest pipeline — refusing, with nothing changed, when any of them cannot be — and writes
 * the marker last, so that a migration cut short is done again at the next start.
 */
export async function ensureGraphModel(db: Database, log: (line: string) => void, options: GraphModelOptions = {}): Promise<GraphModelOutcome> {
  const [before] = await db.read(cypherFile('migrate/graph-model-state'));
  if (before?.version === GRAPH_MODEL_VERSION || options.dryRun) return migrateFrom(db, before, log, options);
  // One claimgraph migrates at a time (takeMigrationLease); the state is read again under the lease,
  // since the one that held it may have finished meanwhile.
  const holder = leaseHolder();
  await takeMigrationLease(db, holder);
  try {
    const [state] = await db.read(cypherFile('migrate/graph-model-state'));
    return await migrateFrom(db, state, log, options, holder);
  } finally {
    // Marking the graph drops the lease; a refusal or a failure gives it back here.
    await releaseMigrationLease(db, holder);
  }
}

async function migrateFrom(db: Database, state: Row | undefined, log: (line: string) => void, options: GraphModelOptions, holder = ''): Promise<GraphModelOutcome> {
  const from = typeof state?.version === 'number' ? state.version : UNMARKED_MODEL;
  if (from > GRAPH_MODEL_VERSION) {
    throw new GraphModelRefusal(
      `the graph was written by a newer claimgraph, in graph model ${from}; this claimgraph writes graph model ${GRAPH_MODEL_VERSION} ` +
        'and leaves the graph as it is. Run a claimgraph that knows that model, or point NEO4J_URI (or CLAIMGRAPH_NEO4J_HOME) at another database',
    );
  }
  if (state?.version === GRAPH_MODEL_VERSION) return { action: 'current' };
  if (state?.holdsStories !== true) {
    if (options.dryRun) return { action: 'would-mark' };
    await markGraphModel(db);
    return { action: 'marked' };
  }
  const versions = await rederiveStories(db, from, options);
  const summary = { from, versions: versions.length, stories: new Set(versions.map((version) => version.storyId)).size };
  if (options.dryRun) return { action: 'would-migrate', ...summary };
  log(`Migrating the graph from graph model ${from} to ${GRAPH_MODEL_VERSION}: ${summary.versions} versions of ${summary.stories} stories…`);
  if (options.dropStories && options.dropStories.length > 0) {
    await db.write((tx) => tx.run(cypherFile('migrate/drop-story-versions'), { storyIds: options.dropStories }));
  }
  await deleteDerived(db, holder);
  await rewrite(db, versions, log, holder);
  await renewMigrationLease(db, holder);
  await db.write((tx) => tx.run(cypherFile('migrate/relink-curation'), { storyIds: null }));
  await markGraphModel(db);
  return { action: 'migrated', ...summary };
}
