// Story.versions, for a batch of stories, oldest first, at most $first each.
UNWIND $ids AS id
MATCH (story:Story {id: id})
RETURN id, COLLECT {
  MATCH (story)-[:HAS_VERSION]->(v:StoryVersion)
  WITH v ORDER BY v.number
  LIMIT $first
  RETURN v {.number, .updatedAt, .recordedAt, .itemCount}
} AS items
