// Tension.contradictions, for a batch of tensions: the CONTRADICTS edges that back each one, at most
// $first; on a default read without those a curator disputed (removeClaimLink).
UNWIND $ids AS id
MATCH (t:Tension {id: id})
RETURN id, COLLECT {
  MATCH (t)-[:HAS_SIDE {side: 'A'}]->(a:Claim)-[r:CONTRADICTS {tensionId: id}]->(b:Claim)
  WHERE CASE WHEN $version IS NULL
    THEN r.current AND NOT EXISTS {
      MATCH (a)<-[:CURATES]-(:Curation)-[:HAS_RELATION]->(dispute:CuratedRelation {toId: b.id, status: 'DISPUTED'})
      WHERE dispute.relation = type(r)
    }
    ELSE $version IN r.versions END
  WITH a, b
  ORDER BY a.position, b.position
  LIMIT $first
  RETURN {claimId: a.id, contradictsId: b.id, tensionId: id}
} AS items
