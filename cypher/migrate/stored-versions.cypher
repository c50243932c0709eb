// Every story version with what it was derived from: the story document's text and overlay, or the
// story graph document (JSON) when it was ingested as one. Oldest first, as they were ingested.
MATCH (v:StoryVersion)
RETURN v.storyId AS storyId, v.number AS number, v.document AS document,
       v.sourceFile AS sourceFile, v.sourceText AS sourceText, v.overlayFile AS overlayFile, v.overlayText AS overlayText
ORDER BY v.updatedAt, v.storyId, v.number
