// A reviewer's verdict on a claim taken away (a revert of its first recording); the Changes keep it.
MATCH (:Curation {itemId: $claimId})-[:HAS_VERDICT]->(v:Verdict {id: $id})
DETACH DELETE v
