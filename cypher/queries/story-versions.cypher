// Story.versions, for a batch of stories, oldest first.
UNWIND $ids AS id
MATCH (:Story {id: id})-[:HAS_VERSION]->(v:StoryVersion)
WITH id, v
ORDER BY v.number
RETURN id, collect(v {.number, .updatedAt, .itemCount}) AS items
