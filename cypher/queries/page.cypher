// Appended to a `<type>.cypher` filter (which ends binding `n`): one page in a stable order.
// $orderBy is a property name the API picked from its own enum, never user text. At a version
// ($version), `m` is what that version held of `n` (propertiesAt in src/model/graph-vocabulary.ts),
// which the page is ordered by and returns; without one, `n` itself.
WITH n, CASE WHEN $version IS NULL THEN n
  ELSE coalesce(head(COLLECT {
    MATCH (n)-[:HAS_STATE]->(state:ItemState)
    WHERE ($storyId IS NULL OR n.storyId = $storyId) AND $version IN state.versions
    RETURN state {.*, id: n.id, versions: n.versions, current: n.current, atStoryId: $storyId, atVersion: $version}
  }), n {.*, atStoryId: $storyId, atVersion: $version}) END AS m
ORDER BY
  CASE WHEN $descending THEN null ELSE m[$orderBy] END ASC,
  CASE WHEN $descending THEN m[$orderBy] END DESC,
  m.id ASC
SKIP $offset
LIMIT $limit
RETURN m {.*} AS node
