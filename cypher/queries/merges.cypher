// Claim.mergedInto, mergedClaims, mergedMentions and curatedMentions: for each claim, the claim a
// curator merged it into, and the claims curators merged into it, newest merge first, at most $first
// (mergeClaims: MERGED_INTO relations). Read apart from the claims' other curated relations, so that
// no number of links newer than a merge (curated-relations.cypher keeps the newest $first) hides it.
// A claim the graph no longer holds (pruned with a retracted version) is left out.
UNWIND $ids AS id
RETURN id, {
  mergedInto: head(COLLECT {
    MATCH (r:CuratedRelation {fromId: id})
    WHERE r.relation = 'MERGED_INTO' AND EXISTS { MATCH (:Claim {id: r.toId}) }
    RETURN r.toId
  }),
  mergedClaimIds: COLLECT {
    MATCH (r:CuratedRelation {toId: id})
    WHERE r.relation = 'MERGED_INTO' AND EXISTS { MATCH (:Claim {id: r.fromId}) }
    RETURN r.fromId ORDER BY r.recordedAt DESC, r.id LIMIT $first
  }
} AS node
