// Story.actorContradictions and Query.actorContradictions, for a batch of story groups (each id the
// story ids of one group, space-separated: story ids hold no spaces), in one statement: the
// $relation edges (CONTRADICTS or SUPPORTS) of the group's claims grouped by the speakers (SPOKEN_BY)
// of their two ends, the pair with most edges first, at most $first pairs; each pair's claim pairs in
// story and document order, at most $claimPairsLimit, with the ASSERTS edges of both claims (as
// Claim.assertions orders them, at most $assertionsLimit). Answers ids, and in `named` every id it
// answers, which the loader completes with those nodes at the version read (named-nodes.ts).
UNWIND $ids AS id
CALL (id) {
  UNWIND split(id, ' ') AS storyId
  // Through the story's claims: on a small graph the planner would scan every edge of the type in every story instead.
  MATCH (c:Claim {storyId: storyId})-[r:CONTRADICTS|SUPPORTS]->(d:Claim)
  USING INDEX c:Claim(storyId)
  WHERE type(r) = $relation AND CASE WHEN $version IS NULL THEN r.current ELSE $version IN r.versions END
  MATCH (c)-[spoke:SPOKEN_BY]->(speaker:Actor)
  WHERE CASE WHEN $version IS NULL THEN spoke.current ELSE $version IN spoke.versions END
  MATCH (d)-[answered:SPOKEN_BY]->(counterpart:Actor)
  WHERE CASE WHEN $version IS NULL THEN answered.current ELSE $version IN answered.versions END
  WITH speaker, counterpart, c, d, r
  ORDER BY c.storyId, c.position, d.position, r.tensionId
  WITH speaker, counterpart, collect({claim: c, counterpart: d, tensionId: r.tensionId}) AS pairs
  ORDER BY size(pairs) DESC, speaker.id, counterpart.id
  LIMIT $first
  CALL (pairs) {
    UNWIND range(0, size(pairs[..$claimPairsLimit]) - 1) AS at
    WITH at, pairs[at].claim AS c, pairs[at].counterpart AS d, pairs[at].tensionId AS tensionId
    // Each end's assertions, as Claim.assertions lists them.
    WITH at, c, d, tensionId, [claim IN [c, d] | COLLECT {
      MATCH (claim)<-[a:ASSERTS]-(x:Actor)
      WHERE CASE WHEN $version IS NULL THEN a.current ELSE $version IN a.versions END
      WITH a, x ORDER BY x.name, x.id, a.channel
      LIMIT $assertionsLimit
      RETURN {actorId: x.id, channel: a.channel, at: a.at}
    }] AS assertions
    ORDER BY at
    RETURN collect({
      claimId: c.id,
      counterpartId: d.id,
      tensionId: tensionId,
      claimAssertions: assertions[0],
      counterpartAssertions: assertions[1]
    }) AS claimPairs
  }
  RETURN collect({actorId: speaker.id, counterpartId: counterpart.id, count: size(pairs), claimPairs: claimPairs}) AS items
}
// The nodes the answer names: withNamedNodes reads them at the version.
RETURN id, items, reduce(named = [], pair IN items | named + pair.actorId + pair.counterpartId
  + reduce(inPairs = [], claimPair IN pair.claimPairs | inPairs + claimPair.claimId + claimPair.counterpartId
    + [tensionId IN [claimPair.tensionId] WHERE tensionId IS NOT NULL]
    + [asserted IN claimPair.claimAssertions + claimPair.counterpartAssertions | asserted.actorId])) AS named
