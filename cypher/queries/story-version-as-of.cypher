// The `asOf` of Story fields, for a batch of stories at one instant: the newest version recorded
// at or before $asOf (record time), or none.
UNWIND $ids AS id
MATCH (:Story {id: id})-[:HAS_VERSION]->(v:StoryVersion)
WHERE v.recordedAt <= datetime($asOf)
RETURN id, {number: max(v.number)} AS node
