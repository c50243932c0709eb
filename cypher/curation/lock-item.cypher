// The claim or source a curation writes to ($label), with its Curation node, made on its first
// curation, write-locked for the rest of the transaction: concurrent writes to one item take turns,
// and each reads the revision its predecessor committed. No row when no such item exists.
CALL () {
  MATCH (n:Claim {id: $itemId}) RETURN n
  UNION
  MATCH (n:Source {id: $itemId}) RETURN n
}
WITH n WHERE $label IN labels(n)
MERGE (c:Curation {itemId: n.id})
  ON CREATE SET c.revision = 0, c.storyId = n.storyId
MERGE (c)-[:CURATES]->(n)
// Setting a property takes the node's write lock, held until the transaction ends.
SET c.locked = true
REMOVE c.locked
RETURN n.id AS itemId
