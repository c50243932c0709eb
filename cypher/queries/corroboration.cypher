// Claim.corroboration, for a batch of claims, in one statement: each mention's citations (direct
// only, or with $evidence = 'DIRECT_AND_INHERITED' inherited too) followed along DERIVED_FROM (up to
// 10 hops) to the roots they rest on, a root being a source that derives from nothing in the version
// read (a cited source in a derivation loop with no way out stands for itself). Roots are grouped by
// who made them: their authors, else their publisher, else the root alone. Answers ids, which the
// resolvers read through the loaders at the claim's version; each list at most its $…Limit.
UNWIND $ids AS id
MATCH (c:Claim {id: id})
CALL (c) {
  MATCH (c)-[:HAS_MENTION]->(m:Mention)-[cite:CITES]->(s:Source)
  WHERE CASE WHEN $version IS NULL THEN cite.current ELSE $version IN cite.versions END
    AND (cite.scope = 'direct' OR $evidence = 'DIRECT_AND_INHERITED')
  OPTIONAL MATCH path = (s)-[:DERIVED_FROM*0..10]->(root:Source)
  WHERE all(r IN relationships(path) WHERE CASE WHEN $version IS NULL THEN r.current ELSE $version IN r.versions END)
    AND NOT EXISTS {
      MATCH (root)-[r:DERIVED_FROM]->(:Source)
      WHERE CASE WHEN $version IS NULL THEN r.current ELSE $version IN r.versions END
    }
  WITH m, cite, coalesce(nodes(path), [s]) AS chain, coalesce([r IN relationships(path) | r.how], []) AS derivations
  WITH m, cite, chain, derivations, last(chain) AS root
  WITH m, cite, chain, derivations, root,
    COLLECT {
      MATCH (root)-[r:AUTHORED_BY]->(a:Actor)
      WHERE CASE WHEN $version IS NULL THEN r.current ELSE $version IN r.versions END
      RETURN a.id ORDER BY a.id
    } AS authors,
    COLLECT {
      MATCH (root)-[r:PUBLISHED_BY]->(a:Actor)
      WHERE CASE WHEN $version IS NULL THEN r.current ELSE $version IN r.versions END
      RETURN a.id ORDER BY a.id
    } AS publishers
  WITH m, cite, chain, derivations, root, CASE WHEN size(authors) > 0 THEN authors ELSE publishers END AS makers
  // Within an origin, paths in document order, then by the sources they pass.
  ORDER BY m.position, [n IN chain | n.id]
  WITH CASE WHEN size(makers) > 0 THEN makers ELSE [root.id] END AS origin, makers,
    collect(DISTINCT root.id) AS roots,
    collect({mentionId: m.id, citationScope: cite.scope, sourceIds: [n IN chain | n.id], derivations: derivations}) AS paths
  ORDER BY size(paths) DESC, origin
  RETURN count(origin) AS originCount,
    collect({makerIds: makers[..$makersLimit], rootIds: roots[..$rootsLimit], paths: paths[..$pathsLimit]})[..$originsLimit] AS origins
}
RETURN id, {
  originCount: originCount,
  origins: origins,
  directSources: COUNT {
    MATCH (c)-[:HAS_MENTION]->(:Mention)-[cite:CITES]->(s:Source)
    WHERE CASE WHEN $version IS NULL THEN cite.current ELSE $version IN cite.versions END AND cite.scope = 'direct'
    RETURN DISTINCT s
  },
  evidenceSources: COUNT {
    MATCH (c)-[:HAS_MENTION]->(:Mention)-[cite:CITES]->(s:Source)
    WHERE CASE WHEN $version IS NULL THEN cite.current ELSE $version IN cite.versions END
      AND (cite.scope = 'direct' OR $evidence = 'DIRECT_AND_INHERITED')
    RETURN DISTINCT s
  }
} AS node
