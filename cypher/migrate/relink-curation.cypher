// After a migration rewrote the stories and their items: curation, which it keeps (like API keys),
// is linked again to the items and stories it names by id (CURATES, CHANGED, RECORDED_IN).
CALL () {
  MATCH (c:Curation) WHERE NOT EXISTS { (c)-[:CURATES]->() }
  CALL (c) {
    MATCH (n:Claim {id: c.itemId}) RETURN n
    UNION
    MATCH (n:Source {id: c.itemId}) RETURN n
  }
  MERGE (c)-[:CURATES]->(n)
}
// A corrected claim names its corrected fields (set-claim-corrections.cypher), which the rewrite dropped.
CALL () {
  MATCH (c:Curation)-[:CURATES]->(claim:Claim) WHERE EXISTS { (c)-[:HAS_CORRECTION]->() }
  SET claim.correctedFields = COLLECT { MATCH (c)-[:HAS_CORRECTION]->(k:Correction) RETURN k.field ORDER BY k.field }
}
// A claim with a split or a merge into it is marked `mentionsCurated` (set-claim-split.cypher,
// set-curated-relation.cypher), which the rewrite dropped.
CALL () {
  MATCH (split:ClaimSplit)
  MATCH (claim:Claim {id: split.claimId})
  SET claim.mentionsCurated = true
}
CALL () {
  MATCH (merge:CuratedRelation {relation: 'MERGED_INTO'})
  MATCH (kept:Claim {id: merge.toId})
  SET kept.mentionsCurated = true
}
// A curated derivation's edge (set-curated-relation.cypher) went with the sources the rewrite replaced.
CALL () {
  MATCH (r:CuratedRelation {relation: 'DERIVED_FROM', status: 'ADDED'})
  MATCH (from:Source {id: r.fromId})
  MATCH (to:Source {id: r.toId})
  MERGE (from)-[e:CURATED_DERIVED_FROM {relationId: r.id}]->(to)
  SET e.how = r.how, e.kind = r.kind
}
CALL () {
  MATCH (ch:Change) WHERE NOT EXISTS { (ch)-[:CHANGED]->() }
  CALL (ch) {
    MATCH (n:Claim {id: ch.itemId}) RETURN n
    UNION
    MATCH (n:Source {id: ch.itemId}) RETURN n
  }
  MERGE (ch)-[:CHANGED]->(n)
}
CALL () {
  MATCH (ch:Change) WHERE NOT EXISTS { (ch)-[:RECORDED_IN]->() }
  MATCH (s:Story {id: ch.storyId})
  MERGE (ch)-[:RECORDED_IN]->(s)
}
