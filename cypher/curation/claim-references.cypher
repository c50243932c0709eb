// Whether a claim correction names what the claim's story holds in its newest version: its speaker
// an actor of the story, its citations numbered sources of the story. Answers what it does not hold.
MATCH (claim:Claim {id: $claimId})
RETURN
  $speakerId IS NOT NULL AND NOT EXISTS {
    MATCH (:Actor {id: $speakerId})-[r:APPEARS_IN]->(:Story {id: claim.storyId}) WHERE r.current
  } AS unknownSpeaker,
  [id IN $sourceIds WHERE NOT EXISTS {
    MATCH (source:Source {id: id}) WHERE source.storyId = claim.storyId AND source.current AND source.ref IS NOT NULL
  }] AS unknownSources
