// `current` marks what the story's newest version holds, so that default reads need no version math.
// The writer sets it on everything the newest version holds; this takes it off what that version
// dropped. Reading every item but writing only the few that change is what keeps it cheap.
UNWIND $storyIds AS storyId
MATCH (s:Story {id: storyId})
CALL (s) {
  MATCH (s)<-[:IN_STORY]-(n)
  WHERE n.current AND NOT s.version IN n.versions
  SET n.current = false
}
CALL (s) {
  MATCH (s)<-[:IN_STORY]-(n)
  MATCH (n)-[r]-()
  WHERE r.current AND NOT s.version IN r.versions
  WITH DISTINCT r
  SET r.current = false
}
CALL (s) {
  MATCH (s)<-[r:APPEARS_IN]-(:Actor)
  WHERE r.current AND NOT s.version IN r.versions
  SET r.current = false
}
