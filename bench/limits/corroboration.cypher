// Claim.corroboration's limit (direct evidence, nothing discounted) in one statement: each mention's
// direct citations followed along DERIVED_FROM (up to 10 hops) to their roots (a source deriving from
// nothing; one in a loop with no way out stands for itself), the roots grouped by who made them
// (authors, else publisher, else the root alone), each origin with its makers, roots and paths.
MATCH (c:Claim {id: $id})
CALL (c) {
  MATCH (c)-[:HAS_MENTION]->(m:Mention)-[cite:CITES]->(s:Source)
  WHERE cite.current AND cite.scope = 'direct'
  OPTIONAL MATCH path = (s)-[:DERIVED_FROM*0..10]->(root:Source)
  WHERE all(r IN relationships(path) WHERE r.current)
    AND NOT EXISTS { MATCH (root)-[r:DERIVED_FROM]->(:Source) WHERE r.current }
  WITH m, cite, s, coalesce(nodes(path), [s]) AS chain, coalesce([r IN relationships(path) | r.how], []) AS derivations
  WITH m, cite, s, chain, derivations, last(chain) AS root
  WITH m, cite, s, chain, derivations, root,
    COLLECT { MATCH (root)-[r:AUTHORED_BY]->(a:Actor) WHERE r.current RETURN a ORDER BY a.id } AS authors,
    COLLECT { MATCH (root)-[r:PUBLISHED_BY]->(a:Actor) WHERE r.current RETURN a ORDER BY a.id } AS publishers
  WITH m, cite, s, chain, derivations, root, CASE WHEN size(authors) > 0 THEN authors ELSE publishers END AS makers
  WITH collect({
    origin: CASE WHEN size(makers) > 0 THEN [a IN makers | a.id] ELSE [root.id] END,
    makers: [a IN makers | {id: a.id, name: a.name}],
    root: {id: root.id, title: root.title},
    cited: s.id,
    path: {mention: {id: m.id, line: m.line}, citationScope: cite.scope, sources: [n IN chain | n.id], derivations: derivations}
  }) AS ways
  RETURN size(COLLECT { UNWIND ways AS way RETURN DISTINCT way.cited }) AS cited, COLLECT {
    UNWIND ways AS way
    WITH way.origin AS origin, way.makers AS makers, collect(DISTINCT way.root) AS roots, collect(way.path) AS paths
    ORDER BY size(paths) DESC, origin
    RETURN {makers: makers, roots: roots, paths: paths}
  } AS origins
}
RETURN cited AS directSources, cited AS evidenceSources, cited = 0 AS inheritedOnly,
  size(origins) AS originCount, size(origins) = 1 AS singleOrigin, origins
