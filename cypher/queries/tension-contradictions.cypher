// Tension.contradictions, for a batch of tensions: the CONTRADICTS edges that back each one, at most $first.
UNWIND $ids AS id
MATCH (t:Tension {id: id})
RETURN id, COLLECT {
  MATCH (t)-[:HAS_SIDE {side: 'A'}]->(a:Claim)-[r:CONTRADICTS {tensionId: id}]->(b:Claim)
  WHERE CASE WHEN $version IS NULL THEN r.current ELSE $version IN r.versions END
  WITH a, b
  ORDER BY a.position, b.position
  LIMIT $first
  RETURN {claimId: a.id, contradictsId: b.id, tensionId: id}
} AS items
