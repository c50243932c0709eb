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
  AND ($kinds IS NULL OR n.kind IN $kinds)
  AND ($sections IS NULL OR n.section IN $sections)
  AND ($textContains IS NULL OR toLower(n.text) CONTAINS toLower($textContains))
  AND ($actorId IS NULL OR EXISTS { MATCH (:Actor {id: $actorId})-[:ASSERTS]->(n) })
  AND ($sourceId IS NULL OR EXISTS { MATCH (n)-[:CITES]->(:Source {id: $sourceId}) })
