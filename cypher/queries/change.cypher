// Changes by id (revertChange's target), by the unique Change id.
UNWIND $ids AS id
MATCH (n:Change {id: id})
RETURN id, n {.*} AS node
