// Story.stats, for a batch of stories at one version ($version null: the newest).
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
  MATCH (n)-[r:ASSERTS|SUPPORTS|CONTRADICTS|CITES]-(other)
  WHERE NOT other:Mention AND CASE WHEN $version IS NULL THEN r.current ELSE $version IN r.versions END
  WITH DISTINCT r
  RETURN
    sum(CASE type(r) WHEN 'ASSERTS' THEN 1 ELSE 0 END) AS assertions,
    sum(CASE type(r) WHEN 'SUPPORTS' THEN 1 ELSE 0 END) AS supports,
    sum(CASE type(r) WHEN 'CONTRADICTS' THEN 1 ELSE 0 END) AS contradictions,
    sum(CASE type(r) WHEN 'CITES' THEN 1 ELSE 0 END) AS citations
}
RETURN id, {
  actors: actors, sources: sources, claims: claims, events: events, questions: questions,
  perspectives: perspectives, tensions: tensions, mentions: mentions, assertions: assertions, supports: supports,
  contradictions: contradictions, citations: citations
} AS node
