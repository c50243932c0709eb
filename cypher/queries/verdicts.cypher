// The verdicts of claims or of parts split off them (ClaimSplit.verdicts) by id, newest first, at
// most $first each (the fields' bound): a claim's hang from its Curation node, a part's from its split.
UNWIND $ids AS id
CALL (id) {
  MATCH (:Curation {itemId: id})-[:HAS_VERDICT]->(v:Verdict) RETURN v
  UNION
  MATCH (:ClaimSplit {id: id})-[:HAS_VERDICT]->(v:Verdict) RETURN v
}
WITH id, v ORDER BY v.recordedAt DESC, v.id
RETURN id, collect(v {.*})[0..$first] AS items
