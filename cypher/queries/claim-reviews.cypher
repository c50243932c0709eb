// Claim.claimReview, ClaimSplit.claimReview and Story.claimReviewFeed in one statement per request:
// for each key, a claim id (that claim), a split id (that part split off a claim) or a story id
// (every claim of the story with its parts, by position, at most $first), those with a verdict, each
// with what its ClaimReview describes (src/graphql/curation/claim-review.ts). Verdicts belong to the
// claim or part whatever version is read; the rest is read at the newest version (the last that held
// it, for an item a later version dropped), a claim's text, speaker and citations as corrected ($version
// is null: a ClaimReview is of the curated claim), a part's as split off. Curation nodes carry their item's storyId
// (curation_story_id), so a story's reviews are found without reading its claims.
UNWIND $ids AS key
CALL (key) {
  MATCH (cur:Curation {itemId: key}) RETURN cur
  UNION
  MATCH (cur:Curation)-[:HAS_SPLIT]->(:ClaimSplit {id: key}) RETURN cur
  UNION
  MATCH (cur:Curation {storyId: key}) RETURN cur
}
MATCH (cur)-[:CURATES]->(claim:Claim)
// What is reviewed: the claim, whose verdicts hang from its Curation node, or a part split off it.
CALL (cur) {
  MATCH (cur) WHERE EXISTS { (cur)-[:HAS_VERDICT]->(:Verdict) }
  RETURN cur AS reviewed, null AS split
  UNION
  MATCH (cur)-[:HAS_SPLIT]->(split:ClaimSplit) WHERE EXISTS { (split)-[:HAS_VERDICT]->(:Verdict) }
  RETURN split AS reviewed, split
}
WITH key, cur, claim, reviewed, split WHERE key = cur.storyId OR key = coalesce(split.id, claim.id)
// A claim before its parts, oldest split first.
WITH key, claim, reviewed, split ORDER BY claim.position, claim.id, split IS NOT NULL, split.recordedAt, split.id
// Cut to $first before the reads below, then ordered again: UNWIND and its reads keep no order.
WITH key, collect({claim: claim, reviewed: reviewed, split: split})[0..$first] AS entries
UNWIND range(0, size(entries) - 1) AS index
WITH key, index, entries[index].claim AS claim, entries[index].reviewed AS reviewed, entries[index].split AS split
WITH key, index, {
  claim: CASE WHEN split IS NULL THEN claim {.id, text: coalesce(CASE WHEN $version IS NULL AND 'text' IN coalesce(claim.correctedFields, []) THEN head(COLLECT {
      MATCH (:Curation {itemId: claim.id})-[:HAS_CORRECTION]->(correction:Correction {field: 'text'})
      RETURN correction.corrected
    }) END, claim.text)} ELSE split {.id, .text} END,
  // A part's own speaker where the curator named one, else the claim's.
  speaker: head(COLLECT {
    UNWIND [coalesce(split.speakerId, CASE WHEN $version IS NULL AND 'speaker' IN coalesce(claim.correctedFields, []) THEN head(COLLECT {
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
  // The claim's citations (an editor's corrected ones where it has them: the claim names its corrected
  // fields, so an uncorrected claim looks nothing up), or those of the mentions a part took.
  appearances: COLLECT {
    CALL (claim, split) {
      MATCH (claim)-[r:CITES]->(source:Source)
      WHERE split IS NULL AND NOT 'citations' IN coalesce(claim.correctedFields, [])
        AND (r.current OR (claim.current = false AND last(claim.versions) IN r.versions))
      RETURN source
      UNION
      // As the document's sourceRefs: the direct citations, or where none, the inherited ones; a
      // source a re-ingest has since pruned is left out.
      WITH claim, split WHERE split IS NULL AND 'citations' IN coalesce(claim.correctedFields, [])
      MATCH (:Curation {itemId: claim.id})-[:HAS_CORRECTION]->(k:Correction {field: 'citations'})
      UNWIND range(0, size(k.correctedSourceIds) - 1) AS at
      WITH k, at WHERE k.correctedScopes[at] = CASE WHEN 'direct' IN k.correctedScopes THEN 'direct' ELSE 'inherited' END
      MATCH (source:Source {id: k.correctedSourceIds[at]})
      RETURN source
      UNION
      UNWIND split.mentionIds AS mentionId
      MATCH (mention:Mention {id: mentionId})-[r:CITES]->(source:Source)
      WHERE r.current OR (mention.current = false AND last(mention.versions) IN r.versions)
      RETURN source
    }
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
    MATCH (reviewed)-[:HAS_VERDICT]->(v:Verdict)
    WITH v ORDER BY v.recordedAt DESC, v.id
    LIMIT $verdictsLimit
    RETURN v {.*}
  }
} AS item
ORDER BY index
RETURN key AS id, collect(item) AS items
