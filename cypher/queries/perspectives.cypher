// Root `perspectives`: the perspectives matching the filter (page.cypher or count.cypher is appended).
// The CALL enters through the most selective index the filter allows, then every filter applies.
CALL () {
  WITH 1 AS entry WHERE $actorId IS NOT NULL
  MATCH (n:Perspective)-[:HELD_BY]->(:Actor {id: $actorId})
  RETURN n
  UNION ALL
  WITH 1 AS entry WHERE $actorId IS NULL AND $storyId IS NOT NULL
  MATCH (n:Perspective {storyId: $storyId})
  RETURN n
  UNION ALL
  WITH 1 AS entry WHERE $actorId IS NULL AND $storyId IS NULL
  MATCH (n:Perspective)
  RETURN n
}
WITH n
WHERE ($storyId IS NULL OR n.storyId = $storyId)
  AND CASE WHEN $version IS NULL THEN n.current ELSE $version IN n.versions END
