// Claim.circularReporting, for a batch of claims at one version, in one statement: the claim's
// mentions that cite two or more sources side by side (direct citations, or with $evidence =
// 'DIRECT_AND_INHERITED' inherited ones too), which the resolver holds against the claim's origins
// as corroboration.cypher finds them, and the loops of DERIVED_FROM its evidence passes through:
// those holding a source that one of its cited sources reaches in up to 10 hops.
// On a read of the newest version ($newest) it reads curation as corroboration.cypher does (what a
// claim cites as corrected, merged and split; curated derivations, which may close a loop).
UNWIND $ids AS id
MATCH (c:Claim {id: id})
CALL (c) {
  // What the claim cites, as corroboration.cypher reads it: an editor's corrected citations on a read of the newest version.
  CALL (c) {
    WITH c WHERE NOT ($newest AND 'citations' IN coalesce(c.correctedFields, []))
    // The claim's mentions and, on a read of the newest version, those of the claims merged into it
    // (mergeClaims), without those split off (splitClaim): marked claims (`mentionsCurated`) only.
    CALL (c) {
      RETURN c AS stated
      UNION
      WITH c WHERE $newest AND c.mentionsCurated
      MATCH (merge:CuratedRelation {toId: c.id}) WHERE merge.relation = 'MERGED_INTO'
      MATCH (stated:Claim {id: merge.fromId})
      RETURN stated
    }
    MATCH (stated)-[:HAS_MENTION]->(m:Mention)-[cite:CITES]->(s:Source)
    WHERE CASE WHEN $version IS NULL THEN cite.current ELSE $version IN cite.versions END
      AND NOT ($newest AND coalesce(stated.mentionsCurated, false) AND EXISTS {
        MATCH (:Curation {itemId: stated.id})-[:HAS_SPLIT]->(split:ClaimSplit) WHERE m.id IN split.mentionIds
      })
    RETURN m, s, cite.scope AS scope, cite.order AS order
    UNION ALL
    WITH c WHERE $newest AND 'citations' IN coalesce(c.correctedFields, [])
    MATCH (:Curation {itemId: c.id})-[:HAS_CORRECTION]->(k:Correction {field: 'citations'})
    MATCH (c)-[:HAS_MENTION]->(m:Mention) WHERE m.current AND NOT (coalesce(c.mentionsCurated, false) AND EXISTS {
      MATCH (:Curation {itemId: c.id})-[:HAS_SPLIT]->(split:ClaimSplit) WHERE m.id IN split.mentionIds
    })
    WITH k, m ORDER BY m.position, m.id LIMIT 1
    UNWIND range(0, size(k.correctedSourceIds) - 1) AS at
    MATCH (s:Source {id: k.correctedSourceIds[at]})
    RETURN m, s, k.correctedScopes[at] AS scope, at AS order
  }
  WITH s AS cited, scope WHERE scope = 'direct' OR $evidence = 'DIRECT_AND_INHERITED'
  // DISTINCT ends: Neo4j walks this breadth-first, each source once, instead of every path to it.
  MATCH (cited)-[hops:DERIVED_FROM|CURATED_DERIVED_FROM*0..10]->(s:Source)
  WHERE all(r IN hops WHERE (CASE WHEN $version IS NULL THEN r.current ELSE $version IN r.versions END
    OR (type(r) = 'CURATED_DERIVED_FROM' AND $newest AND startNode(r).current AND endNode(r).current
      AND NOT EXISTS { MATCH (:Source {id: startNode(r).id})-[statedStep:DERIVED_FROM]->(:Source {id: endNode(r).id}) WHERE statedStep.current })))
  WITH DISTINCT s
  // Walks of up to 10 hops back to s can be exponentially many in a dense graph, so each reached
  // source stops at $cyclesLimit loops: the LIMIT inside the call pulls no further walks.
  CALL (s) {
    MATCH path = (s)-[:DERIVED_FROM|CURATED_DERIVED_FROM*1..10]->(s)
    WHERE all(r IN relationships(path) WHERE (CASE WHEN $version IS NULL THEN r.current ELSE $version IN r.versions END
      OR (type(r) = 'CURATED_DERIVED_FROM' AND $newest AND startNode(r).current AND endNode(r).current
        AND NOT EXISTS { MATCH (:Source {id: startNode(r).id})-[statedStep:DERIVED_FROM]->(:Source {id: endNode(r).id}) WHERE statedStep.current })))
      // A loop, not a figure of eight: no source on it twice.
      AND size(reduce(seen = [], n IN nodes(path)[1..] | CASE WHEN n IN seen THEN seen ELSE seen + n END)) = length(path)
    RETURN path
    LIMIT $cyclesLimit
  }
  WITH [n IN nodes(path)[..-1] | n.id] AS ids, [r IN relationships(path) | r.how] AS hows
  // A loop met from several of its sources is one loop: written from its smallest id, as in circular-reporting.cypher.
  WITH ids, hows, reduce(least = 0, i IN range(0, size(ids) - 1) | CASE WHEN ids[i] < ids[least] THEN i ELSE least END) AS at
  WITH DISTINCT ids[at..] + ids[..at] AS sourceIds, hows[at..] + hows[..at] AS derivations
  ORDER BY size(sourceIds), sourceIds
  RETURN collect({sourceIds: sourceIds, derivations: derivations})[..$cyclesLimit] AS cycles
}
CALL (c) {
  CALL (c) {
    WITH c WHERE NOT ($newest AND 'citations' IN coalesce(c.correctedFields, []))
    // The claim's mentions and, on a read of the newest version, those of the claims merged into it
    // (mergeClaims), without those split off (splitClaim): marked claims (`mentionsCurated`) only.
    CALL (c) {
      RETURN c AS stated
      UNION
      WITH c WHERE $newest AND c.mentionsCurated
      MATCH (merge:CuratedRelation {toId: c.id}) WHERE merge.relation = 'MERGED_INTO'
      MATCH (stated:Claim {id: merge.fromId})
      RETURN stated
    }
    MATCH (stated)-[:HAS_MENTION]->(m:Mention)-[cite:CITES]->(s:Source)
    WHERE CASE WHEN $version IS NULL THEN cite.current ELSE $version IN cite.versions END
      AND NOT ($newest AND coalesce(stated.mentionsCurated, false) AND EXISTS {
        MATCH (:Curation {itemId: stated.id})-[:HAS_SPLIT]->(split:ClaimSplit) WHERE m.id IN split.mentionIds
      })
    RETURN m, s, cite.scope AS scope, cite.order AS order
    UNION ALL
    WITH c WHERE $newest AND 'citations' IN coalesce(c.correctedFields, [])
    MATCH (:Curation {itemId: c.id})-[:HAS_CORRECTION]->(k:Correction {field: 'citations'})
    MATCH (c)-[:HAS_MENTION]->(m:Mention) WHERE m.current AND NOT (coalesce(c.mentionsCurated, false) AND EXISTS {
      MATCH (:Curation {itemId: c.id})-[:HAS_SPLIT]->(split:ClaimSplit) WHERE m.id IN split.mentionIds
    })
    WITH k, m ORDER BY m.position, m.id LIMIT 1
    UNWIND range(0, size(k.correctedSourceIds) - 1) AS at
    MATCH (s:Source {id: k.correctedSourceIds[at]})
    RETURN m, s, k.correctedScopes[at] AS scope, at AS order
  }
  WITH m, s, scope, order WHERE scope = 'direct' OR $evidence = 'DIRECT_AND_INHERITED'
  WITH m, s, scope ORDER BY order
  WITH m, collect(s.id) AS citedIds, head(collect(scope)) AS citationScope
  WHERE size(citedIds) >= 2
  WITH m, citedIds, citationScope ORDER BY m.position, m.id
  LIMIT $mentionsLimit
  RETURN collect({claimId: c.id, mentionId: m.id, citationScope: citationScope, citedIds: citedIds}) AS sideBySide
}
RETURN id, {cycles: cycles, sideBySide: sideBySide} AS node
