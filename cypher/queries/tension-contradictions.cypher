// Tension.contradictions, for a batch of tensions: the CONTRADICTS edges that back each one.
UNWIND $ids AS id
MATCH (:Tension {id: id})-[:HAS_SIDE {side: 'A'}]->(a:Claim)-[r:CONTRADICTS {tensionId: id}]->(b:Claim)
WHERE CASE WHEN $version IS NULL THEN r.current ELSE $version IN r.versions END
WITH id, a, b
ORDER BY a.position, b.position
RETURN id, collect({claimId: a.id, contradictsId: b.id, tensionId: id}) AS items
