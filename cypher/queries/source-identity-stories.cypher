// SourceIdentity.stories, for a batch of identities: the stories whose sources are that item, most
// recently updated first, at most $first. A read at a version of story $storyId sees that story's
// edges as the version held them and every other story's as they are now (as the relation fields do).
UNWIND $ids AS id
MATCH (n:SourceIdentity {id: id})
RETURN id, COLLECT {
  MATCH (n)<-[r:SAME_SOURCE_AS]-(source:Source)-[:IN_STORY]->(story:Story)
  WHERE CASE WHEN $storyId IS NULL OR source.storyId = $storyId
    THEN CASE WHEN $version IS NULL THEN r.current ELSE $version IN r.versions END
    ELSE r.current END
  WITH DISTINCT story
  ORDER BY story.updatedAt DESC, story.id
  LIMIT $first
  RETURN story {.*}
} AS items
