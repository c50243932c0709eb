// Curation, which outlives the items it names by id (like API keys), linked again to items written
// anew (CURATES, CHANGED, RECORDED_IN, its flags and curated derivations): after a migration rewrote
// every story ($storyIds null), and in an ingest's write after prune dropped items a re-ingest left
// out ($storyIds: the stories written), so that an item coming back is curated as before.
// Every curated item has its Curation node (lock-item.cypher), which finds the curation by story.
WITH CASE WHEN $storyIds IS NULL THEN COLLECT { MATCH (s:Story) RETURN s.id } ELSE $storyIds END AS storyIds
CALL (storyIds) {
  UNWIND storyIds AS storyId
  MATCH (c:Curation {storyId: storyId}) WHERE NOT EXISTS { (c)-[:CURATES]->() }
  CALL (c) {
    MATCH (n:Claim {id: c.itemId}) RETURN n
    UNION
    MATCH (n:Source {id: c.itemId}) RETURN n
  }
  MERGE (c)-[:CURATES]->(n)
}
// A corrected claim names its corrected fields (set-claim-corrections.cypher), which a rewrite drops.
CALL (storyIds) {
  UNWIND storyIds AS storyId
  MATCH (c:Curation {storyId: storyId})-[:CURATES]->(claim:Claim) WHERE EXISTS { (c)-[:HAS_CORRECTION]->() }
  SET claim.correctedFields = COLLECT { MATCH (c)-[:HAS_CORRECTION]->(k:Correction) RETURN k.field ORDER BY k.field }
}
// A claim with a split or a merge into it is marked `mentionsCurated` (set-claim-split.cypher,
// set-curated-relation.cypher), which a rewrite drops.
CALL (storyIds) {
  UNWIND storyIds AS storyId
  MATCH (:Curation {storyId: storyId})-[:CURATES]->(claim:Claim)
  SET claim.mentionsCurated = EXISTS { (:Curation {itemId: claim.id})-[:HAS_SPLIT]->(:ClaimSplit) }
    OR EXISTS { MATCH (mergeInto:CuratedRelation {toId: claim.id}) WHERE mergeInto.relation = 'MERGED_INTO' }
}
// A curated derivation's edge (set-curated-relation.cypher) goes with either source a rewrite replaces.
CALL (storyIds) {
  UNWIND storyIds AS storyId
  MATCH (c:Curation {storyId: storyId})
  CALL (c) {
    MATCH (r:CuratedRelation {fromId: c.itemId}) RETURN r
    UNION
    MATCH (r:CuratedRelation {toId: c.itemId}) RETURN r
  }
  WITH DISTINCT r WHERE r.relation = 'DERIVED_FROM' AND r.status = 'ADDED'
  MATCH (from:Source {id: r.fromId})
  MATCH (to:Source {id: r.toId})
  MERGE (from)-[e:CURATED_DERIVED_FROM {relationId: r.id}]->(to)
  SET e.how = r.how, e.kind = r.kind
}
CALL (storyIds) {
  UNWIND storyIds AS storyId
  MATCH (c:Curation {storyId: storyId})
  MATCH (ch:Change {itemId: c.itemId}) WHERE NOT EXISTS { (ch)-[:CHANGED]->() }
  CALL (ch) {
    MATCH (n:Claim {id: ch.itemId}) RETURN n
    UNION
    MATCH (n:Source {id: ch.itemId}) RETURN n
  }
  MERGE (ch)-[:CHANGED]->(n)
}
CALL (storyIds) {
  UNWIND storyIds AS storyId
  MATCH (c:Curation {storyId: storyId})
  MATCH (ch:Change {itemId: c.itemId}) WHERE NOT EXISTS { (ch)-[:RECORDED_IN]->() }
  MATCH (s:Story {id: ch.storyId})
  MERGE (ch)-[:RECORDED_IN]->(s)
}
