// The version the graph holds for a story: the seed asks before deciding whether to write it.
OPTIONAL MATCH (s:Story {id: $storyId})
RETURN s.version AS latestVersion
