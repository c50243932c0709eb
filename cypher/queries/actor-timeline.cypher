// Actor.timeline, for a batch of actors, in one statement: each actor's ASSERTS edges (in story
// $inStory, or in every story) by valid time (the edge's `at`), undated ones last, ties and undated
// ones in document order (story, then the claim's position); at most $first, each with the claim's
// DISCLOSED_THROUGH edges of that actor, earliest first (at most $disclosuresLimit). Read at version
// $version of story $storyId, that story's edges are that version's; other stories' are their newest
// (as Actor.assertions reads them). Answers ids, which the resolvers read through the loaders.
UNWIND $ids AS id
MATCH (actor:Actor {id: id})
RETURN id, COLLECT {
  MATCH (actor)-[r:ASSERTS]->(c:Claim)
  WHERE ($inStory IS NULL OR c.storyId = $inStory)
    AND CASE WHEN $storyId IS NULL OR c.storyId = $storyId
      THEN CASE WHEN $version IS NULL THEN r.current ELSE $version IN r.versions END
      ELSE r.current END
  WITH r, c ORDER BY r.at IS NULL, r.at, c.storyId, c.position, r.channel
  LIMIT $first
  RETURN {
    claimId: c.id,
    channel: r.channel,
    at: r.at,
    disclosures: COLLECT {
      MATCH (c)-[d:DISCLOSED_THROUGH {actorId: id}]->(s:Source)
      WHERE CASE WHEN $storyId IS NULL OR c.storyId = $storyId
        THEN CASE WHEN $version IS NULL THEN d.current ELSE $version IN d.versions END
        ELSE d.current END
      WITH d, s ORDER BY d.at IS NULL, d.at, d.channel, s.id
      LIMIT $disclosuresLimit
      RETURN {channel: d.channel, at: d.at, sourceId: s.id}
    }
  }
} AS items
