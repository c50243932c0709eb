// Only the key's hash is stored: the key itself is printed once and never kept.
CREATE (k:ApiKey {id: $id, name: $name, hash: $hash, role: $role, createdAt: datetime()})
RETURN k.id AS id, k.name AS name, k.role AS role, k.createdAt AS createdAt, k.revokedAt AS revokedAt
