// Drops what no version of the story holds any longer (left behind by a retracted version).
// Nodes go first: deleting their edges first would cut the IN_STORY path that finds them.
UNWIND $storyIds AS storyId
MATCH (s:Story {id: storyId})
CALL (s) {
  MATCH (s)<-[:IN_STORY]-(n)
  WHERE n.versions = []
  OPTIONAL MATCH (n)-[:HAS_STATE]->(state:ItemState)
  DETACH DELETE n, state
}
CALL (s) {
  MATCH (s)<-[:IN_STORY]-(n)
  MATCH (n)-[r]-()
  WHERE r.versions = []
  WITH DISTINCT r
  DELETE r
}
CALL (s) {
  MATCH (s)<-[r:APPEARS_IN]-(:Actor)
  WHERE r.versions = []
  DELETE r
}
