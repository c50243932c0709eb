// A claim's corrections, field by field: $corrections holds a row per field it sets (a Correction
// node under the claim's Curation) or clears (`correction` null). The claim keeps the names of its
// corrected fields (`correctedFields`), so that reads of an uncorrected claim cost no statement more.
// A Correction holds its value twice: as JSON for the API (`correctedValue`), and for statements as
// `corrected` (text, kind, verbatim, speaker: an actor id) or `correctedSourceIds` with `correctedScopes`.
MATCH (c:Curation {itemId: $claimId})-[:CURATES]->(claim:Claim)
CALL (c, claim) {
  UNWIND $corrections AS row
  WITH row WHERE row.correction IS NULL
  OPTIONAL MATCH (c)-[:HAS_CORRECTION]->(gone:Correction {field: row.field})
  DETACH DELETE gone
}
CALL (c, claim) {
  UNWIND $corrections AS row
  WITH row WHERE row.correction IS NOT NULL
  MERGE (c)-[:HAS_CORRECTION]->(k:Correction {id: row.correction.claimId + '#' + row.field})
  SET k = row.correction, k.id = row.correction.claimId + '#' + row.field
}
SET claim.correctedFields = COLLECT { MATCH (c)-[:HAS_CORRECTION]->(k:Correction) RETURN k.field ORDER BY k.field }
