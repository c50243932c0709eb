// Appended to a `<type>.cypher` filter (which ends binding `n`): one page in a stable order.
// $orderBy is a property name the API picked from its own enum, never user text.
WITH n
ORDER BY
  CASE WHEN $descending THEN null ELSE n[$orderBy] END ASC,
  CASE WHEN $descending THEN n[$orderBy] END DESC,
  n.id ASC
SKIP $offset
LIMIT $limit
RETURN n {.*} AS node
