// Root `search`: full-text hits across the chosen indexes, best first. $text arrives escaped,
// so Lucene reads it as plain words; over-fetching leaves room for the story/current filter.
// With $sourcesByMaker, a source is also found by its makers' names and aliases (a publisher or an
// author as the document writes them: "Zuckerberg" finds the recording he made), scored as its maker;
// only the best $limit makers, as only the best $limit actors could be hits themselves.
// Actors belong to no one story: they pass the story filter by appearing in it at its newest version.
// Properties are read only for the hits kept, not for every candidate.
CALL () {
  UNWIND $indexes AS index
  CALL db.index.fulltext.queryNodes(index, $text, {limit: $candidates}) YIELD node, score
  RETURN node, score
  UNION ALL
  // A claim an editor corrected is found by its corrected words too (its document's still find it).
  WITH 1 AS claims WHERE 'claim_text' IN $indexes
  CALL db.index.fulltext.queryNodes('correction_text', $text, {limit: $candidates}) YIELD node AS correction, score
  WHERE correction.field = 'text'
  MATCH (correction)<-[:HAS_CORRECTION]-(:Curation)-[:CURATES]->(node:Claim)
  RETURN node, score
  UNION ALL
  CALL db.index.fulltext.queryNodes('actor_text', $text, {limit: $limit}) YIELD node AS maker, score
  WHERE $sourcesByMaker
  // A maker's sources share its score, so ties go by id: its first $limit by id are all it can place.
  CALL (maker) {
    MATCH (maker)<-[made:PUBLISHED_BY|AUTHORED_BY]-(node:Source)
    WHERE made.current AND node.current AND ($storyId IS NULL OR node.storyId = $storyId)
    RETURN DISTINCT node
    ORDER BY node.id
    LIMIT $limit
  }
  RETURN node, score
}
WITH node, max(score) AS score
WHERE CASE
  WHEN node:Actor THEN $storyId IS NULL OR EXISTS { (node)-[r:APPEARS_IN]->(:Story {id: $storyId}) WHERE r.current }
  ELSE node.current AND ($storyId IS NULL OR node.storyId = $storyId)
END
WITH node, score
ORDER BY score DESC, node.id
LIMIT $limit
RETURN node {.*} AS node, score
