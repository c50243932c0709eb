// For each story of a batch, read inside the ingest transaction: the version the graph holds, and
// whether the story is fresh — no Story node and none of its items' ids in the graph — so that its
// items can be created outright instead of merged, and nothing of it needs retracting or marking.
// (Item ids are only conventionally story-scoped: a JSON document may name any id, so look them up.)
UNWIND $stories AS row
OPTIONAL MATCH (s:Story {id: row.id})
RETURN row.id AS storyId,
       s.version AS latestVersion,
       s IS NULL
         AND NOT EXISTS { MATCH (n:Source) WHERE n.id IN row.ids.Source }
         AND NOT EXISTS { MATCH (n:Claim) WHERE n.id IN row.ids.Claim }
         AND NOT EXISTS { MATCH (n:Event) WHERE n.id IN row.ids.Event }
         AND NOT EXISTS { MATCH (n:Question) WHERE n.id IN row.ids.Question }
         AND NOT EXISTS { MATCH (n:Perspective) WHERE n.id IN row.ids.Perspective }
         AND NOT EXISTS { MATCH (n:Tension) WHERE n.id IN row.ids.Tension } AS fresh
