// Renews a migration lease its holder still has (src/ingest/migrate/migration-lease.ts).
MATCH (m:GraphModel {id: 'claimgraph'})
SET m.migrationRenewedAt = CASE WHEN m.migrationHolder = $holder THEN datetime() ELSE m.migrationRenewedAt END
RETURN m.migrationHolder = $holder AS renewed, m.migrationHolder AS holder
