// A split taken away (a revert of splitClaim): the Change keeps what it was.
MATCH (s:ClaimSplit {id: $id})
DETACH DELETE s
