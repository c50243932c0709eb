// Story.graph, for a batch of stories at one version ($version null: the newest): the story's
// nodes (and the actors they touch) with every edge among them, IN_STORY bookkeeping left out.
UNWIND $ids AS id
MATCH (s:Story {id: id})
CALL (s) {
  MATCH (s)<-[:IN_STORY]-(n)
  WHERE CASE WHEN $version IS NULL THEN n.current ELSE $version IN n.versions END
  OPTIONAL MATCH (n)-[r]-(m)
  WHERE type(r) <> 'IN_STORY'
    AND CASE WHEN $version IS NULL THEN r.current ELSE $version IN r.versions END
  RETURN collect(DISTINCT n) + collect(DISTINCT m) AS members, collect(DISTINCT r) AS edges
}
WITH id, members, edges
RETURN id, {
  nodes: [x IN members | {
    id: x.id,
    type: labels(x)[0],
    caption: coalesce(x.name, x.title, x.label, x.quote, x.text, x.id)
  }],
  edges: [r IN edges | {
    type: type(r),
    source: startNode(r).id,
    target: endNode(r).id,
    channel: r.channel,
    side: r.side,
    tensionId: r.tensionId
  }]
} AS node
