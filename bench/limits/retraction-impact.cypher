// Story.retractionImpact's limit (direct evidence, one source discounted by id) in one statement: the
// story's sources that fall (every way from them to a root passes the discounted one) or are touched
// (some way does); each claim citing a touched source with its evidence and origins before and after
// (ways through the discounted source taken away); the events and questions citing a fallen source;
// the tension sides whose claims all had evidence and have none left.
MATCH (story:Story {id: $storyId})
CALL (story) {
  MATCH (story)<-[:IN_STORY]-(s:Source {id: $sourceId})
  WHERE s.current
  RETURN collect(s.id) AS discounted
}
CALL (story, discounted) {
  MATCH (story)<-[:IN_STORY]-(s:Source)
  WHERE s.current
  OPTIONAL MATCH path = (s)-[:DERIVED_FROM*0..10]->(root:Source)
  WHERE all(r IN relationships(path) WHERE r.current)
    AND NOT EXISTS { MATCH (root)-[r:DERIVED_FROM]->(:Source) WHERE r.current }
  WITH s, collect(coalesce(nodes(path), [s])) AS ways
  WITH s, ways, [way IN ways WHERE any(n IN way WHERE n.id IN discounted)] AS through
  RETURN collect(CASE WHEN size(through) = size(ways) THEN s.id END) AS fallen,
    collect(CASE WHEN size(through) > 0 THEN s.id END) AS touched
}
CALL (story, discounted, touched) {
  MATCH (story)<-[:IN_STORY]-(c:Claim)-[:HAS_MENTION]->(:Mention)-[cite:CITES]->(s:Source)
  WHERE c.current AND cite.current AND cite.scope = 'direct' AND s.id IN touched
  WITH DISTINCT c
  ORDER BY c.position, c.id
  CALL (c, discounted) {
    MATCH (c)-[:HAS_MENTION]->(:Mention)-[cite:CITES]->(s:Source)
    WHERE cite.current AND cite.scope = 'direct'
    OPTIONAL MATCH path = (s)-[:DERIVED_FROM*0..10]->(root:Source)
    WHERE all(r IN relationships(path) WHERE r.current)
      AND NOT EXISTS { MATCH (root)-[r:DERIVED_FROM]->(:Source) WHERE r.current }
    WITH s, coalesce(nodes(path), [s]) AS chain
    WITH s, chain, last(chain) AS root
    WITH s, chain, root,
      COLLECT { MATCH (root)-[r:AUTHORED_BY]->(a:Actor) WHERE r.current RETURN a.id ORDER BY a.id } AS authors,
      COLLECT { MATCH (root)-[r:PUBLISHED_BY]->(a:Actor) WHERE r.current RETURN a.id ORDER BY a.id } AS publishers
    WITH s, CASE WHEN size(authors) > 0 THEN authors WHEN size(publishers) > 0 THEN publishers ELSE [root.id] END AS origin,
      none(n IN chain WHERE n.id IN discounted) AS stands
    RETURN
      {evidenceSources: count(DISTINCT s), originCount: count(DISTINCT origin)} AS before,
      {evidenceSources: count(DISTINCT CASE WHEN stands THEN s END), originCount: count(DISTINCT CASE WHEN stands THEN origin END)} AS after
  }
  RETURN collect({claimId: c.id, before: before, after: after}) AS claims
}
CALL (story, fallen) {
  MATCH (story)<-[:IN_STORY]-(item)-[cite:CITES]->(s:Source)
  WHERE (item:Event OR item:Question) AND item.current AND cite.current
  WITH item, collect(s.id) AS cited
  WITH item, cited, [source IN cited WHERE source IN fallen] AS lost
  WHERE size(lost) > 0
  ORDER BY item:Question, item.position, item.id
  RETURN collect({itemId: item.id, cited: cited, fallen: lost, lostAll: size(lost) = size(cited)}) AS citedItems
}
CALL (story, fallen) {
  MATCH (story)<-[:IN_STORY]-(t:Tension)-[side:HAS_SIDE]->(c:Claim)
  WHERE t.current AND side.current
  WITH t, side.side AS name, COLLECT {
    MATCH (c)-[:HAS_MENTION]->(:Mention)-[cite:CITES]->(s:Source)
    WHERE cite.current AND cite.scope = 'direct'
    RETURN s.id
  } AS evidence
  WITH t, name, collect(evidence) AS evidences
  WHERE any(e IN evidences WHERE size(e) > 0) AND none(e IN evidences WHERE any(source IN e WHERE NOT source IN fallen))
  WITH t, collect(name) AS sides
  RETURN collect({tensionId: t.id, unsupportedSides: sides}) AS tensions
}
RETURN discounted, fallen, claims, citedItems, tensions
