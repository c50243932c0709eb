// ClaimIdentity.mentionCount, for a batch of identities: the mentions of every story's claim of that
// statement. A read at a version of story $storyId counts that story's as the version held them and
// every other story's as they are now (as the relation fields do).
UNWIND $ids AS id
MATCH (n:ClaimIdentity {id: id})
RETURN id, {count: COUNT {
  MATCH (n)<-[r:SAME_CLAIM_AS]-(claim:Claim)-[h:HAS_MENTION]->(:Mention)
  WHERE CASE WHEN $storyId IS NULL OR claim.storyId = $storyId
      THEN CASE WHEN $version IS NULL THEN r.current ELSE $version IN r.versions END
      ELSE r.current END
    AND CASE WHEN $storyId IS NULL OR claim.storyId = $storyId
      THEN CASE WHEN $version IS NULL THEN h.current ELSE $version IN h.versions END
      ELSE h.current END
}} AS node
