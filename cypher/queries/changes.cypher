// Root `changes`: the audit trail, filtered by item, by API key and by record time
// (page.cypher or count.cypher is appended, ordered by `at`).
MATCH (n:Change)
WHERE ($itemId IS NULL OR n.itemId = $itemId)
  AND ($by IS NULL OR n.by = $by)
  AND ($since IS NULL OR n.at >= datetime($since))
  AND ($until IS NULL OR n.at < datetime($until))
