// Drops what no version of the story holds any longer (left behind by a retracted version).
// Nodes go first: deleting their edges first would cut the IN_STORY path that finds them.
UNWIND $storyIds AS storyId
MATCH (s:Story {id: storyId})
// First the identities only what goes pointed to: shared nodes that no story records any longer.
CALL (s) {
  MATCH (s)<-[:IN_STORY]-(n)-[r:SAME_SOURCE_AS|SAME_CLAIM_AS]->(identity)
  WHERE r.versions = []
  WITH DISTINCT identity
  WHERE NOT EXISTS { MATCH (identity)<-[kept]-() WHERE kept.versions <> [] }
  DETACH DELETE identity
}
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
