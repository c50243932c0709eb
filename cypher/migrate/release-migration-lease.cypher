// Gives a migration lease back, if its holder still has it (src/ingest/migrate/migration-lease.ts).
MATCH (m:GraphModel {id: 'claimgraph'})
WHERE m.migrationHolder = $holder
REMOVE m.migrationHolder, m.migrationSince, m.migrationRenewedAt
