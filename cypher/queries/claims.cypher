// Root `claims`: the claims matching the filter (page.cypher or count.cypher is appended).
// The CALL enters through the most selective index the filter allows (one branch runs; the others
// stop at their first WHERE), then every filter applies.
CALL () {
  WITH 1 AS entry WHERE $actorId IS NOT NULL
  MATCH (:Actor {id: $actorId})-[:ASSERTS]->(n:Claim)
  RETURN DISTINCT n
  UNION ALL
  WITH 1 AS entry WHERE $actorId IS NULL AND $sourceId IS NOT NULL
  MATCH (n:Claim)-[:CITES]->(:Source {id: $sourceId})
  RETURN n
  UNION ALL
  WITH 1 AS entry WHERE $actorId IS NULL AND $sourceId IS NULL AND $storyId IS NOT NULL
  MATCH (n:Claim {storyId: $storyId})
  RETURN n
  UNION ALL
  WITH 1 AS entry WHERE $actorId IS NULL AND $sourceId IS NULL AND $storyId IS NULL
  MATCH (n:Claim)
  RETURN n
}
WITH n
WHERE ($storyId IS NULL OR n.storyId = $storyId)
  AND CASE WHEN $version IS NULL THEN n.current ELSE $version IN n.versions END
  // A default read filters by an editor's corrected kind and text (correctClaim), as Claim.kind and Claim.text answer them.
  AND ($kinds IS NULL OR coalesce(CASE WHEN $version IS NULL AND 'kind' IN coalesce(n.correctedFields, []) THEN head(COLLECT {
      MATCH (:Curation {itemId: n.id})-[:HAS_CORRECTION]->(correction:Correction {field: 'kind'})
      RETURN correction.corrected
    }) END, n.kind) IN $kinds)
  AND ($sections IS NULL OR n.section IN $sections)
  AND ($textContains IS NULL OR toLower(coalesce(CASE WHEN $version IS NULL AND 'text' IN coalesce(n.correctedFields, []) THEN head(COLLECT {
      MATCH (:Curation {itemId: n.id})-[:HAS_CORRECTION]->(correction:Correction {field: 'text'})
      RETURN correction.corrected
    }) END, n.text)) CONTAINS toLower($textContains))
  AND ($actorId IS NULL OR EXISTS { MATCH (:Actor {id: $actorId})-[:ASSERTS]->(n) })
  AND ($sourceId IS NULL OR EXISTS { MATCH (n)-[:CITES]->(:Source {id: $sourceId}) })
