// A curated relation between two items (src/graphql/curation/curated-relations.ts), hung from its
// first item's Curation node, which the write holds locked: a relation of the same id is replaced.
MATCH (c:Curation {itemId: $relation.fromId})
MERGE (r:CuratedRelation {id: $relation.id})
MERGE (c)-[:HAS_RELATION]->(r)
SET r = $relation
