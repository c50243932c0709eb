// Root `perspectives`: the perspectives matching the filter (page.cypher or count.cypher is appended).
MATCH (n:Perspective)
WHERE ($storyId IS NULL OR n.storyId = $storyId)
  AND CASE WHEN $version IS NULL THEN n.current ELSE $version IN n.versions END
  AND ($actorId IS NULL OR EXISTS { MATCH (n)-[:HELD_BY]->(:Actor {id: $actorId}) })
