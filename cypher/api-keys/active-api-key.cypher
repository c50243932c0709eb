// The key a request presents, by its hash (unique index seek); revoked keys answer nothing.
MATCH (k:ApiKey {hash: $hash})
WHERE k.revokedAt IS NULL
RETURN k.id AS id, k.role AS role
