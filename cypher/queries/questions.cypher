// Root `questions`: the open questions matching the filter (page.cypher or count.cypher is appended).
MATCH (n:Question)
WHERE ($storyId IS NULL OR n.storyId = $storyId)
  AND CASE WHEN $version IS NULL THEN n.current ELSE $version IN n.versions END
  AND ($textContains IS NULL OR toLower(n.text) CONTAINS toLower($textContains))
