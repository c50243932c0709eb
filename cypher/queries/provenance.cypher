// Claim.provenance, for a batch of claims, in one statement, each list at most its $…Limit (the
// bounds schema.graphql states for the fields it answers): who asserts the claim, and each cited
// source with its publisher, its authors and the DERIVED_FROM chain behind it (up to 5 hops; each
// step once, at the depth where it is first reached). At a version ($version of $storyId) every node
// is what that version held (neighbourAtVersion of src/model/graph-vocabulary.ts). It returns whole nodes, so that a
// fact-checker's selection needs no further round trip (the loaders prime their caches with them),
// the claim itself included: a lookup of a claim by id that asks for its provenance runs this instead.
// The edge filter of assertions, publishers and authors is relationQuery's (src/graphql/loaders/relations.ts),
// edgeInVersionFrom of src/model/graph-vocabulary.ts: the same items in the same order as Claim.assertedBy,
// Source.publishedBy and Source.authors.
// On a read of the newest version ($newest): a claim's corrected citations, and curated derivations in the chains.
UNWIND $ids AS id
MATCH (c:Claim {id: id})
CALL (c) {
  RETURN COLLECT {
    MATCH (c)<-[r:ASSERTS]-(a:Actor)
    WHERE CASE WHEN $version IS NULL
      THEN r.current OR (c.current = false AND last(c.versions) IN r.versions)
      ELSE $version IN r.versions END
    WITH r, a ORDER BY a.name, a.id
    LIMIT $assertionsLimit
    WITH r, CASE WHEN $version IS NULL THEN a
      ELSE coalesce(head(COLLECT {
        MATCH (a)-[:HAS_STATE]->(state:ItemState)
        WHERE ($storyId IS NULL OR a.storyId = $storyId) AND $version IN state.versions
        RETURN state {.*, id: a.id, versions: a.versions, current: a.current, atStoryId: $storyId, atVersion: $version}
      }), a {.*, atStoryId: $storyId, atVersion: $version}) END AS actor
    RETURN {node: actor {.*}, edge: r {.*}}
  } AS assertions
}
CALL (c) {
  // The claim's evidence: what it cites, or on a read of the newest version ($newest) an editor's
  // corrected citations (Mutation.correctClaim), of which, as of the document's, the direct ones, or
  // where none, the inherited ones. The claim names its corrected fields: an uncorrected one looks nothing up.
  CALL (c) {
    WITH c WHERE NOT ($newest AND 'citations' IN coalesce(c.correctedFields, []))
    MATCH (c)-[cite:CITES]->(s:Source)
    WHERE CASE WHEN $version IS NULL THEN cite.current ELSE $version IN cite.versions END
    RETURN s, cite.scope AS scope
    UNION ALL
    WITH c WHERE $newest AND 'citations' IN coalesce(c.correctedFields, [])
    MATCH (:Curation {itemId: c.id})-[:HAS_CORRECTION]->(k:Correction {field: 'citations'})
    UNWIND range(0, size(k.correctedSourceIds) - 1) AS at
    WITH k, at WHERE k.correctedScopes[at] = CASE WHEN 'direct' IN k.correctedScopes THEN 'direct' ELSE 'inherited' END
    MATCH (s:Source {id: k.correctedSourceIds[at]})
    RETURN s, k.correctedScopes[at] AS scope
  }
  OPTIONAL MATCH path = (s)-[:DERIVED_FROM|CURATED_DERIVED_FROM*1..5]->(:Source)
  WHERE all(r IN relationships(path) WHERE (CASE WHEN $version IS NULL THEN r.current ELSE $version IN r.versions END
    OR (type(r) = 'CURATED_DERIVED_FROM' AND $newest AND startNode(r).current AND endNode(r).current
      AND NOT EXISTS { MATCH (:Source {id: startNode(r).id})-[statedStep:DERIVED_FROM]->(:Source {id: endNode(r).id}) WHERE statedStep.current })))
  WITH s, scope, last(relationships(path)) AS step, min(length(path)) AS depth
  WITH s, scope, step, depth, startNode(step) AS relay, endNode(step) AS origin
  // Within a depth, a stable order (as Source.derivedFrom lists): otherwise the order, and the chain cut, vary with storage.
  ORDER BY depth, origin.ref IS NULL, origin.ref, origin.title, origin.id
  WITH s, scope, step, depth, CASE WHEN $version IS NULL THEN relay
    ELSE coalesce(head(COLLECT {
      MATCH (relay)-[:HAS_STATE]->(state:ItemState)
      WHERE ($storyId IS NULL OR relay.storyId = $storyId) AND $version IN state.versions
      RETURN state {.*, id: relay.id, versions: relay.versions, current: relay.current, atStoryId: $storyId, atVersion: $version}
    }), relay {.*, atStoryId: $storyId, atVersion: $version}) END AS relayAt, CASE WHEN $version IS NULL THEN origin
    ELSE coalesce(head(COLLECT {
      MATCH (origin)-[:HAS_STATE]->(state:ItemState)
      WHERE ($storyId IS NULL OR origin.storyId = $storyId) AND $version IN state.versions
      RETURN state {.*, id: origin.id, versions: origin.versions, current: origin.current, atStoryId: $storyId, atVersion: $version}
    }), origin {.*, atStoryId: $storyId, atVersion: $version}) END AS originAt
  WITH s, scope, collect(
    CASE WHEN step IS NOT NULL
      THEN {source: relayAt {.*}, from: originAt {.*}, how: step.how, kind: step.kind, depth: depth}
    END)[..$chainLimit] AS chain
  ORDER BY s.ref IS NULL, s.ref, s.title
  LIMIT $sourcesLimit
  WITH s, scope, chain, CASE WHEN $version IS NULL THEN s
    ELSE coalesce(head(COLLECT {
      MATCH (s)-[:HAS_STATE]->(state:ItemState)
      WHERE ($storyId IS NULL OR s.storyId = $storyId) AND $version IN state.versions
      RETURN state {.*, id: s.id, versions: s.versions, current: s.current, atStoryId: $storyId, atVersion: $version}
    }), s {.*, atStoryId: $storyId, atVersion: $version}) END AS sourceAt
  RETURN collect({
    source: sourceAt {.*},
    citationScope: scope,
    chain: chain,
    publisher: COLLECT {
      MATCH (s)-[r:PUBLISHED_BY]->(m:Actor)
      WHERE CASE WHEN $version IS NULL
        THEN r.current OR (s.current = false AND last(s.versions) IN r.versions)
        ELSE $version IN r.versions END
      WITH r, m ORDER BY m.name, m.id
      LIMIT $publisherLimit
      WITH r, CASE WHEN $version IS NULL THEN m
        ELSE coalesce(head(COLLECT {
          MATCH (m)-[:HAS_STATE]->(state:ItemState)
          WHERE ($storyId IS NULL OR m.storyId = $storyId) AND $version IN state.versions
          RETURN state {.*, id: m.id, versions: m.versions, current: m.current, atStoryId: $storyId, atVersion: $version}
        }), m {.*, atStoryId: $storyId, atVersion: $version}) END AS actor
      RETURN {node: actor {.*}, edge: r {.*}}
    },
    authors: COLLECT {
      MATCH (s)-[r:AUTHORED_BY]->(m:Actor)
      WHERE CASE WHEN $version IS NULL
        THEN r.current OR (s.current = false AND last(s.versions) IN r.versions)
        ELSE $version IN r.versions END
      WITH r, m ORDER BY m.name, m.id
      LIMIT $authorsLimit
      WITH r, CASE WHEN $version IS NULL THEN m
        ELSE coalesce(head(COLLECT {
          MATCH (m)-[:HAS_STATE]->(state:ItemState)
          WHERE ($storyId IS NULL OR m.storyId = $storyId) AND $version IN state.versions
          RETURN state {.*, id: m.id, versions: m.versions, current: m.current, atStoryId: $storyId, atVersion: $version}
        }), m {.*, atStoryId: $storyId, atVersion: $version}) END AS actor
      RETURN {node: actor {.*}, edge: r {.*}}
    }
  }) AS sources
}
WITH id, assertions, sources, CASE WHEN $version IS NULL THEN c
  ELSE coalesce(head(COLLECT {
    MATCH (c)-[:HAS_STATE]->(state:ItemState)
    WHERE ($storyId IS NULL OR c.storyId = $storyId) AND $version IN state.versions
    RETURN state {.*, id: c.id, versions: c.versions, current: c.current, atStoryId: $storyId, atVersion: $version}
  }), c {.*, atStoryId: $storyId, atVersion: $version}) END AS claimAt
RETURN id, {claim: claimAt {.*}, assertions: assertions, sources: sources} AS node
