// The corrections of claims by id, by field name, each with the Change that set it last (the
// claim's change at the revision the correction records).
UNWIND $ids AS id
MATCH (:Curation {itemId: id})-[:HAS_CORRECTION]->(k:Correction)
OPTIONAL MATCH (change:Change {itemId: id, revision: k.revision})
WITH id, k, change ORDER BY k.field
RETURN id, collect(k {.*, change: change {.*}}) AS items
