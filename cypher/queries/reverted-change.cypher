// Change.reverts: for reverting changes by id, the change each reverts (its REVERTS edge).
UNWIND $ids AS id
MATCH (:Change {id: id})-[:REVERTS]->(reverted:Change)
RETURN id, reverted {.*} AS node
