// The curated relations of claims or sources by id, at either end, newest first, at most $first
// each: kept apart from the story's own edges, and the same whatever version is read. A relation
// whose other item the graph no longer holds (pruned with a retracted version) is left out.
UNWIND $ids AS id
RETURN id, COLLECT {
  CALL (id) {
    MATCH (r:CuratedRelation {fromId: id}) RETURN r
    UNION
    MATCH (r:CuratedRelation {toId: id}) RETURN r
  }
  WITH r, CASE r.fromId WHEN id THEN r.toId ELSE r.fromId END AS otherId
  WHERE EXISTS { MATCH (:Claim {id: otherId}) } OR EXISTS { MATCH (:Source {id: otherId}) }
  RETURN r {.*} ORDER BY r.recordedAt DESC, r.id LIMIT $first
} AS items
