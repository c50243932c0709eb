// Some versions of one story as ingested: their story graph documents and source texts
// (for diffs and consistency reports).
MATCH (:Story {id: $storyId})-[:HAS_VERSION]->(v:StoryVersion)
WHERE v.number IN $numbers
RETURN v.number AS number, v.document AS document, v.sourceFile AS sourceFile, v.sourceText AS sourceText
