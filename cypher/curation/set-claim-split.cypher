// A part split off a claim (src/graphql/curation/claim-splits.ts), hung from the claim's Curation
// node, which the write holds locked: a split of the same id is replaced. The claim is marked
// `mentionsCurated`, so that the analytics (corroboration.cypher) look for the mentions it lost
// only on claims that have some.
MATCH (c:Curation {itemId: $split.claimId})
MERGE (s:ClaimSplit {id: $split.id})
MERGE (c)-[:HAS_SPLIT]->(s)
SET s = $split
WITH c
MATCH (c)-[:CURATES]->(claim:Claim)
SET claim.mentionsCurated = EXISTS { (:Curation {itemId: claim.id})-[:HAS_SPLIT]->(:ClaimSplit) }
  OR EXISTS { MATCH (mergeInto:CuratedRelation {toId: claim.id}) WHERE mergeInto.relation = 'MERGED_INTO' }
