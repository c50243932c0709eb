// Claim.provenance, for a batch of claims: each cited source with the DERIVED_FROM chain behind it
// (up to 5 hops; each step once, at the depth where it is first reached).
UNWIND $ids AS id
MATCH (:Claim {id: id})-[cite:CITES]->(s:Source)
WHERE CASE WHEN $version IS NULL THEN cite.current ELSE $version IN cite.versions END
OPTIONAL MATCH path = (s)-[:DERIVED_FROM*1..5]->(:Source)
WHERE all(r IN relationships(path) WHERE CASE WHEN $version IS NULL THEN r.current ELSE $version IN r.versions END)
WITH id, s, last(relationships(path)) AS step, min(length(path)) AS depth
ORDER BY depth
WITH id, s, collect(
  CASE WHEN step IS NOT NULL
    THEN {sourceId: startNode(step).id, fromId: endNode(step).id, how: step.how, depth: depth}
  END) AS chain
ORDER BY s.ref IS NULL, s.ref, s.title
RETURN id, collect({source: s {.*}, chain: chain}) AS items
