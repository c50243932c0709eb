import type { Driver } from 'neo4j-driver';
import { applySchema } from '../../src/db/apply-schema';
import { createDriver, Database } from '../../src/db/database';
import { seedStories } from '../../src/ingest/seed';
import { resetDatabase, testNeo4jConnection } from '../setup/test-neo4j';
import { seed } from '../support/seed-story';

/**
 * A database made by an older claimgraph keeps its full-text indexes (`CREATE … IF NOT EXISTS`
 * leaves an index of the same name alone): applySchema must replace each one whose analyzer or
 * properties differ from schema.cypher, and leave the ones that match untouched.
 */

let driver: Driver;
let db: Database;
beforeAll(async () => {
  driver = createDriver(testNeo4jConnection());
  db = new Database(driver, { database: 'neo4j', txTimeoutMs: 60_000 });
  await resetDatabase(driver);
});
// Whatever happened, the next suite finds the indexes schema.cypher asks for.
afterAll(async () => {
  await applySchema(db);
  await driver.close();
});

interface FulltextIndex {
  id: number;
  name: string;
  state: string;
  analyzer: string;
  label: string;
  properties: string[];
}

const run = (text: string) => db.write((tx) => tx.run({ name: 'test/schema', text }));

async function fulltextIndexes(): Promise<Map<string, FulltextIndex>> {
  const rows = await db.read({
    name: 'test/fulltext-indexes',
    text: `SHOW FULLTEXT INDEXES YIELD id, name, state, options, labelsOrTypes, properties
           RETURN id, name, state, options.indexConfig.\`fulltext.analyzer\` AS analyzer, labelsOrTypes[0] AS label, properties`,
  });
  return new Map(rows.map((row) => [String(row.name), row as unknown as FulltextIndex]));
}

/** The full-text indexes claimgraph created before search stemmed and found actors. */
async function createOldIndexes(): Promise<void> {
  for (const index of (await fulltextIndexes()).keys()) await run(`DROP INDEX ${index}`);
  await run('CREATE FULLTEXT INDEX claim_text FOR (n:Claim) ON EACH [n.text, n.quote]');
  // Right analyzer, wrong properties: replaced too.
  await run("CREATE FULLTEXT INDEX source_text FOR (n:Source) ON EACH [n.title] OPTIONS {indexConfig: {`fulltext.analyzer`: 'english'}}");
  await run('CREATE FULLTEXT INDEX event_text FOR (n:Event) ON EACH [n.text]');
  await run('CALL db.awaitIndexes(300)');
}

const hitIds = async (index: string, text: string) =>
  (
    await db.read({ name: 'test/fulltext-query', text: 'CALL db.index.fulltext.queryNodes($index, $text) YIELD node RETURN node.id AS id' }, { index, text })
  ).map((row) => String(row.id));

/** The seed's claims whose text or quote holds a word `accept` takes, as a full-text index splits words. */
const claimsWith = (accept: (word: string) => boolean) =>
  seed.claims
    .filter((claim) => [claim.text, claim.quote ?? ''].some((text) => text.toLowerCase().split(/[^a-z0-9]+/).some(accept)))
    .map((claim) => claim.id)
    .sort();

test('an old database gets english, complete full-text indexes; a second start leaves them be', async () => {
  await createOldIndexes();
  await seedStories(db);
  expect((await hitIds('claim_text', 'layoff')).sort()).toEqual(claimsWith((word) => word === 'layoff'));

  await applySchema(db);
  const upgraded = await fulltextIndexes();
  expect([...upgraded.values()].map(({ name, state, analyzer, label, properties }) => ({ name, state, analyzer, label, properties })).sort((a, b) => a.name.localeCompare(b.name))).toEqual([
    { name: 'actor_text', state: 'ONLINE', analyzer: 'english', label: 'Actor', properties: ['name', 'aliases'] },
    { name: 'claim_text', state: 'ONLINE', analyzer: 'english', label: 'Claim', properties: ['text', 'quote'] },
    { name: 'correction_text', state: 'ONLINE', analyzer: 'english', label: 'Correction', properties: ['corrected'] },
    { name: 'event_text', state: 'ONLINE', analyzer: 'english', label: 'Event', properties: ['text'] },
    { name: 'source_text', state: 'ONLINE', analyzer: 'english', label: 'Source', properties: ['title', 'publisher'] },
  ]);
  // The recreated indexes hold the data written before: "layoff" now finds every "layoffs".
  expect((await hitIds('claim_text', 'layoff')).sort()).toEqual(claimsWith((word) => word === 'layoff' || word === 'layoffs'));
  expect(await hitIds('source_text', 'Rohan Paul Twitter')).toEqual(expect.arrayContaining(['source:meta-surveillance-layoffs:2', 'source:meta-surveillance-layoffs:3']));

  await applySchema(db);
  const again = await fulltextIndexes();
  expect([...again.values()].map((index) => [index.name, index.id])).toEqual([...upgraded.values()].map((index) => [index.name, index.id]));
});
