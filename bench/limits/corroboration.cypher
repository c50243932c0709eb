// Claim.corroboration's limit (direct evidence, nothing discounted) in one statement, with the nodes it names:
// the rule of cypher/queries/corroboration.cypher (the speaker's own items; else relays to a source that
// relays nothing, an analysis joining the origin of what it analyses; else the source itself), read at
// the current version, the makers' names, the roots' titles and the mentions' lines inline.
MATCH (c:Claim {id: $id})
OPTIONAL MATCH (c)-[spoken:SPOKEN_BY]->(speaker:Actor)
WHERE spoken.current
CALL (c, speaker) {
  MATCH (c)-[:HAS_MENTION]->(m:Mention)-[cite:CITES]->(s:Source)
  WHERE cite.current
    AND (cite.scope = 'direct' OR false)
  WITH m, cite, s, speaker, speaker IS NOT NULL AND EXISTS {
    MATCH (speaker)<-[endMade:AUTHORED_BY|PUBLISHED_BY]-(end:Source)
    WHERE end.storyId = s.storyId AND endMade.current
    MATCH ANY SHORTEST (s) ((from:Source)-[r:DERIVED_FROM]->(:Source)
        WHERE r.current
          AND NOT EXISTS {
            MATCH (from)-[made:AUTHORED_BY|PUBLISHED_BY]->(speaker)
            WHERE made.current
          }){0,10} (end)
  } AS bySpeaker
  CALL (s, speaker, bySpeaker) {
    WITH s WHERE bySpeaker AND NOT s.id IN []
    MATCH (speaker)<-[endMade:AUTHORED_BY|PUBLISHED_BY]-(end:Source)
    WHERE end.storyId = s.storyId AND endMade.current
    MATCH path = ANY SHORTEST (s) ((from:Source)-[r:DERIVED_FROM]->(to:Source)
        WHERE r.current
          AND NOT to.id IN []
          AND NOT EXISTS {
            MATCH (from)-[made:AUTHORED_BY|PUBLISHED_BY]->(speaker)
            WHERE made.current
          }){0,10} (end)
    WITH DISTINCT path LIMIT 100
    RETURN collect({chain: nodes(path), steps: relationships(path), reason: 'SPEAKERS_OWN'}) AS own
  }
  CALL (s, bySpeaker) {
    WITH s WHERE NOT bySpeaker AND NOT s.id IN []
    MATCH path = ANY SHORTEST (s) ((:Source)-[r:DERIVED_FROM {kind: 'relay'}]->(to:Source)
        WHERE r.current
          AND NOT to.id IN []){0,10} (end:Source)
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
  WITH m, cite, s, bySpeaker, own, relayed, NOT bySpeaker AND NOT EXISTS {
    MATCH ANY SHORTEST (s) ((:Source)-[r:DERIVED_FROM {kind: 'relay'}]->(:Source)
        WHERE r.current){0,10} (end:Source)
    WHERE NOT EXISTS {
      MATCH (end)-[onward:DERIVED_FROM {kind: 'relay'}]->(:Source)
      WHERE onward.current
    }
  } AS loops
  WITH m, cite, s, CASE
      WHEN bySpeaker THEN own
      WHEN NOT loops THEN relayed
      WHEN NOT s.id IN [] THEN [{chain: [s], steps: [], reason: 'LOOP'}]
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
RETURN directSources, evidenceSources, directSources = 0 AS inheritedOnly, originCount, originCount = 1 AS singleOrigin,
  [origin IN origins | {
    makers: [makerId IN origin.makerIds | head(COLLECT { MATCH (a:Actor {id: makerId}) RETURN {id: a.id, name: a.name} })],
    roots: [rootId IN origin.rootIds | head(COLLECT { MATCH (s:Source {id: rootId}) RETURN {id: s.id, title: s.title} })],
    paths: [path IN origin.paths | {
      mention: head(COLLECT { MATCH (m:Mention {id: path.mentionId}) RETURN {id: m.id, line: m.line} }),
      citationScope: path.citationScope, sources: path.sourceIds, derivations: path.derivations
    }]
  }] AS origins
