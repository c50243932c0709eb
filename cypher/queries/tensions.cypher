// Root `tensions`: the tensions matching the filter (page.cypher or count.cypher is appended).
// The CALL enters through the most selective index the filter allows, then every filter applies.
CALL () {
  WITH 1 AS entry WHERE $claimId IS NOT NULL
  MATCH (n:Tension)-[:HAS_SIDE]->(:Claim {id: $claimId})
  RETURN DISTINCT n
  UNION ALL
  WITH 1 AS entry WHERE $claimId IS NULL AND $storyId IS NOT NULL
  MATCH (n:Tension {storyId: $storyId})
  RETURN n
  UNION ALL
  WITH 1 AS entry WHERE $claimId IS NULL AND $storyId IS NULL
  MATCH (n:Tension)
  RETURN n
}
WITH n
WHERE ($storyId IS NULL OR n.storyId = $storyId)
  AND CASE WHEN $version IS NULL THEN n.current ELSE $version IN n.versions END
