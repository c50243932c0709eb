// A reviewer's verdict on a claim, by the id that names claim and reviewer: a second verdict of the
// same reviewer replaces the first (the Change keeps both).
MATCH (c:Curation {itemId: $verdict.claimId})
MERGE (v:Verdict {id: $verdict.id})
MERGE (c)-[:HAS_VERDICT]->(v)
SET v = $verdict
