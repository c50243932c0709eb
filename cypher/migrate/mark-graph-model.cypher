// The graph model the graph is in: written on an empty graph and last in every migration.
MERGE (m:GraphModel {id: 'claimgraph'})
SET m.version = $modelVersion
