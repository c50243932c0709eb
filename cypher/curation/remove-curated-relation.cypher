// A curated relation taken away, with the edge a curated derivation is (set-curated-relation.cypher):
// the write's Change keeps what it was. The claim a merge kept stays marked `mentionsCurated` while
// a split or another merge into it remains.
MATCH (r:CuratedRelation {id: $id})
CALL (r) {
  MATCH (:Source {id: r.fromId})-[e:CURATED_DERIVED_FROM {relationId: r.id}]->()
  DELETE e
}
WITH r, r.relation = 'MERGED_INTO' AS merge, r.toId AS keptId
DETACH DELETE r
WITH merge, keptId WHERE merge
MATCH (kept:Claim {id: keptId})
SET kept.mentionsCurated = EXISTS { (:Curation {itemId: keptId})-[:HAS_SPLIT]->(:ClaimSplit) }
  OR EXISTS { MATCH (mergeInto:CuratedRelation {toId: keptId}) WHERE mergeInto.relation = 'MERGED_INTO' }
