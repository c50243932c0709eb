// The dashboard's limit: a story's graph at its newest version in one statement — its items but
// mentions, the actors they touch, and every edge among them read once from its start node.
MATCH (:Story {id: $id})<-[:IN_STORY]-(n)
WHERE NOT n:Mention AND n.current
WITH collect(n) AS items
CALL (items) {
  UNWIND items AS n
  CALL (n) {
    MATCH (n)-[r]->(m)
    WHERE r.current AND type(r) <> 'IN_STORY' AND NOT m:Mention AND NOT m:SourceIdentity AND NOT m:ClaimIdentity
    RETURN r, m
    UNION ALL
    MATCH (n)<-[r:ASSERTS|PARTICIPATED_IN]-(m:Actor)
    WHERE r.current
    RETURN r, m
  }
  RETURN collect({type: type(r), source: startNode(r).id, target: endNode(r).id}) AS edges,
    collect(DISTINCT CASE WHEN m:Actor THEN m END) AS actors
}
RETURN [n IN items | {id: n.id, type: labels(n)[0], caption: coalesce(n.name, n.title, n.label, n.quote, n.text, n.id)}]
    + [a IN actors | {id: a.id, type: 'Actor', caption: a.name}] AS nodes,
  edges
