// Story.stats, for a batch of stories at one version ($version null: the newest, its claim links as curated).
UNWIND $ids AS id
MATCH (s:Story {id: id})
CALL (s) {
  MATCH (s)<-[:IN_STORY]-(n)
  WHERE CASE WHEN $version IS NULL THEN n.current ELSE $version IN n.versions END
  RETURN
    sum(CASE WHEN n:Source THEN 1 ELSE 0 END) AS sources,
    sum(CASE WHEN n:Claim THEN 1 ELSE 0 END) AS claims,
    sum(CASE WHEN n:Event THEN 1 ELSE 0 END) AS events,
    sum(CASE WHEN n:Question THEN 1 ELSE 0 END) AS questions,
    sum(CASE WHEN n:Perspective THEN 1 ELSE 0 END) AS perspectives,
    sum(CASE WHEN n:Tension THEN 1 ELSE 0 END) AS tensions,
    sum(CASE WHEN n:Mention THEN 1 ELSE 0 END) AS mentions
}
CALL (s) {
  MATCH (s)<-[r:APPEARS_IN]-(:Actor)
  WHERE CASE WHEN $version IS NULL THEN r.current ELSE $version IN r.versions END
  RETURN count(r) AS actors
}
// Citations are those of the story's items (a claim's evidence among them), not each mention's again.
CALL (s) {
  MATCH (s)<-[:IN_STORY]-(n)
  WHERE NOT n:Mention
  MATCH (n)-[r:ASSERTS|CITES]-(other)
  WHERE NOT other:Mention AND CASE WHEN $version IS NULL THEN r.current ELSE $version IN r.versions END
  WITH DISTINCT r
  RETURN
    sum(CASE type(r) WHEN 'ASSERTS' THEN 1 ELSE 0 END) AS assertions,
    sum(CASE type(r) WHEN 'CITES' THEN 1 ELSE 0 END) AS citations
}
// Links between claims, from or to the story's: on a default read those curators added
// (addClaimLink) count, and the story's own that a curator disputed (removeClaimLink) do not.
CALL (s) {
  MATCH (s)<-[:IN_STORY]-(c:Claim)
  CALL (c) {
    MATCH (c)-[r:SUPPORTS|CONTRADICTS]->(d:Claim)
    WHERE CASE WHEN $version IS NULL
      THEN r.current AND NOT EXISTS {
        MATCH (c)<-[:CURATES]-(:Curation)-[:HAS_RELATION]->(dispute:CuratedRelation {toId: d.id, status: 'DISPUTED'})
        WHERE dispute.relation = type(r)
      }
      ELSE $version IN r.versions END
    RETURN elementId(r) AS link, type(r) AS relation
    UNION
    MATCH (d:Claim)-[r:SUPPORTS|CONTRADICTS]->(c)
    WHERE CASE WHEN $version IS NULL
      THEN r.current AND NOT EXISTS {
        MATCH (d)<-[:CURATES]-(:Curation)-[:HAS_RELATION]->(dispute:CuratedRelation {toId: c.id, status: 'DISPUTED'})
        WHERE dispute.relation = type(r)
      }
      ELSE $version IN r.versions END
    RETURN elementId(r) AS link, type(r) AS relation
    UNION
    // Only a curated claim has a curator's link: each end of one has its Curation node.
    MATCH (c)<-[:CURATES]-(:Curation)
    CALL (c) {
      MATCH (added:CuratedRelation {fromId: c.id, status: 'ADDED'}) RETURN added
      UNION
      MATCH (added:CuratedRelation {toId: c.id, status: 'ADDED'}) RETURN added
    }
    MATCH (from:Claim {id: added.fromId})
    MATCH (to:Claim {id: added.toId})
    WHERE added.relation IN ['SUPPORTS', 'CONTRADICTS'] AND CASE WHEN $version IS NULL THEN from.current AND to.current ELSE false END
    RETURN added.id AS link, added.relation AS relation
  }
  WITH DISTINCT link, relation
  RETURN
    sum(CASE relation WHEN 'SUPPORTS' THEN 1 ELSE 0 END) AS supports,
    sum(CASE relation WHEN 'CONTRADICTS' THEN 1 ELSE 0 END) AS contradictions
}
RETURN id, {
  actors: actors, sources: sources, claims: claims, events: events, questions: questions,
  perspectives: perspectives, tensions: tensions, mentions: mentions, assertions: assertions, supports: supports,
  contradictions: contradictions, citations: citations
} AS node
