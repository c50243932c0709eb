MERGE (s:Story {id: $story.id})
SET s.title = $story.title,
    s.version = $story.version,
    s.updatedAt = datetime($story.updatedAt),
    s.itemCount = $story.itemCount,
    s.what = $story.what,
    s.whyItMatters = $story.whyItMatters
MERGE (v:StoryVersion {id: $versionId})
SET v.storyId = $story.id,
    v.number = $story.version,
    v.updatedAt = datetime($story.updatedAt),
    v.itemCount = $story.itemCount,
    v.document = $document,
    v.sourceFile = $sourceFile,
    v.sourceText = $sourceText
MERGE (s)-[:HAS_VERSION]->(v)
