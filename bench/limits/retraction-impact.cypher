// Story.retractionImpact's limit (direct evidence, one source discounted by id) in one statement: the
// rule of cypher/queries/retraction-impact.cypher at the current version, with each reached claim's
// evidence and origins before and after computed inline by cypher/queries/corroboration.cypher's rule.
MATCH (story:Story {id: $storyId})
CALL (story) {
  MATCH (story)<-[:IN_STORY]-(s:Source)
  WHERE s.current
    AND s.id = $sourceId
  WITH s ORDER BY s.ref IS NULL, s.ref, s.id
  RETURN collect(s.id) AS discounted
}
CALL (story, discounted) {
  MATCH (story)<-[:IN_STORY]-(s:Source)
  WHERE s.current
  // As corroboration.cypher follows a citation for a claim none of whose speaker's items it
  // reaches: relays, to a source that relays nothing, by searches that visit each source once. It
  // falls when it is discounted, or when it reaches such a source and cannot without a discounted one
  // (a source relaying in a loop with no way out stands for itself).
  WITH s, EXISTS {
    MATCH ANY SHORTEST (s) ((:Source)-[r:DERIVED_FROM {kind: 'relay'}]->(:Source)
        WHERE r.current){0,10} (end:Source)
    WHERE NOT EXISTS {
      MATCH (end)-[onward:DERIVED_FROM {kind: 'relay'}]->(:Source)
      WHERE onward.current
    }
  } AS relays, EXISTS {
    MATCH ANY SHORTEST (s) ((:Source)-[r:DERIVED_FROM {kind: 'relay'}]->(to:Source)
        WHERE r.current
          AND NOT to.id IN discounted){0,10} (end:Source)
    WHERE NOT EXISTS {
      MATCH (end)-[onward:DERIVED_FROM {kind: 'relay'}]->(:Source)
      WHERE onward.current
    }
  } AS stands
  ORDER BY s.ref IS NULL, s.ref, s.id
  RETURN collect(CASE WHEN s.id IN discounted OR (relays AND NOT stands) THEN s.id END) AS fallen,
    // Touched: it derives, by relay or analysis (a claim's speaker's ways follow both), from a discounted source.
    collect(CASE WHEN s.id IN discounted OR EXISTS {
      MATCH ANY SHORTEST (s) ((:Source)-[r:DERIVED_FROM]->(:Source)
          WHERE r.current){1,10} (reached:Source)
      WHERE reached.id IN discounted
    } THEN s.id END) AS touched
}
CALL (story, touched, discounted) {
  MATCH (story)<-[:IN_STORY]-(c:Claim)-[:HAS_MENTION]->(:Mention)-[cite:CITES]->(s:Source)
  WHERE c.current AND cite.current AND cite.scope = 'direct' AND s.id IN touched
  WITH DISTINCT c ORDER BY c.position, c.id
  OPTIONAL MATCH (c)-[spoken:SPOKEN_BY]->(speaker:Actor)
  WHERE spoken.current
  // Its corroboration (cypher/queries/corroboration.cypher's rule), before and after the discount.
  CALL (c, speaker, discounted) {
    UNWIND [[], discounted] AS discount
  CALL (c, speaker, discount) {
    MATCH (c)-[:HAS_MENTION]->(m:Mention)-[cite:CITES]->(s:Source)
    WHERE cite.current
      AND (cite.scope = 'direct' OR false)
    WITH m, cite, s, speaker, discount, speaker IS NOT NULL AND EXISTS {
      MATCH (speaker)<-[endMade:AUTHORED_BY|PUBLISHED_BY]-(end:Source)
      WHERE end.storyId = s.storyId AND endMade.current
      MATCH ANY SHORTEST (s) ((from:Source)-[r:DERIVED_FROM]->(:Source)
          WHERE r.current
            AND NOT EXISTS {
              MATCH (from)-[made:AUTHORED_BY|PUBLISHED_BY]->(speaker)
              WHERE made.current
            }){0,10} (end)
    } AS bySpeaker
    CALL (s, speaker, bySpeaker, discount) {
      WITH s WHERE bySpeaker AND NOT s.id IN discount
      MATCH (speaker)<-[endMade:AUTHORED_BY|PUBLISHED_BY]-(end:Source)
      WHERE end.storyId = s.storyId AND endMade.current
      MATCH path = ANY SHORTEST (s) ((from:Source)-[r:DERIVED_FROM]->(to:Source)
          WHERE r.current
            AND NOT to.id IN discount
            AND NOT EXISTS {
              MATCH (from)-[made:AUTHORED_BY|PUBLISHED_BY]->(speaker)
              WHERE made.current
            }){0,10} (end)
      WITH DISTINCT path LIMIT 100
      RETURN collect({chain: nodes(path), steps: relationships(path), reason: 'SPEAKERS_OWN'}) AS own
    }
    CALL (s, bySpeaker, discount) {
      WITH s WHERE NOT bySpeaker AND NOT s.id IN discount
      MATCH path = ANY SHORTEST (s) ((:Source)-[r:DERIVED_FROM {kind: 'relay'}]->(to:Source)
          WHERE r.current
            AND NOT to.id IN discount){0,10} (end:Source)
      WHERE NOT EXISTS {
        MATCH (end)-[onward:DERIVED_FROM {kind: 'relay'}]->(:Source)
        WHERE onward.current
      }
      WITH path, end LIMIT 100
      RETURN collect({chain: nodes(path), steps: relationships(path), reason: CASE WHEN EXISTS {
        MATCH (end)-[onward:DERIVED_FROM]->(:Source)
        WHERE onward.current
      } THEN 'ANALYSIS' ELSE 'ROOT' END}) AS relayed
    }
    WITH m, cite, s, bySpeaker, own, relayed, discount, NOT bySpeaker AND NOT EXISTS {
      MATCH ANY SHORTEST (s) ((:Source)-[r:DERIVED_FROM {kind: 'relay'}]->(:Source)
          WHERE r.current){0,10} (end:Source)
      WHERE NOT EXISTS {
        MATCH (end)-[onward:DERIVED_FROM {kind: 'relay'}]->(:Source)
        WHERE onward.current
      }
    } AS loops
    WITH m, cite, s, discount, CASE
        WHEN bySpeaker THEN own
        WHEN NOT loops THEN relayed
        WHEN NOT s.id IN discount THEN [{chain: [s], steps: [], reason: 'LOOP'}]
        ELSE []
      END AS ways, size(own) + size(relayed) >= 100 AS capped
    UNWIND ways AS way
    WITH m, cite, s, way.chain AS chain, way.steps AS steps, way.reason AS reason, capped
    WITH m, cite, s, chain, steps, reason, capped, last(chain) AS root
    WITH m, cite, s, chain, steps, reason, capped, root,
      COLLECT {
        MATCH (root)-[r:AUTHORED_BY]->(a:Actor)
        WHERE r.current
        RETURN a.id ORDER BY a.id
      } AS authors,
      COLLECT {
        MATCH (root)-[r:PUBLISHED_BY]->(a:Actor)
        WHERE r.current
        RETURN a.id ORDER BY a.id
      } AS publishers
    WITH m, cite, s, chain, steps, reason, capped, root, CASE WHEN size(authors) > 0 THEN authors ELSE publishers END AS makers,
      CASE WHEN reason = 'ANALYSIS' THEN COLLECT {
        MATCH ANY SHORTEST (root) ((:Source)-[r:DERIVED_FROM]->(:Source)
            WHERE r.current){1,10} (analysed:Source)
        CALL (analysed) {
          RETURN analysed.id AS material
          UNION
          MATCH (analysed)-[made:AUTHORED_BY|PUBLISHED_BY]->(maker:Actor)
          WHERE made.current
          RETURN maker.id AS material
        }
        RETURN DISTINCT material
      } ELSE [] END AS material
    ORDER BY m.position, [n IN chain | n.id]
    WITH collect({
      origin: CASE WHEN size(makers) > 0 THEN makers ELSE [root.id] END, makers: makers, root: root.id, material: material,
      cited: s.id, scope: cite.scope, capped: capped,
      path: {
        mentionId: m.id, citationScope: cite.scope, sourceIds: [n IN chain | n.id], endsAs: reason,
        derivations: [r IN steps | r.how], derivationKinds: [r IN steps | r.kind]
      }
    }) AS found
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
      RETURN collect({makerIds: makers, rootIds: roots, paths: paths}) AS origins
    }
    RETURN
      size(COLLECT { UNWIND ways AS way WITH way WHERE way.scope = 'direct' RETURN DISTINCT way.cited }) AS directSources,
      size(COLLECT { UNWIND ways AS way RETURN DISTINCT way.cited }) AS evidenceSources,
      size(origins) AS originCount,
      origins AS origins,
      any(way IN ways WHERE way.capped) AS waysCapped
  }
    RETURN collect({evidenceSources: evidenceSources, originCount: originCount}) AS counted
  }
  RETURN collect({claimId: c.id, before: counted[0], after: counted[1]}) AS claims
}
CALL (story, fallen) {
  MATCH (story)<-[:IN_STORY]-(item)-[cite:CITES]->(s:Source)
  WHERE (item:Event OR item:Question)
    AND item.current
    AND cite.current
  WITH item, s ORDER BY s.ref IS NULL, s.ref, s.id
  WITH item, collect(s.id) AS cited
  WITH item, cited, [source IN cited WHERE source IN fallen] AS lost
  WHERE size(lost) > 0
  ORDER BY item:Question, item.position, item.id
  RETURN collect({itemId: item.id, cited: cited, fallen: lost, lostAll: size(lost) = size(cited)}) AS citedItems
}
CALL (story, fallen) {
  MATCH (story)<-[:IN_STORY]-(t:Tension)-[side:HAS_SIDE]->(c:Claim)
  WHERE t.current
    AND side.current
  WITH t, side.side AS name, COLLECT {
    MATCH (c)-[:HAS_MENTION]->(:Mention)-[cite:CITES]->(s:Source)
    WHERE cite.current
      AND (cite.scope = 'direct' OR false)
    RETURN s.id
  } AS evidence
  WITH t, name, collect(evidence) AS evidences
  WHERE any(e IN evidences WHERE size(e) > 0) AND none(e IN evidences WHERE any(source IN e WHERE NOT source IN fallen))
  ORDER BY name
  WITH t, collect(name) AS sides
  ORDER BY t.position, t.id
  RETURN collect({tensionId: t.id, unsupportedSides: sides}) AS tensions
}
RETURN discounted, fallen, claims, citedItems, tensions
