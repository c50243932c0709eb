// The audit trail's entry for a change to an API key, in its transaction: a Change as curation
// writes them (src/audit/new-change.ts), CHANGED the key; keys belong to no story, so it has no
// storyId, storyVersion or RECORDED_IN. Its revision counts the key's changes.
MATCH (k:ApiKey {id: $change.itemId})
CREATE (ch:Change)
SET ch = $change, ch.at = datetime($change.at), ch.revision = COUNT { (:Change)-[:CHANGED]->(k) } + 1
CREATE (ch)-[:CHANGED]->(k)
RETURN ch {.*} AS change
