import type { Database } from '../../src/db/database';
import { ensureGraphModel } from '../../src/ingest/migrate/ensure-graph-model';
import { writeStoryGraph } from '../../src/ingest/write-story-graph';
import { GRAPH_MODEL_VERSION } from '../../src/model/graph-model-version';
import { ingestLumina, loadLumina } from './fixture-stories';

/**
 * Holds `read()` to `expected` after Lumina's next version, a re-ingest of it and a migration of
 * the graph (which rewrites every derived node): what curation must survive. Lumina's version 1
 * must be in the graph.
 */
export async function expectKeptAcrossVersions(db: Database, read: () => Promise<unknown>, expected: unknown): Promise<void> {
  await ingestLumina(db, [2]);
  expect(await read()).toEqual(expected);

  await writeStoryGraph(db, await loadLumina(2));
  expect(await read()).toEqual(expected);

  // An older marker makes the next start migrate: every story and item is deleted and written anew.
  await db.write((tx) => tx.run({ name: 'test/older-marker', text: "MATCH (m:GraphModel {id: 'claimgraph'}) SET m.version = $version" }, { version: GRAPH_MODEL_VERSION - 1 }));
  expect(await ensureGraphModel(db, () => {})).toMatchObject({ action: 'migrated' });
  expect(await read()).toEqual(expected);
}
