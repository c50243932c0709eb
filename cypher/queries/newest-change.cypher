// The newest Change of items by id (ApiKey.lastChange): the highest revision, through the change_item_id index.
UNWIND $ids AS id
CALL (id) {
  MATCH (ch:Change {itemId: id})
  RETURN ch ORDER BY ch.revision DESC LIMIT 1
}
RETURN id, ch {.*} AS node
