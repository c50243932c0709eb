// Story.actorContradictions and Query.actorContradictions, for a batch of story groups (each id the
// story ids of one group, space-separated: story ids hold no spaces), in one statement: the
// $relation edges (CONTRADICTS or SUPPORTS) of the group's claims grouped by the speakers (SPOKEN_BY)
// of their two ends, the pair with most edges first, at most $first pairs; each pair's claim pairs in
// story and document order, at most $claimPairsLimit, with the ASSERTS edges of both claims (as
// Claim.assertions orders them, at most $assertionsLimit). A default read follows the curators:
// their added links, their disputes, their merges and their corrected speakers; a read at a version
// answers the document. Answers ids, and in `named` every id it answers, which the loader completes
// with those nodes at the version read (named-nodes.ts).
UNWIND $ids AS id
CALL (id) {
  UNWIND split(id, ' ') AS storyId
  CALL (storyId) {
    // The story's own edges; on a default read, without those a curator disputed (removeClaimLink).
    // Through the story's claims: on a small graph the planner would scan every edge of the type in every story instead.
    MATCH (c:Claim {storyId: storyId})-[r:CONTRADICTS|SUPPORTS]->(d:Claim)
    USING INDEX c:Claim(storyId)
    WHERE type(r) = $relation AND CASE WHEN $version IS NULL
      THEN r.current AND NOT EXISTS {
        MATCH (c)<-[:CURATES]-(:Curation)-[:HAS_RELATION]->(dispute:CuratedRelation {toId: d.id, status: 'DISPUTED'})
        WHERE dispute.relation = type(r)
      }
      ELSE $version IN r.versions END
    RETURN c, d, r.tensionId AS tensionId
    UNION ALL
    // A curator's own links from the story's claims (addClaimLink), found through their Curation nodes.
    MATCH (:Curation {storyId: storyId})-[:HAS_RELATION]->(link:CuratedRelation {relation: $relation, status: 'ADDED'})
    MATCH (c:Claim {id: link.fromId})
    MATCH (d:Claim {id: link.toId})
    WHERE CASE WHEN $version IS NULL THEN c.current AND d.current ELSE false END
    RETURN c, d, null AS tensionId
  }
  // A claim merged into another (mergeClaims) is the kept claim's statement: its edges are the kept
  // claim's, and an edge both made (to one claim, in one tension) counts once; none against itself.
  WITH tensionId, [claim IN [c, d] | coalesce(CASE WHEN $version IS NULL THEN head(COLLECT {
      MATCH (claim)<-[:CURATES]-(:Curation)-[:HAS_RELATION]->(merge:CuratedRelation {relation: 'MERGED_INTO'})
      MATCH (kept:Claim {id: merge.toId})
      RETURN kept
    }) END, claim)] AS ends
  WITH DISTINCT ends[0] AS c, ends[1] AS d, tensionId
  WHERE c <> d
  // Who speaks each claim: an editor's corrected speaker on a default read (correctClaim), else the document's.
  WITH c, d, tensionId, [claim IN [c, d] | coalesce(CASE WHEN $version IS NULL AND 'speaker' IN coalesce(claim.correctedFields, []) THEN head(COLLECT {
      MATCH (:Curation {itemId: claim.id})-[:HAS_CORRECTION]->(correction:Correction {field: 'speaker'})
      RETURN correction.corrected
    }) END, head(COLLECT {
      MATCH (claim)-[spoken:SPOKEN_BY]->(speaker:Actor)
      WHERE CASE WHEN $version IS NULL THEN spoken.current ELSE $version IN spoken.versions END
      RETURN speaker.id
    }))] AS speakerIds
  MATCH (speaker:Actor {id: speakerIds[0]})
  MATCH (counterpart:Actor {id: speakerIds[1]})
  WITH speaker, counterpart, c, d, tensionId
  ORDER BY c.storyId, c.position, d.position, tensionId
  WITH speaker, counterpart, collect({claim: c, counterpart: d, tensionId: tensionId}) AS pairs
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
