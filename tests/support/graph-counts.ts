import type { Database } from '../../src/db/database';

export interface GraphCounts {
  nodes: number;
  relationships: number;
}

/** Everything in the database, counted: what idempotency and all-or-nothing tests compare. */
export async function graphCounts(db: Database): Promise<GraphCounts> {
  const [row] = await db.read({
    name: 'test/graph-counts',
    text: 'CALL () { MATCH (n) RETURN count(n) AS nodes } CALL () { MATCH ()-[r]->() RETURN count(r) AS relationships } RETURN nodes, relationships',
  });
  return { nodes: Number(row?.nodes), relationships: Number(row?.relationships) };
}
