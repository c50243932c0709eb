// Root `stories` (page.cypher or count.cypher is appended).
MATCH (n:Story)
