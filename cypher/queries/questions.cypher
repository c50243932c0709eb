// Root `questions`: the open questions matching the filter (page.cypher or count.cypher is appended).
// The CALL enters through the story index when the filter names a story, then every filter applies.
CALL () {
  WITH 1 AS entry WHERE $storyId IS NOT NULL
  MATCH (n:Question {storyId: $storyId})
  RETURN n
  UNION ALL
  WITH 1 AS entry WHERE $storyId IS NULL
  MATCH (n:Question)
  RETURN n
}
WITH n
WHERE CASE WHEN $version IS NULL THEN n.current ELSE $version IN n.versions END
  AND ($textContains IS NULL OR toLower(n.text) CONTAINS toLower($textContains))
