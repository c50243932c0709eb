// The graph model the graph is in: written on an empty graph and last in every migration, which
// drops its lease with it (take-migration-lease.cypher).
MERGE (m:GraphModel {id: 'claimgraph'})
SET m.version = $modelVersion
REMOVE m.migrationHolder, m.migrationSince, m.migrationRenewedAt
