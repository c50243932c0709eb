// Claim.claimReview and Story.claimReviewFeed in one statement per request: for each key, a claim id
// (that claim) or a story id (every claim of the story, by position, at most $first), the claims
// with a verdict, each with what its ClaimReview describes (src/graphql/curation/claim-review.ts).
// Verdicts belong to the claim whatever version is read; the rest is read at the claim's newest
// version (the last that held it, for a claim a later version dropped), its text and speaker as corrected. Curation nodes carry their
// item's storyId (curation_story_id), so a story's reviews are found without reading its claims.
UNWIND $ids AS key
CALL (key) {
  MATCH (cur:Curation {itemId: key}) RETURN cur
  UNION
  MATCH (cur:Curation {storyId: key}) RETURN cur
}
MATCH (cur)-[:CURATES]->(claim:Claim)
WHERE EXISTS { (cur)-[:HAS_VERDICT]->(:Verdict) }
WITH key, cur, claim ORDER BY claim.position, claim.id
// Cut to $first before the reads below, then ordered again: UNWIND and its reads keep no order.
WITH key, collect({cur: cur, claim: claim})[0..$first] AS reviewed
UNWIND reviewed AS entry
WITH key, entry.cur AS cur, entry.claim AS claim
// The claim's words and speaker as an editor corrected them (correctClaim; $version is null: a
// ClaimReview is of the curated claim), else as the document says them.
WITH key, claim, {
  claim: claim {.id, text: coalesce(CASE WHEN $version IS NULL AND 'text' IN coalesce(claim.correctedFields, []) THEN head(COLLECT {
      MATCH (:Curation {itemId: claim.id})-[:HAS_CORRECTION]->(correction:Correction {field: 'text'})
      RETURN correction.corrected
    }) END, claim.text)},
  speaker: head(COLLECT {
    UNWIND [coalesce(CASE WHEN $version IS NULL AND 'speaker' IN coalesce(claim.correctedFields, []) THEN head(COLLECT {
        MATCH (:Curation {itemId: claim.id})-[:HAS_CORRECTION]->(correction:Correction {field: 'speaker'})
        RETURN correction.corrected
      }) END, head(COLLECT {
        MATCH (claim)-[r:SPOKEN_BY]->(spoken:Actor)
        WHERE r.current OR (claim.current = false AND last(claim.versions) IN r.versions)
        RETURN spoken.id
      }))] AS speakerId
    MATCH (speaker:Actor {id: speakerId})
    RETURN speaker {.name, .kind}
  }),
  assertedOn: COLLECT {
    MATCH (:Actor)-[r:ASSERTS]->(claim)
    WHERE r.at IS NOT NULL AND (r.current OR (claim.current = false AND last(claim.versions) IN r.versions))
    RETURN r.at
  },
  appearances: COLLECT {
    MATCH (claim)-[r:CITES]->(source:Source)
    WHERE r.current OR (claim.current = false AND last(claim.versions) IN r.versions)
    WITH source ORDER BY source.ref IS NULL, source.ref, source.title, source.id
    LIMIT $appearancesLimit
    RETURN source {
      .title, .publisher, .publishedAt, .kind,
      publisherKind: head(COLLECT {
        MATCH (source)-[p:PUBLISHED_BY]->(publisher:Actor)
        WHERE p.current OR (source.current = false AND last(source.versions) IN p.versions)
        RETURN publisher.kind
      })
    }
  },
  verdicts: COLLECT {
    MATCH (cur)-[:HAS_VERDICT]->(v:Verdict)
    WITH v ORDER BY v.recordedAt DESC, v.id
    LIMIT $verdictsLimit
    RETURN v {.*}
  }
} AS item
ORDER BY claim.position, claim.id
RETURN key AS id, collect(item) AS items
