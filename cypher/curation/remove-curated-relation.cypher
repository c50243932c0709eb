// A curated relation taken away: the write's Change keeps what it was.
MATCH (r:CuratedRelation {id: $id})
DETACH DELETE r
