// Stories whose newest version keeps no stored version node: a migration could not derive that
// version again, and would silently roll the story back.
MATCH (s:Story)
WHERE NOT EXISTS { MATCH (s)-[:HAS_VERSION]->(:StoryVersion {number: s.version}) }
RETURN s.id AS storyId, s.version AS version
ORDER BY storyId
