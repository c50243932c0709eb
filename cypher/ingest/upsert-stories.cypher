// One row per story version of the batch. Only a version not ingested before lacks `number`
// right after its MERGE (the writer sets it on every version), which is how it is told apart.
// `recordedAt` is when the graph first recorded the version: its record time, which `asOf` reads by
// (kept when the version is written again, as a migration re-deriving it does).
UNWIND $stories AS row
MERGE (s:Story {id: row.story.id})
SET s.title = row.story.title,
    s.version = row.story.version,
    s.updatedAt = datetime(row.story.updatedAt),
    s.itemCount = row.story.itemCount,
    s.what = row.story.what,
    s.whyItMatters = row.story.whyItMatters,
    s.narratorId = row.story.narratorId
MERGE (v:StoryVersion {id: row.versionId})
WITH s, v, row, v.number IS NULL AS versionCreated
SET v.storyId = row.story.id,
    v.number = row.story.version,
    v.updatedAt = datetime(row.story.updatedAt),
    v.recordedAt = coalesce(v.recordedAt, datetime()),
    v.itemCount = row.story.itemCount,
    v.document = row.document,
    v.sourceFile = row.sourceFile,
    v.sourceText = row.sourceText,
    v.overlayFile = row.overlayFile,
    v.overlayText = row.overlayText
MERGE (s)-[:HAS_VERSION]->(v)
RETURN row.story.id AS storyId, versionCreated
