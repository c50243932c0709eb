// Story.retractionImpact and Story.retractions, for a batch of stories at one version ($version
// null: the newest): what a what-if takes away ($sourceIds, and every source $actorIds authored or
// published; with $recorded, the sources an editor marked retracted), which of
// the story's sources fall with them (every way they relay to an origin passes a discounted
// source, as in corroboration.cypher) or are touched (they derive, by any way, from a discounted
// source), the claims citing a touched source, the events and questions citing a fallen one, and
// the tension sides whose claims all had evidence and have none left. Claims' corroboration before and after is corroboration.cypher's, for those ids
// (at most $claimsLimit of them: the counts of the answer are over those). Answers ids, and in
// `named` every id it answers, which the loader completes with those nodes at the version read
// (src/graphql/loaders/named-nodes.ts).
// On a read of the newest version ($newest) it reads curation as corroboration.cypher does (what a
// claim cites as corrected, merged and split; curated derivations: cypher/README.md).
UNWIND $ids AS id
MATCH (story:Story {id: id})
CALL (story) {
  MATCH (story)<-[:IN_STORY]-(s:Source)
  WHERE CASE WHEN $version IS NULL THEN s.current ELSE $version IN s.versions END
    AND (s.id IN $sourceIds OR EXISTS {
      MATCH (s)-[r:AUTHORED_BY|PUBLISHED_BY]->(a:Actor)
      WHERE a.id IN $actorIds AND CASE WHEN $version IS NULL THEN r.current ELSE $version IN r.versions END
    } OR ($recorded AND EXISTS {
      // Story.retractions: the sources an editor marked retracted, as fact.
      MATCH (s)<-[:CURATES]-(cur:Curation) WHERE cur.retractionReason IS NOT NULL
    }))
  WITH s ORDER BY s.ref IS NULL, s.ref, s.id
  RETURN collect(s.id) AS discounted
}
CALL (story, discounted) {
  MATCH (story)<-[:IN_STORY]-(s:Source)
  WHERE CASE WHEN $version IS NULL THEN s.current ELSE $version IN s.versions END
  // As corroboration.cypher follows a citation for a claim none of whose speaker's items it
  // reaches: relays, to a source that relays nothing, by searches that visit each source once. It
  // falls when it is discounted, or when it reaches such a source and cannot without a discounted one
  // (a source relaying in a loop with no way out stands for itself).
  WITH s, EXISTS {
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
  } AS relays, EXISTS {
    MATCH ANY SHORTEST (s) ((:Source)-[r:DERIVED_FROM|CURATED_DERIVED_FROM {kind: 'relay'}]->(to:Source)
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
  } AS stands
  ORDER BY s.ref IS NULL, s.ref, s.id
  RETURN collect(CASE WHEN s.id IN discounted OR (relays AND NOT stands) THEN s.id END) AS fallen,
    // Touched: it derives, by relay or analysis (a claim's speaker's ways follow both), from a discounted source.
    collect(CASE WHEN s.id IN discounted OR EXISTS {
      MATCH ANY SHORTEST (s) ((:Source)-[r:DERIVED_FROM|CURATED_DERIVED_FROM]->(:Source)
          WHERE (CASE WHEN $version IS NULL THEN r.current ELSE $version IN r.versions END
            OR (type(r) = 'CURATED_DERIVED_FROM' AND $newest AND startNode(r).current AND endNode(r).current
              AND NOT EXISTS { MATCH (:Source {id: startNode(r).id})-[statedStep:DERIVED_FROM]->(:Source {id: endNode(r).id}) WHERE statedStep.current }))){1,10} (reached:Source)
      WHERE reached.id IN discounted
    } THEN s.id END) AS touched
}
CALL (story, touched) {
  MATCH (story)<-[:IN_STORY]-(c:Claim)
  WHERE CASE WHEN $version IS NULL THEN c.current ELSE $version IN c.versions END
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
  WITH c, s, scope WHERE (scope = 'direct' OR $evidence = 'DIRECT_AND_INHERITED') AND s.id IN touched
  WITH DISTINCT c ORDER BY c.position, c.id
  RETURN collect(c.id) AS claimIds
}
CALL (story, fallen) {
  MATCH (story)<-[:IN_STORY]-(item)-[cite:CITES]->(s:Source)
  WHERE (item:Event OR item:Question)
    AND CASE WHEN $version IS NULL THEN item.current ELSE $version IN item.versions END
    AND CASE WHEN $version IS NULL THEN cite.current ELSE $version IN cite.versions END
  WITH item, s ORDER BY s.ref IS NULL, s.ref, s.id
  WITH item, collect(s.id) AS cited
  WITH item, cited, [source IN cited WHERE source IN fallen] AS lost
  WHERE size(lost) > 0
  ORDER BY item:Question, item.position, item.id
  RETURN collect({itemId: item.id, citedIds: cited[..$citedLimit], fallenIds: lost[..$citedLimit], lostAll: size(lost) = size(cited)}) AS citedItems
}
CALL (story, fallen) {
  MATCH (story)<-[:IN_STORY]-(t:Tension)-[side:HAS_SIDE]->(c:Claim)
  WHERE CASE WHEN $version IS NULL THEN t.current ELSE $version IN t.versions END
    AND CASE WHEN $version IS NULL THEN side.current ELSE $version IN side.versions END
  WITH t, side.side AS name, COLLECT {
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
    WITH s, scope WHERE scope = 'direct' OR $evidence = 'DIRECT_AND_INHERITED'
    RETURN s.id
  } AS evidence
  WITH t, name, collect(evidence) AS evidences
  WHERE any(e IN evidences WHERE size(e) > 0) AND none(e IN evidences WHERE any(source IN e WHERE NOT source IN fallen))
  ORDER BY name
  WITH t, collect(name) AS sides
  ORDER BY t.position, t.id
  RETURN collect({tensionId: t.id, unsupportedSides: sides}) AS tensions
}
WITH id, discounted[..$sourcesLimit] AS discountedIds, fallen[..$sourcesLimit] AS fallenIds, claimIds[..$claimsLimit] AS claimIds,
  citedItems[..$itemsLimit] AS citedItems, tensions[..$tensionsLimit] AS tensions
RETURN id, {discountedIds: discountedIds, fallenIds: fallenIds, claimIds: claimIds, citedItems: citedItems, tensions: tensions} AS node,
  // The nodes the answer names: withNamedNodes reads them at the version.
  discountedIds + fallenIds + claimIds + [tension IN tensions | tension.tensionId]
    + reduce(named = [], item IN citedItems | named + item.itemId + item.citedIds) AS named
