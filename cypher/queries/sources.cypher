// Root `sources`: the sources matching the filter (page.cypher or count.cypher is appended).
// The CALL enters through the most selective index the filter allows, then every filter applies.
CALL () {
  WITH 1 AS entry WHERE $publisherId IS NOT NULL
  MATCH (n:Source)-[:PUBLISHED_BY]->(:Actor {id: $publisherId})
  RETURN n
  UNION ALL
  WITH 1 AS entry WHERE $publisherId IS NULL AND $storyId IS NOT NULL
  MATCH (n:Source {storyId: $storyId})
  RETURN n
  UNION ALL
  WITH 1 AS entry WHERE $publisherId IS NULL AND $storyId IS NULL
  MATCH (n:Source)
  RETURN n
}
WITH n
WHERE ($storyId IS NULL OR n.storyId = $storyId)
  AND CASE WHEN $version IS NULL THEN n.current ELSE $version IN n.versions END
  AND ($kinds IS NULL OR n.kind IN $kinds)
  AND ($numbered IS NULL OR (n.ref IS NOT NULL) = $numbered)
  AND ($publisherId IS NULL OR EXISTS { MATCH (n)-[:PUBLISHED_BY]->(:Actor {id: $publisherId}) })
