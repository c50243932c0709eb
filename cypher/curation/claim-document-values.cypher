// What the story's newest version says of claims, field by field (the fields correctClaim corrects):
// the claim's text, kind and verbatim, its speaker, and its cited sources with their scope, in the
// order written. A claim the newest version dropped answers what the last version holding it said.
// Always read with $version null: corrections stand against the newest document.
UNWIND $ids AS id
MATCH (claim:Claim {id: id})
RETURN id, {
  text: claim.text,
  kind: claim.kind,
  verbatim: claim.verbatim,
  speaker: head(COLLECT {
    MATCH (claim)-[r:SPOKEN_BY]->(actor:Actor)
    WHERE CASE WHEN $version IS NULL
      THEN r.current OR (claim.current = false AND last(claim.versions) IN r.versions)
      ELSE $version IN r.versions END
    RETURN actor.id
  }),
  citations: COLLECT {
    MATCH (claim)-[r:CITES]->(source:Source)
    WHERE CASE WHEN $version IS NULL
      THEN r.current OR (claim.current = false AND last(claim.versions) IN r.versions)
      ELSE $version IN r.versions END
    WITH source, r ORDER BY r.order
    RETURN {sourceId: source.id, scope: r.scope}
  }
} AS node
