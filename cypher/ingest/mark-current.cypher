// `current` marks what the story's newest version holds, so that default reads need no version math.
MATCH (s:Story {id: $storyId})
CALL (s) {
  MATCH (s)<-[:IN_STORY]-(n)
  SET n.current = s.version IN n.versions
}
CALL (s) {
  MATCH (s)<-[:IN_STORY]-(n)
  MATCH (n)-[r]-()
  WHERE r.versions IS NOT NULL
  WITH DISTINCT s, r
  SET r.current = s.version IN r.versions
}
CALL (s) {
  MATCH (s)<-[r:APPEARS_IN]-(:Actor)
  SET r.current = s.version IN r.versions
}
