import { cypherFile } from '../../db/cypher-file';
import type { Database } from '../../db/database';
import { GRAPH_MODEL_VERSION } from '../../model/graph-model-version';

/** Records in the graph that it is in the graph model this claimgraph writes. */
export async function markGraphModel(db: Database): Promise<void> {
  await db.write((tx) => tx.run(cypherFile('migrate/mark-graph-model'), { modelVersion: GRAPH_MODEL_VERSION }));
}
