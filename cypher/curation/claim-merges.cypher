// Read under both claims' locks: every merge either claim already takes part in, as the merged
// claim or as the one kept (curated-relations.ts, relation MERGED_INTO from the merged claim).
CALL () {
  MATCH (r:CuratedRelation) WHERE r.fromId IN $ids RETURN r
  UNION
  MATCH (r:CuratedRelation) WHERE r.toId IN $ids RETURN r
}
WITH r WHERE r.relation = 'MERGED_INTO'
RETURN r {.*} AS merge
