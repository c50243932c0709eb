// Actors are shared across stories: a new story may add aliases but never renames an actor.
// Rows are one per actor (the writer merges a batch's rows for one actor), so `created` is exact:
// the writer sets a name on every actor, and only an actor MERGE just created has none yet.
UNWIND $rows AS row
MERGE (a:Actor {id: row.id})
WITH a, row, a.name IS NULL AS created
SET a.name = coalesce(a.name, row.name),
    a.kind = coalesce(a.kind, row.kind),
    a.aliases = CASE WHEN created THEN row.aliases ELSE reduce(acc = coalesce(a.aliases, []), alias IN row.aliases |
      CASE WHEN alias IN acc THEN acc ELSE acc + alias END) END
WITH row, created
WHERE created
RETURN collect(row.id) AS created
