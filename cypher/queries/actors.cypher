// Root `actors`: the actors matching the filter (page.cypher or count.cypher is appended).
// The CALL enters through the story when the filter names one, then every filter applies.
CALL () {
  WITH 1 AS entry WHERE $storyId IS NOT NULL
  MATCH (:Story {id: $storyId})<-[r:APPEARS_IN]-(n:Actor)
  WHERE r.current
  RETURN n
  UNION ALL
  WITH 1 AS entry WHERE $storyId IS NULL
  MATCH (n:Actor)
  RETURN n
}
WITH n
WHERE ($kinds IS NULL OR n.kind IN $kinds)
  AND ($nameContains IS NULL OR toLower(n.name) CONTAINS toLower($nameContains))
