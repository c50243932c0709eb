// Root `search`: full-text hits across the chosen indexes, best first. $text arrives escaped,
// so Lucene reads it as plain words; over-fetching leaves room for the story/current filter.
// Actors belong to no one story: they pass the story filter by appearing in it at its newest version.
// Properties are read only for the hits kept, not for every candidate.
UNWIND $indexes AS index
CALL db.index.fulltext.queryNodes(index, $text, {limit: $candidates}) YIELD node, score
WHERE CASE
  WHEN node:Actor THEN $storyId IS NULL OR EXISTS { (node)-[r:APPEARS_IN]->(:Story {id: $storyId}) WHERE r.current }
  ELSE node.current AND ($storyId IS NULL OR node.storyId = $storyId)
END
WITH node, score
ORDER BY score DESC, node.id
LIMIT $limit
RETURN node {.*} AS node, score
