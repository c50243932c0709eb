// Root `tensions`: the tensions matching the filter (page.cypher or count.cypher is appended).
MATCH (n:Tension)
WHERE ($storyId IS NULL OR n.storyId = $storyId)
  AND CASE WHEN $version IS NULL THEN n.current ELSE $version IN n.versions END
  AND ($claimId IS NULL OR EXISTS { MATCH (n)-[:HAS_SIDE]->(:Claim {id: $claimId}) })
