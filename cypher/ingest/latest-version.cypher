// The version the graph holds for a story, read inside the ingest transaction so that
// two concurrent ingests of one story cannot both believe they are newest.
OPTIONAL MATCH (s:Story {id: $storyId})
RETURN s.version AS latestVersion
