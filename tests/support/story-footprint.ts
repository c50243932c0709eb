import type { Database } from '../../src/db/database';
import type { WriteSummary } from '../../src/ingest/write-story-graph';

/** What the graph holds of one story: the numbers a half-written transaction would get wrong. */
export interface StoryFootprint {
  /** The Story node's version; null when there is no Story node. */
  version: number | null;
  /** The Story node, its versions and story-scoped items (by their storyId), the actors appearing in it and the identities its items share. */
  nodes: number;
  /** Every relationship touching the Story node or a story-scoped node. */
  relationships: number;
}

/** The footprint of a story that is not in the graph at all. */
export const ABSENT: StoryFootprint = { version: null, nodes: 0, relationships: 0 };

/**
 * Counts by the storyId property rather than along IN_STORY edges: the writer links items to their
 * story last, so a torn write would leave items those edges never reach.
 */
export async function storyFootprint(db: Database, storyId: string): Promise<StoryFootprint> {
  const [row] = await db.read(
    {
      name: 'test/story-footprint',
      text: `
        OPTIONAL MATCH (s:Story {id: $storyId})
        CALL () { MATCH (n) WHERE n.storyId = $storyId RETURN collect(n) AS scoped }
        CALL (s) { OPTIONAL MATCH (a:Actor)-[:APPEARS_IN]->(s) RETURN count(a) AS actors }
        WITH s, actors, scoped + CASE WHEN s IS NULL THEN [] ELSE [s] END AS own
        CALL (own) { UNWIND own AS n MATCH (n)-[r]-() RETURN count(DISTINCT r) AS relationships }
        CALL (own) { UNWIND own AS n MATCH (n)-[:SAME_SOURCE_AS|SAME_CLAIM_AS]->(i) RETURN count(DISTINCT i) AS identities }
        RETURN s.version AS version, size(own) + actors + identities AS nodes, relationships`,
    },
    { storyId },
  );
  return { version: typeof row?.version === 'number' ? row.version : null, nodes: Number(row?.nodes), relationships: Number(row?.relationships) };
}

const sum = (tallies: WriteSummary['nodes']) => Object.values(tallies).reduce((total, tally) => total + tally.total, 0);

/** The footprint a written version should leave, by the writer's own account of what it holds. */
export const footprintOf = (summary: WriteSummary): StoryFootprint => ({
  version: summary.version,
  nodes: sum(summary.nodes),
  relationships: sum(summary.relationships),
});

/** Actors no story mentions: only a write that stopped halfway could leave one. */
export async function orphanActors(db: Database): Promise<number> {
  const [row] = await db.read({
    name: 'test/orphan-actors',
    text: 'MATCH (a:Actor) WHERE NOT (a)-[:APPEARS_IN]->(:Story) RETURN count(a) AS orphans',
  });
  return Number(row?.orphans);
}
