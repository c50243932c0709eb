// Root `events`: the events matching the filter (page.cypher or count.cypher is appended).
MATCH (n:Event)
WHERE ($storyId IS NULL OR n.storyId = $storyId)
  AND CASE WHEN $version IS NULL THEN n.current ELSE $version IN n.versions END
  AND ($from IS NULL OR n.date >= date($from))
  AND ($to IS NULL OR n.date <= date($to))
  AND ($textContains IS NULL OR toLower(n.text) CONTAINS toLower($textContains))
  AND ($actorId IS NULL OR EXISTS { MATCH (:Actor {id: $actorId})-[:PARTICIPATED_IN]->(n) })
