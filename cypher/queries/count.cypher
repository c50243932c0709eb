// Appended to a `<type>.cypher` filter: how many match, without materializing them.
RETURN count(n) AS total
