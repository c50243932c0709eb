// Root `claims`: the claims matching the filter (page.cypher or count.cypher is appended).
MATCH (n:Claim)
WHERE ($storyId IS NULL OR n.storyId = $storyId)
  AND CASE WHEN $version IS NULL THEN n.current ELSE $version IN n.versions END
  AND ($kinds IS NULL OR n.kind IN $kinds)
  AND ($sections IS NULL OR n.section IN $sections)
  AND ($textContains IS NULL OR toLower(n.text) CONTAINS toLower($textContains))
  AND ($actorId IS NULL OR EXISTS { MATCH (:Actor {id: $actorId})-[:ASSERTS]->(n) })
  AND ($sourceId IS NULL OR EXISTS { MATCH (n)-[:CITES]->(:Source {id: $sourceId}) })
