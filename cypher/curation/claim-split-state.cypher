// Read under the claim's lock: the mentions the story's newest version gives the claim (a claim the
// newest version dropped: those of the last version holding it), in document order, and the
// mentions its splits already moved off it, with the split that moved each.
MATCH (claim:Claim {id: $claimId})
RETURN
  COLLECT {
    MATCH (claim)-[r:HAS_MENTION]->(m:Mention)
    WHERE r.current OR (claim.current = false AND last(claim.versions) IN r.versions)
    RETURN m.id ORDER BY m.position
  } AS mentionIds,
  COLLECT {
    MATCH (:Curation {itemId: $claimId})-[:HAS_SPLIT]->(s:ClaimSplit)
    UNWIND s.mentionIds AS mentionId
    RETURN {mentionId: mentionId, splitId: s.id}
  } AS moved
