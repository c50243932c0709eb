// A reviewer's verdict on a claim, or on a part split off it ($verdict.splitId), by the id that names
// what it reviews and the reviewer: a second verdict of the same reviewer replaces the first (the
// Change keeps both). It hangs from the claim's Curation node or from the split; no row when the
// claim has no such split.
MATCH (c:Curation {itemId: $verdict.claimId})
OPTIONAL MATCH (c)-[:HAS_SPLIT]->(part:ClaimSplit {id: $verdict.splitId})
WITH CASE WHEN $verdict.splitId IS NULL THEN c ELSE part END AS reviewed
WHERE reviewed IS NOT NULL
MERGE (v:Verdict {id: $verdict.id})
MERGE (reviewed)-[:HAS_VERDICT]->(v)
SET v = $verdict
RETURN v.id AS id
