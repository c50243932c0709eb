// Root `events`: the events matching the filter (page.cypher or count.cypher is appended).
// The CALL enters through the most selective index the filter allows (one branch runs; the others
// stop at their first WHERE), then every filter applies.
CALL () {
  WITH 1 AS entry WHERE $actorId IS NOT NULL
  MATCH (:Actor {id: $actorId})-[:PARTICIPATED_IN]->(n:Event)
  RETURN n
  UNION ALL
  WITH 1 AS entry WHERE $actorId IS NULL AND $storyId IS NOT NULL
  MATCH (n:Event {storyId: $storyId})
  RETURN n
  UNION ALL
  WITH 1 AS entry WHERE $actorId IS NULL AND $storyId IS NULL AND ($from IS NOT NULL OR $to IS NOT NULL)
  MATCH (n:Event)
  WHERE n.date >= coalesce(date($from), date('-999999999-01-01'))
    AND n.date <= coalesce(date($to), date('+999999999-12-31'))
  RETURN n
  UNION ALL
  WITH 1 AS entry WHERE $actorId IS NULL AND $storyId IS NULL AND $from IS NULL AND $to IS NULL
  MATCH (n:Event)
  RETURN n
}
WITH n
WHERE ($storyId IS NULL OR n.storyId = $storyId)
  AND CASE WHEN $version IS NULL THEN n.current ELSE $version IN n.versions END
  AND ($from IS NULL OR n.date >= date($from))
  AND ($to IS NULL OR n.date <= date($to))
  AND ($textContains IS NULL OR toLower(n.text) CONTAINS toLower($textContains))
  AND ($actorId IS NULL OR EXISTS { MATCH (:Actor {id: $actorId})-[:PARTICIPATED_IN]->(n) })
