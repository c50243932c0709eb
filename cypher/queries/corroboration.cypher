// Claim.corroboration, for a batch of claims, in one statement. Each mention's citations (direct
// only, or with $evidence = 'DIRECT_AND_INHERITED' inherited too) are followed along DERIVED_FROM
// (up to 10 hops; the shortest way to each end, at most $waysPerCitation ends) to the items the
// claim's words begin in:
//   - the speaker's own record: where a way from the cited source reaches a source the claim's
//     speaker authored or published, the first such on it is an origin (SPEAKERS_OWN), and such ways
//     are the citation's only ones: a speaker's words begin in what the speaker made, whatever else
//     the citing source draws on;
//   - otherwise relays are followed (kind 'relay': a source passing on another's content adds no
//     origin) to a source that relays nothing: one that derives from nothing (ROOT) or one that only
//     analyses others (ANALYSIS: its own reporting is an origin; what it analyses is its material);
//   - a cited source in a relay loop with no way out stands for itself (LOOP).
// An analysis cited at one place beside a way to an origin whose items it analyses joins that
// origin: the words may be the analysed items' as well as the analysis's own: not independent.
// Ends are grouped by who made them: their authors, else their publisher, else the end alone. Ways
// pass no discounted source ($discounted, a what-if, and those marked retracted), so a source that rests only
// on discounted ones falls with them; which rule applies is decided without the discount. Answers
// ids, each list at most its $…Limit, and in `named` every id it answers: the loader
// (src/graphql/loaders/named-nodes.ts) completes the statement with those nodes at the claim's
// version, so that the fields under the answer need no statement of their own.
// On a read of the newest version ($newest) it reads curation (cypher/README.md, "Curation in the
// provenance analytics"): what a claim cites as corrected, merged and split, and curated derivations.
UNWIND $ids AS id
MATCH (c:Claim {id: id})
// The story's sources an editor marked retracted (Mutation.markSourceRetracted) are taken away as
// fact, as a what-if's are; $countRetracted asks for the claim as if they stood.
WITH id, c, COLLECT {
  MATCH (cur:Curation {storyId: c.storyId})-[:CURATES]->(retracted:Source)
  WHERE cur.retractionReason IS NOT NULL AND NOT $countRetracted
  RETURN retracted.id ORDER BY retracted.id
} AS retracted
WITH id, c, retracted, $discounted + retracted AS discounted
OPTIONAL MATCH (c)-[spoken:SPOKEN_BY]->(documentSpeaker:Actor)
WHERE CASE WHEN $version IS NULL THEN spoken.current ELSE $version IN spoken.versions END
// An editor's correction of the speaker (Mutation.correctClaim; the claim names its corrected
// fields) is who speaks on a read of the newest version ($newest); a read at a version answers what
// that version said.
WITH id, c, retracted, discounted, coalesce(CASE WHEN $newest AND 'speaker' IN coalesce(c.correctedFields, []) THEN head(COLLECT {
  MATCH (:Curation {itemId: c.id})-[:HAS_CORRECTION]->(k:Correction {field: 'speaker'})
  MATCH (corrected:Actor {id: k.corrected})
  RETURN corrected
}) END, documentSpeaker) AS speaker
CALL (c, speaker, discounted) {
  // What the claim cites, where: its mentions' citations, or on a read of the newest version
  // ($newest) an editor's corrected citations (Mutation.correctClaim), cited where the claim is first
  // stated. The claim names its corrected fields, so an uncorrected claim looks nothing up.
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
  WITH m, s, scope, speaker, discounted WHERE scope = 'direct' OR $evidence = 'DIRECT_AND_INHERITED'
  // The speaker's own record: some way from the cited source reaches a source the speaker made.
  // The speaker's items are found from the speaker (its few edges), never by testing every source.
  WITH m, scope, s, speaker, speaker IS NOT NULL AND EXISTS {
    MATCH (speaker)<-[endMade:AUTHORED_BY|PUBLISHED_BY]-(end:Source)
    WHERE end.storyId = s.storyId AND CASE WHEN $version IS NULL THEN endMade.current ELSE $version IN endMade.versions END
    MATCH ANY SHORTEST (s) ((from:Source)-[r:DERIVED_FROM|CURATED_DERIVED_FROM]->(:Source)
        WHERE (CASE WHEN $version IS NULL THEN r.current ELSE $version IN r.versions END
          OR (type(r) = 'CURATED_DERIVED_FROM' AND $newest AND startNode(r).current AND endNode(r).current
            AND NOT EXISTS { MATCH (:Source {id: startNode(r).id})-[statedStep:DERIVED_FROM]->(:Source {id: endNode(r).id}) WHERE statedStep.current }))
          AND NOT EXISTS {
            MATCH (from)-[made:AUTHORED_BY|PUBLISHED_BY]->(speaker)
            WHERE CASE WHEN $version IS NULL THEN made.current ELSE $version IN made.versions END
          }){0,10} (end)
  } AS bySpeaker
  // Shortest ways, one to each end, by searches that visit each source once: no enumeration of
  // every way, which a wide derivation graph multiplies beyond any bound.
  CALL (s, speaker, bySpeaker, discounted) {
    WITH s WHERE bySpeaker AND NOT s.id IN discounted
    MATCH (speaker)<-[endMade:AUTHORED_BY|PUBLISHED_BY]-(end:Source)
    WHERE end.storyId = s.storyId AND CASE WHEN $version IS NULL THEN endMade.current ELSE $version IN endMade.versions END
    MATCH path = ANY SHORTEST (s) ((from:Source)-[r:DERIVED_FROM|CURATED_DERIVED_FROM]->(to:Source)
        WHERE (CASE WHEN $version IS NULL THEN r.current ELSE $version IN r.versions END
          OR (type(r) = 'CURATED_DERIVED_FROM' AND $newest AND startNode(r).current AND endNode(r).current
            AND NOT EXISTS { MATCH (:Source {id: startNode(r).id})-[statedStep:DERIVED_FROM]->(:Source {id: endNode(r).id}) WHERE statedStep.current }))
          AND NOT to.id IN discounted
          AND NOT EXISTS {
            MATCH (from)-[made:AUTHORED_BY|PUBLISHED_BY]->(speaker)
            WHERE CASE WHEN $version IS NULL THEN made.current ELSE $version IN made.versions END
          }){0,10} (end)
    WITH DISTINCT path LIMIT $waysPerCitation
    RETURN collect({chain: nodes(path), steps: relationships(path), reason: 'SPEAKERS_OWN'}) AS own
  }
  CALL (s, bySpeaker, discounted) {
    WITH s WHERE NOT bySpeaker AND NOT s.id IN discounted
    MATCH path = ANY SHORTEST (s) ((:Source)-[r:DERIVED_FROM|CURATED_DERIVED_FROM {kind: 'relay'}]->(to:Source)
        WHERE (CASE WHEN $version IS NULL THEN r.current ELSE $version IN r.versions END
          OR (type(r) = 'CURATED_DERIVED_FROM' AND $newest AND startNode(r).current AND endNode(r).current
            AND NOT EXISTS { MATCH (:Source {id: startNode(r).id})-[statedStep:DERIVED_FROM]->(:Source {id: endNode(r).id}) WHERE statedStep.current }))
          AND NOT to.id IN discounted){0,10} (end:Source)
    WHERE NOT EXISTS {
      MATCH (end)-[onward:DERIVED_FROM|CURATED_DERIVED_FROM {kind: 'relay'}]->(:Source)
      WHERE (CASE WHEN $version IS NULL THEN onward.current ELSE $version IN onward.versions END
        OR (type(onward) = 'CURATED_DERIVED_FROM' AND $newest AND startNode(onward).current AND endNode(onward).current
          AND NOT EXISTS { MATCH (:Source {id: startNode(onward).id})-[statedStep:DERIVED_FROM]->(:Source {id: endNode(onward).id}) WHERE statedStep.current }))
    }
    WITH path, end LIMIT $waysPerCitation
    // An end that derives from anything does so only by analysis: its own reporting.
    RETURN collect({chain: nodes(path), steps: relationships(path), reason: CASE WHEN EXISTS {
      MATCH (end)-[onward:DERIVED_FROM|CURATED_DERIVED_FROM]->(:Source)
      WHERE (CASE WHEN $version IS NULL THEN onward.current ELSE $version IN onward.versions END
        OR (type(onward) = 'CURATED_DERIVED_FROM' AND $newest AND startNode(onward).current AND endNode(onward).current
          AND NOT EXISTS { MATCH (:Source {id: startNode(onward).id})-[statedStep:DERIVED_FROM]->(:Source {id: endNode(onward).id}) WHERE statedStep.current }))
    } THEN 'ANALYSIS' ELSE 'ROOT' END}) AS relayed
  }
  // Relaying in a loop with no way out: no source that relays nothing is reached, discounts aside.
  WITH m, scope, s, bySpeaker, own, relayed, NOT bySpeaker AND NOT EXISTS {
    MATCH ANY SHORTEST (s) ((:Source)-[r:DERIVED_FROM|CURATED_DERIVED_FROM {kind: 'relay'}]->(:Source)
        WHERE (CASE WHEN $version IS NULL THEN r.current ELSE $version IN r.versions END
          OR (type(r) = 'CURATED_DERIVED_FROM' AND $newest AND startNode(r).current AND endNode(r).current
            AND NOT EXISTS { MATCH (:Source {id: startNode(r).id})-[statedStep:DERIVED_FROM]->(:Source {id: endNode(r).id}) WHERE statedStep.current }))){0,10} (end:Source)
    WHERE NOT EXISTS {
      MATCH (end)-[onward:DERIVED_FROM|CURATED_DERIVED_FROM {kind: 'relay'}]->(:Source)
      WHERE (CASE WHEN $version IS NULL THEN onward.current ELSE $version IN onward.versions END
        OR (type(onward) = 'CURATED_DERIVED_FROM' AND $newest AND startNode(onward).current AND endNode(onward).current
          AND NOT EXISTS { MATCH (:Source {id: startNode(onward).id})-[statedStep:DERIVED_FROM]->(:Source {id: endNode(onward).id}) WHERE statedStep.current }))
    }
  } AS loops
  WITH m, scope, s, CASE
      WHEN bySpeaker THEN own
      WHEN NOT loops THEN relayed
      WHEN NOT s.id IN discounted THEN [{chain: [s], steps: [], reason: 'LOOP'}]
      ELSE []
    END AS ways, size(own) + size(relayed) >= $waysPerCitation AS capped
  UNWIND ways AS way
  WITH m, scope, s, way.chain AS chain, way.steps AS steps, way.reason AS reason, capped
  WITH m, scope, s, chain, steps, reason, capped, last(chain) AS root
  WITH m, scope, s, chain, steps, reason, capped, root,
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
  WITH m, scope, s, chain, steps, reason, capped, root, CASE WHEN size(authors) > 0 THEN authors ELSE publishers END AS makers,
    // What an analysis analyses: the sources it derives from, near or far, and who made them.
    CASE WHEN reason = 'ANALYSIS' THEN COLLECT {
      MATCH ANY SHORTEST (root) ((:Source)-[r:DERIVED_FROM|CURATED_DERIVED_FROM]->(:Source)
          WHERE (CASE WHEN $version IS NULL THEN r.current ELSE $version IN r.versions END
            OR (type(r) = 'CURATED_DERIVED_FROM' AND $newest AND startNode(r).current AND endNode(r).current
              AND NOT EXISTS { MATCH (:Source {id: startNode(r).id})-[statedStep:DERIVED_FROM]->(:Source {id: endNode(r).id}) WHERE statedStep.current }))){1,10} (analysed:Source)
      CALL (analysed) {
        RETURN analysed.id AS material
        UNION
        MATCH (analysed)-[made:AUTHORED_BY|PUBLISHED_BY]->(maker:Actor)
        WHERE CASE WHEN $version IS NULL THEN made.current ELSE $version IN made.versions END
        RETURN maker.id AS material
      }
      RETURN DISTINCT material
    } ELSE [] END AS material
  // Within an origin, paths in document order, then by the sources they pass.
  ORDER BY m.position, [n IN chain | n.id]
  WITH collect({
    origin: CASE WHEN size(makers) > 0 THEN makers ELSE [root.id] END, makers: makers, root: root.id, material: material,
    cited: s.id, scope: scope, capped: capped,
    path: {
      mentionId: m.id, citationScope: scope, sourceIds: [n IN chain | n.id], endsAs: reason,
      derivations: [r IN steps | r.how], derivationKinds: [r IN steps | r.kind]
    }
  }) AS found
  // An analysis of an origin's items, cited at the same place beside a way to that origin, is not
  // independent of it: the words may be the analysed items' as well as the analysis's own. It joins
  // that origin (of those its material reaches there, the one whose makers' ids come first).
  WITH [way IN found | CASE WHEN way.path.endsAs <> 'ANALYSIS' THEN way ELSE reduce(best = {way: way, joined: false},
      other IN [beside IN found WHERE beside.path.endsAs <> 'ANALYSIS' AND beside.path.mentionId = way.path.mentionId] |
      CASE WHEN any(key IN other.origin WHERE key IN way.material)
          AND (NOT best.joined OR reduce(text = '', key IN other.origin | text + key + ' ') < reduce(text = '', key IN best.way.origin | text + key + ' '))
        THEN {way: way {.*, origin: other.origin, makers: other.makers}, joined: true}
        ELSE best END).way END] AS ways
  CALL (ways) {
    UNWIND ways AS way
    WITH way.origin AS origin, way.makers AS makers, collect(DISTINCT way.root) AS roots, collect(way.path) AS paths
    ORDER BY size(paths) DESC, origin
    RETURN collect({makerIds: makers[..$makersLimit], rootIds: roots[..$rootsLimit], paths: paths[..$pathsLimit]}) AS origins
  }
  RETURN
    // The cited sources that still stand: some way from them to an origin passes no discounted source.
    size(COLLECT { UNWIND ways AS way WITH way WHERE way.scope = 'direct' RETURN DISTINCT way.cited }) AS directSources,
    size(COLLECT { UNWIND ways AS way RETURN DISTINCT way.cited }) AS evidenceSources,
    size(origins) AS originCount,
    origins[..$originsLimit] AS origins,
    any(way IN ways WHERE way.capped) AS waysCapped
}
RETURN id, {
    directSources: directSources, evidenceSources: evidenceSources, originCount: originCount, origins: origins, waysCapped: waysCapped,
    retractedIds: retracted[..$retractedLimit]
  } AS node,
  // The nodes the answer names, with the discounted sources: withNamedNodes reads them at the version.
  reduce(named = discounted, origin IN origins | named + origin.makerIds + origin.rootIds
    + reduce(onPaths = [], path IN origin.paths | onPaths + path.mentionId + path.sourceIds)) AS named
