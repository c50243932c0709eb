// Takes the lease on migrating the graph (src/ingest/migrate/migration-lease.ts): free, stale, or
// already this holder's. Setting a property first locks the marker, so the lease read after it is
// the one the last taker committed.
MERGE (m:GraphModel {id: 'claimgraph'})
SET m.migrationLock = coalesce(m.migrationLock, 0) + 1
WITH m, m.migrationHolder IS NULL OR m.migrationHolder = $holder
  OR m.migrationRenewedAt < datetime() - duration({minutes: $staleMinutes}) AS free
SET m.migrationHolder = CASE WHEN free THEN $holder ELSE m.migrationHolder END,
    m.migrationSince = CASE WHEN free THEN datetime() ELSE m.migrationSince END,
    m.migrationRenewedAt = CASE WHEN free THEN datetime() ELSE m.migrationRenewedAt END
REMOVE m.migrationLock
RETURN free AS taken, m.migrationHolder AS holder, toString(m.migrationSince) AS since, toString(m.migrationRenewedAt) AS renewedAt
