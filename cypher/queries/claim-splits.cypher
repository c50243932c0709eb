// The parts curators split off claims by id (splitClaim), oldest first, at most $first each: the
// same whatever version is read.
UNWIND $ids AS id
MATCH (:Curation {itemId: id})-[:HAS_SPLIT]->(s:ClaimSplit)
WITH id, s ORDER BY s.recordedAt, s.id
RETURN id, collect(s {.*})[0..$first] AS items
