// Root `curationConflicts`: every correction of a story's claims (at most one per claim and field), with the
// Change that set it last; curation-conflicts.ts compares each with what the newest version says.
MATCH (c:Curation {storyId: $storyId})-[:HAS_CORRECTION]->(k:Correction)
OPTIONAL MATCH (change:Change {itemId: k.claimId, revision: k.revision})
WITH k, change ORDER BY k.claimId, k.field
RETURN k {.*, change: change {.*}} AS correction
