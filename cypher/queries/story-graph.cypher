// Story.graph and Query.graph, for a batch of stories at one version ($version null: the newest): the story's
// nodes (and the actors they touch) with every edge among them, IN_STORY bookkeeping left out,
// and without mentions: the graph draws claims; where each is stated is Claim.mentions' to answer.
// Nor identities: what other stories share with this one is Source.identity's and Claim.identity's.
// Each edge is read once, from its start node: a story item for every type the writer creates
// (src/model/graph-vocabulary.ts, RELATIONSHIPS) but ASSERTS and PARTICIPATED_IN, which start at an actor.
// $nodeLimit and $edgeLimit are one over the bounds of StoryGraph.nodes and .edges: a story larger
// than those is refused as a whole (RESULT_TOO_LARGE), never drawn with parts missing.
UNWIND $ids AS id
MATCH (s:Story {id: id})
CALL (s) {
  MATCH (s)<-[:IN_STORY]-(n)
  WHERE NOT n:Mention AND CASE WHEN $version IS NULL THEN n.current ELSE $version IN n.versions END
  WITH n LIMIT $nodeLimit
  // Captions are the words the version held (neighbourAtVersion of src/model/graph-vocabulary.ts).
  RETURN collect(n) AS items, collect({type: labels(n)[0], node: CASE WHEN $version IS NULL THEN n
    ELSE coalesce(head(COLLECT {
      MATCH (n)-[:HAS_STATE]->(state:ItemState)
      WHERE ($storyId IS NULL OR n.storyId = $storyId) AND $version IN state.versions
      RETURN state {.*, id: n.id, versions: n.versions, current: n.current, atStoryId: $storyId, atVersion: $version}
    }), n {.*, atStoryId: $storyId, atVersion: $version}) END}) AS held
}
CALL (items) {
  UNWIND items AS n
  CALL (n) {
    MATCH (n)-[r]->(m)
    WHERE type(r) <> 'IN_STORY' AND NOT m:Mention AND NOT m:SourceIdentity AND NOT m:ClaimIdentity
    RETURN r, m
    UNION ALL
    MATCH (n)<-[r:ASSERTS|PARTICIPATED_IN]-(m:Actor)
    RETURN r, m
  }
  WITH r, m
  WHERE CASE WHEN $version IS NULL THEN r.current ELSE $version IN r.versions END
  WITH r, m LIMIT $edgeLimit
  RETURN collect(r) AS edges, collect(DISTINCT CASE WHEN m:Actor THEN m END) AS actors
}
// Each node's key attributes are the properties of its type that hold them (only events have a
// datePrecision, only sources a publisher); enum values of `kind` are written as the API's enums.
RETURN id, {
  nodes: [x IN held + [actor IN actors | {type: 'Actor', node: actor}] | {
    id: x.node.id,
    type: x.type,
    caption: coalesce(x.node.name, x.node.title, x.node.label, x.node.quote, x.node.text, x.node.id),
    storyId: CASE WHEN x.type = 'Actor' THEN null ELSE id END,
    kind: toUpper(x.node.kind),
    section: x.node.section,
    date: coalesce(x.node.date, x.node.publishedAt),
    datePrecision: x.node.datePrecision,
    publisher: x.node.publisher,
    ref: x.node.ref,
    channel: x.node.channel
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
