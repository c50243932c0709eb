// Write-locks, in id order until the transaction ends, the key about to change and every active
// admin key, so that two admins cannot each take away the other's admin key at once: the second
// waits, then counts the admin keys as the first left them. Answers the key, if it exists.
MATCH (k:ApiKey)
WHERE k.id = $id OR (k.role = 'admin' AND k.revokedAt IS NULL)
WITH k ORDER BY k.id
SET k.locked = true
REMOVE k.locked
WITH k WHERE k.id = $id
RETURN k.id AS id, k.name AS name, k.role AS role, k.createdAt AS createdAt, k.revokedAt AS revokedAt
