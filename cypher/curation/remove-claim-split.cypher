// A split taken away (a revert of splitClaim): the Change keeps what it was. The claim stays marked
// `mentionsCurated` (set-claim-split.cypher) while a split or a merge into it remains.
MATCH (s:ClaimSplit {id: $id})
WITH s, s.claimId AS claimId
DETACH DELETE s
WITH claimId
MATCH (claim:Claim {id: claimId})
SET claim.mentionsCurated = EXISTS { (:Curation {itemId: claimId})-[:HAS_SPLIT]->(:ClaimSplit) }
  OR EXISTS { MATCH (mergeInto:CuratedRelation {toId: claimId}) WHERE mergeInto.relation = 'MERGED_INTO' }
