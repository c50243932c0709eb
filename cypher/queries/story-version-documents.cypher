// The story graph documents of some versions of one story, as ingested (for diffs and reports).
MATCH (:Story {id: $storyId})-[:HAS_VERSION]->(v:StoryVersion)
WHERE v.number IN $numbers
RETURN v.number AS number, v.document AS document
