// The curated relations of claims or sources by id, at either end, newest first, at most $first
// each: kept apart from the story's own edges, and the same whatever version is read.
UNWIND $ids AS id
RETURN id, COLLECT {
  CALL (id) {
    MATCH (r:CuratedRelation {fromId: id}) RETURN r
    UNION
    MATCH (r:CuratedRelation {toId: id}) RETURN r
  }
  RETURN r {.*} ORDER BY r.recordedAt DESC, r.id LIMIT $first
} AS items
