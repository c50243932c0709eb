// A reviewer's verdict on a claim or on a part split off it taken away (a revert of its first
// recording); the Changes keep it.
MATCH (v:Verdict {id: $id})
WHERE v.claimId = $claimId
DETACH DELETE v
