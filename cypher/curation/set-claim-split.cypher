// A part split off a claim (src/graphql/curation/claim-splits.ts), hung from the claim's Curation
// node, which the write holds locked: a split of the same id is replaced.
MATCH (c:Curation {itemId: $split.claimId})
MERGE (s:ClaimSplit {id: $split.id})
MERGE (c)-[:HAS_SPLIT]->(s)
SET s = $split
