// Re-ingesting a story's latest version: take the version off everything of the story first,
// so that what the new text no longer holds is pruned while what it still holds is put back.
// (Two MATCH clauses, not one pattern, so that r also reaches each node's own IN_STORY edge.)
UNWIND $stories AS row
MATCH (s:Story {id: row.id})
CALL (s, row) {
  MATCH (s)<-[:IN_STORY]-(n)
  SET n.versions = [v IN n.versions WHERE v <> row.version]
}
CALL (s, row) {
  MATCH (s)<-[:IN_STORY]-(n)
  MATCH (n)-[r]-()
  WITH DISTINCT r
  SET r.versions = [v IN r.versions WHERE v <> row.version]
}
CALL (s, row) {
  MATCH (s)<-[r:APPEARS_IN]-(:Actor)
  SET r.versions = [v IN r.versions WHERE v <> row.version]
}
