// Root `sources`: the sources matching the filter (page.cypher or count.cypher is appended).
MATCH (n:Source)
WHERE ($storyId IS NULL OR n.storyId = $storyId)
  AND CASE WHEN $version IS NULL THEN n.current ELSE $version IN n.versions END
  AND ($kinds IS NULL OR n.kind IN $kinds)
  AND ($numbered IS NULL OR (n.ref IS NOT NULL) = $numbered)
  AND ($publisherId IS NULL OR EXISTS { MATCH (n)-[:PUBLISHED_BY]->(:Actor {id: $publisherId}) })
