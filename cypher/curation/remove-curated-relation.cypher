// A curated relation taken away, with the edge a curated derivation is (set-curated-relation.cypher):
// the write's Change keeps what it was.
MATCH (r:CuratedRelation {id: $id})
CALL (r) {
  MATCH (:Source {id: r.fromId})-[e:CURATED_DERIVED_FROM {relationId: r.id}]->()
  DELETE e
}
DETACH DELETE r
