// A verdict by id (read under its claim's lock): the one a new verdict of the same reviewer replaces.
MATCH (v:Verdict {id: $id})
RETURN v {.*} AS verdict
