// The verdicts of claims by id, newest first, at most $first each (Claim.verdicts' bound).
UNWIND $ids AS id
MATCH (:Curation {itemId: id})-[:HAS_VERDICT]->(v:Verdict)
WITH id, v ORDER BY v.recordedAt DESC, v.id
RETURN id, collect(v {.*})[0..$first] AS items
