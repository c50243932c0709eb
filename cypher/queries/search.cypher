// Root `search`: full-text hits across the chosen indexes, best first. $text arrives escaped,
// so Lucene reads it as plain words; over-fetching leaves room for the story/current filter.
// Properties are read only for the hits kept, not for every candidate.
UNWIND $indexes AS index
CALL db.index.fulltext.queryNodes(index, $text, {limit: $candidates}) YIELD node, score
WHERE node.current AND ($storyId IS NULL OR node.storyId = $storyId)
WITH node, score
ORDER BY score DESC, node.id
LIMIT $limit
RETURN node {.*} AS node, score
