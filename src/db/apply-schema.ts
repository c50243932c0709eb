import { cypherStatements } from './cypher-file';
import type { Database } from './database';

/**
 * Creates constraints and indexes (idempotently) and waits until they are online. `meanwhile` runs
 * while the indexes populate (the constraints' own indexes are online by then).
 */
export async function applySchema(db: Database, meanwhile?: () => Promise<void>): Promise<void> {
  // Schema commands cannot share a transaction with each other, so each gets its own.
  for (const statement of cypherStatements('schema')) {
    await db.write((tx) => tx.run(statement));
  }
  await meanwhile?.();
  await db.write((tx) => tx.run({ name: 'await-indexes', text: 'CALL db.awaitIndexes(300)' }));
}
