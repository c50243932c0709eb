// The audit trail's entry for one curation write, in its transaction: the item's revision goes up
// by one, and the Change records it with the story's newest version (record time) at that moment.
MATCH (c:Curation {itemId: $change.itemId})-[:CURATES]->(item)
MATCH (story:Story {id: item.storyId})
SET c.revision = c.revision + 1
CREATE (ch:Change)
SET ch = $change, ch.at = datetime($change.at), ch.revision = c.revision, ch.storyId = item.storyId, ch.storyVersion = story.version
CREATE (ch)-[:CHANGED]->(item)
CREATE (ch)-[:RECORDED_IN]->(story)
// A revert points at the change it undoes ($reverts, else null: no edge).
WITH ch
CALL (ch) {
  MATCH (reverted:Change {id: $reverts})
  CREATE (ch)-[:REVERTS]->(reverted)
}
RETURN ch {.*} AS change
