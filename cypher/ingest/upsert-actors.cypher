// Actors are shared across stories: a new story may add aliases but never renames an actor.
UNWIND $rows AS row
MERGE (a:Actor {id: row.id})
ON CREATE SET a.name = row.name, a.kind = row.kind, a.aliases = row.aliases
ON MATCH SET a.aliases = reduce(acc = coalesce(a.aliases, []), alias IN row.aliases |
  CASE WHEN alias IN acc THEN acc ELSE acc + alias END)
