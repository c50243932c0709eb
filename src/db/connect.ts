import type { Config } from '../config/config';
import { ensureGraphModel } from '../ingest/migrate/ensure-graph-model';
import { applySchema } from './apply-schema';
import { createDriver, Database, type Neo4jConnection } from './database';
import { ensureLocalNeo4j } from './local-neo4j/ensure-local-neo4j';

/**
 * The configured Neo4j (NEO4J_URI: Aura, a cluster, any server) or, without one, claimgraph's own
 * local server, installed and started on demand.
 */
export async function resolveConnection(config: Config, log: (line: string) => void): Promise<Neo4jConnection> {
  const { uri, user, password } = config.neo4j;
  if (uri && password) return { uri, user, password };
  return ensureLocalNeo4j(config.localNeo4j, log);
}

/** Connects, checks that the server answers, and makes sure the schema (constraints, indexes) is in place. */
export async function openDatabase(config: Config, log: (line: string) => void): Promise<Database> {
  const connection = await resolveConnection(config, log);
  const driver = createDriver(connection, config.neo4j.poolSize);
  try {
    await driver.verifyConnectivity({ database: config.neo4j.database });
    const db = new Database(driver, {
      database: config.neo4j.database,
      txTimeoutMs: config.api.txTimeoutMs,
      writeTimeoutMs: config.ingest.txTimeoutMs,
      poolSize: config.neo4j.poolSize,
    });
    await applySchema(db);
    return db;
  } catch (error) {
    await driver.close();
    throw error;
  }
}

/**
 * The database every command works on: open, with its schema, and in the graph model this claimgraph
 * writes — migrated at this point if it was older, or refused (GraphModelRefusal) if it cannot be.
 */
export async function connectDatabase(config: Config, log: (line: string) => void): Promise<Database> {
  const db = await openDatabase(config, log);
  try {
    await ensureGraphModel(db, log);
    return db;
  } catch (error) {
    await db.driver.close();
    throw error;
  }
}
