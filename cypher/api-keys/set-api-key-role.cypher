// A key's role; the API sees the new one within CLAIMGRAPH_API_KEY_CACHE_MS, as a revocation.
MATCH (k:ApiKey {id: $id})
SET k.role = $role
RETURN k.id AS id, k.name AS name, k.role AS role, k.createdAt AS createdAt, k.revokedAt AS revokedAt
