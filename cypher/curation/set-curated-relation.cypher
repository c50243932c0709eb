// A curated relation between two items (src/graphql/curation/curated-relations.ts), hung from its
// first item's Curation node, which the write holds locked: a relation of the same id is replaced.
MATCH (c:Curation {itemId: $relation.fromId})
MERGE (r:CuratedRelation {id: $relation.id})
MERGE (c)-[:HAS_RELATION]->(r)
SET r = $relation
WITH r
// A curated derivation is also an edge, of its own type so that the writer, which matches
// DERIVED_FROM, never adopts, unmarks or prunes it; with no `current` and no `versions`, only the
// analytics that follow it on a read of the newest version see it (cypher/README.md).
CALL (r) {
  WITH r WHERE r.relation = 'DERIVED_FROM' AND r.status = 'ADDED'
  MATCH (from:Source {id: r.fromId})
  MATCH (to:Source {id: r.toId})
  MERGE (from)-[e:CURATED_DERIVED_FROM {relationId: r.id}]->(to)
  SET e.how = r.how, e.kind = r.kind
}
// The claim a merge keeps is marked `mentionsCurated`: the analytics count the merged claim's mentions with its own.
CALL (r) {
  WITH r WHERE r.relation = 'MERGED_INTO'
  MATCH (kept:Claim {id: r.toId})
  SET kept.mentionsCurated = EXISTS { (:Curation {itemId: kept.id})-[:HAS_SPLIT]->(:ClaimSplit) }
    OR EXISTS { MATCH (mergeInto:CuratedRelation {toId: kept.id}) WHERE mergeInto.relation = 'MERGED_INTO' }
}
