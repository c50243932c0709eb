// Root `actors`: the actors matching the filter (page.cypher or count.cypher is appended).
MATCH (n:Actor)
WHERE ($kinds IS NULL OR n.kind IN $kinds)
  AND ($nameContains IS NULL OR toLower(n.name) CONTAINS toLower($nameContains))
  AND ($storyId IS NULL OR EXISTS { MATCH (n)-[r:APPEARS_IN]->(:Story {id: $storyId}) WHERE r.current })
