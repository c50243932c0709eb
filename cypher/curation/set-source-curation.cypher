// A source's reliability or retraction properties on its Curation node; $properties holds only
// the keys curation-write.ts names for the one it sets.
MATCH (c:Curation {itemId: $sourceId})
SET c += $properties
