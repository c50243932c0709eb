// Of the sources a verdict names as evidence, those no source has the id of.
UNWIND $ids AS id
OPTIONAL MATCH (s:Source {id: id})
WITH id, s WHERE s IS NULL
RETURN id
