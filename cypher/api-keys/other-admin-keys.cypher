// How many active admin keys there are besides $id (read after lock-api-keys.cypher).
MATCH (k:ApiKey {role: 'admin'})
WHERE k.revokedAt IS NULL AND k.id <> $id
RETURN count(k) AS others
