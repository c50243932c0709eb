// The newest change to the same field of the item after the one a revert would undo (a higher
// revision of the item), if any, with the value it left: the field's value now.
MATCH (later:Change {itemId: $itemId})
WHERE later.field = $field AND later.revision > $revision
RETURN later.id AS id, later.after AS after
ORDER BY later.revision DESC
LIMIT 1
