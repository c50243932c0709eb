// Sources by their citation number within a story, for a batch of `storyId#ref` keys.
UNWIND $ids AS id
WITH id, split(id, '#') AS key
MATCH (n:Source {storyId: key[0], ref: toInteger(key[1])})
RETURN id, n {.*} AS node
