// The fact-checker's limit: a claim's provenance in one statement — who asserts it on which channel,
// its cited sources with their publisher and each DERIVED_FROM step behind them (up to 5 hops, each
// once at the depth first reached), and the claims it contradicts and that contradict it.
MATCH (c:Claim {id: $id})
CALL (c) {
  MATCH (c)-[cite:CITES]->(s:Source)
  WHERE cite.current
  WITH s,
    COLLECT {
      MATCH (s)-[p:PUBLISHED_BY]->(a:Actor)
      WHERE p.current
      RETURN {id: a.id, name: a.name}
      ORDER BY a.name, a.id
      LIMIT 1
    } AS publisher,
    COLLECT {
      MATCH path = (s)-[:DERIVED_FROM*1..5]->(:Source)
      WHERE all(r IN relationships(path) WHERE r.current)
      WITH last(relationships(path)) AS step, min(length(path)) AS depth
      RETURN {source: startNode(step).id, from: endNode(step).id, how: step.how, depth: depth}
    } AS chain
  RETURN collect({id: s.id, title: s.title, publisher: publisher, chain: chain}) AS sources
}
RETURN c.id AS id, c.text AS text,
  COLLECT {
    MATCH (c)<-[r:ASSERTS]-(a:Actor)
    WHERE r.current
    RETURN {id: a.id, name: a.name, channel: r.channel}
  } AS assertions,
  sources,
  COLLECT { MATCH (c)-[r:CONTRADICTS]->(d:Claim) WHERE r.current RETURN {id: d.id, text: d.text} } AS contradicts,
  COLLECT { MATCH (c)<-[r:CONTRADICTS]-(d:Claim) WHERE r.current RETURN {id: d.id, text: d.text} } AS contradictedBy
