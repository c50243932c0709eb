import { cypherStatements } from './cypher-file';
import type { Database } from './database';
import { fulltextIndexDefinition, type FulltextIndexDefinition } from './fulltext-index-definition';

const FULLTEXT_INDEXES = {
  name: 'fulltext-indexes',
  text: `SHOW FULLTEXT INDEXES YIELD name, options, labelsOrTypes, properties
         RETURN name, options.indexConfig.\`fulltext.analyzer\` AS analyzer, labelsOrTypes AS labels, properties`,
};

const DROP_INDEX = { name: 'drop-outdated-fulltext-index', text: 'DROP INDEX $name IF EXISTS' };

/** The full-text indexes the database has, as `name → what it indexes and how`. */
async function existingFulltextIndexes(db: Database): Promise<Map<string, string>> {
  const rows = await db.read(FULLTEXT_INDEXES);
  return new Map(rows.map((row) => [String(row.name), JSON.stringify([row.analyzer, row.labels, row.properties])]));
}

const signature = (index: FulltextIndexDefinition) => JSON.stringify([index.analyzer, [index.label], index.properties]);

/**
 * Creates constraints and indexes (idempotently) and waits until they are online. `meanwhile` runs
 * while the indexes populate (the constraints' own indexes are online by then). A full-text index
 * made by an older claimgraph (another analyzer or other properties) is dropped and created anew,
 * since `IF NOT EXISTS` would keep it.
 */
export async function applySchema(db: Database, meanwhile?: () => Promise<void>): Promise<void> {
  const existing = await existingFulltextIndexes(db);
  // Schema commands cannot share a transaction with each other, so each gets its own.
  for (const statement of cypherStatements('schema')) {
    const wanted = fulltextIndexDefinition(statement.text);
    if (wanted && existing.has(wanted.name) && existing.get(wanted.name) !== signature(wanted)) {
      await db.write((tx) => tx.run(DROP_INDEX, { name: wanted.name }));
    }
    await db.write((tx) => tx.run(statement));
  }
  await meanwhile?.();
  await db.write((tx) => tx.run({ name: 'await-indexes', text: 'CALL db.awaitIndexes(300)' }));
}
