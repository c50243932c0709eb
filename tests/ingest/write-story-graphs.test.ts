import { readFileSync } from 'node:fs';
import path from 'node:path';
import { syntheticStoryGraph } from '../../bench/graph/synthetic-story-graphs';
import { applySchema } from '../../src/db/apply-schema';
import { createDriver, Database, type WriteTransaction } from '../../src/db/database';
import { loadStory } from '../../src/ingest/load-story-file';
import { VersionConflictError } from '../../src/ingest/version-conflict-error';
import { writeStoryGraph } from '../../src/ingest/write-story-graph';
import { writeStoryGraphs, type StoryGraphsWrite, type StoryToWrite, type Tally, type WrittenStory } from '../../src/ingest/write-story-graphs';
import { ITEM_STATE, STORY_VERSION } from '../../src/model/graph-vocabulary';
import { StoryGraphDocument } from '../../src/model/story-graph';
import { derivationStory } from '../support/derivation-story';
import { luminaFile } from '../support/fixture-stories';
import { graphCounts } from '../support/graph-counts';
import { resetDatabase, testNeo4jConnection } from '../setup/test-neo4j';

const seed = StoryGraphDocument.parse(JSON.parse(readFileSync(path.join(__dirname, '../../seed/meta-surveillance-layoffs.graph.json'), 'utf8')));
const seedV2: StoryGraphDocument = { ...seed, story: { ...seed.story, version: 2, updatedAt: '2026-05-23T10:00:00Z' }, questions: seed.questions.slice(1) };
const synthetic = [0, 1].map((index) => StoryGraphDocument.parse(syntheticStoryGraph(42, index)));

// Each test writes a dozen story versions, some twice, and the first meets a cold query planner.
jest.setTimeout(240_000);

let db: Database;
let lumina1: StoryToWrite;
let lumina2: StoryToWrite;
beforeAll(async () => {
  db = new Database(createDriver(testNeo4jConnection()), { database: 'neo4j', txTimeoutMs: 60_000 });
  await applySchema(db);
  lumina1 = await loadStory(luminaFile(1));
  lumina2 = await loadStory(luminaFile(2));
});
beforeEach(() => resetDatabase(db.driver));
afterAll(() => db.driver.close());

/** Every node and relationship with all its properties, in a stable order: two graphs compare equal only when they are. */
async function dumpGraph(): Promise<string[]> {
  const nodes = await db.read({ name: 'test/dump-nodes', text: 'MATCH (n) RETURN labels(n) AS labels, properties(n) AS props' });
  const links = await db.read({
    name: 'test/dump-links',
    text: 'MATCH (a)-[r]->(b) RETURN a.id AS from, type(r) AS type, b.id AS to, properties(r) AS props',
  });
  // When a version was recorded differs between any two writes; that it was recorded does not.
  const recorded = nodes.map((row) =>
    (row.labels as string[]).includes(STORY_VERSION.label) ? { ...row, props: { ...(row.props as object), recordedAt: 'when recorded' } } : row,
  );
  return [...recorded, ...links].map((row) => JSON.stringify(row, (_, value: unknown) => sortKeys(value))).sort();
}

const sortKeys = (value: unknown) =>
  value && typeof value === 'object' && !Array.isArray(value) ? Object.fromEntries(Object.entries(value).sort(([a], [b]) => a.localeCompare(b))) : value;

const written = (result: StoryGraphsWrite): WrittenStory[] => result.outcomes.flatMap((outcome) => ('written' in outcome ? [outcome.written] : []));
const refused = (result: StoryGraphsWrite): VersionConflictError[] => result.outcomes.flatMap((outcome) => ('refused' in outcome ? [outcome.refused] : []));
const sumOf = (stories: WrittenStory[], pick: (story: WrittenStory) => Record<string, Tally>, field: keyof Tally) =>
  stories.reduce((total, story) => total + Object.values(pick(story)).reduce((sum, tally) => sum + tally[field], 0), 0);

const mixedBatch = (): StoryToWrite[] => [
  lumina1,
  { document: seed },
  { document: derivationStory },
  ...synthetic.map((document) => ({ document })),
  // A newer version of a story written earlier in the batch, and the same version of another again.
  lumina2,
  { document: seed },
];

test('a batch writes exactly the graph that one transaction per story writes', async () => {
  for (const { document, source } of mixedBatch()) await writeStoryGraph(db, document, source);
  const oneByOne = await dumpGraph();

  await resetDatabase(db.driver);
  const result = await writeStoryGraphs(db, mixedBatch());
  // A story may come once per transaction, so the second lumina version starts a second one.
  expect(result.transactions).toBe(2);
  expect(refused(result)).toEqual([]);
  expect(await dumpGraph()).toEqual(oneByOne);
});

test('per-story tallies add up to what the server created; the same batch again creates and deletes nothing', async () => {
  const first = await writeStoryGraphs(db, mixedBatch());
  const counts = await graphCounts(db);
  expect(sumOf(written(first), (s) => s.nodes, 'created')).toBe(counts.nodes);
  expect(sumOf(written(first), (s) => s.relationships, 'created')).toBe(counts.relationships);
  expect(first.changes).toMatchObject({ nodesCreated: counts.nodes, relationshipsCreated: counts.relationships });
  const [luminaFirst] = written(first);
  expect(luminaFirst?.nodes.Claim).toEqual({ total: lumina1.document.claims.length, created: lumina1.document.claims.length });
  // An actor shared by stories of the batch is created once, in the first story naming it.
  expect(sumOf(written(first), (s) => ({ Actor: s.nodes.Actor ?? { total: 0, created: 0 } }), 'created')).toBe(
    new Set(mixedBatch().flatMap(({ document }) => document.actors.map((actor) => actor.id))).size,
  );

  // Without lumina's version 1, which the graph has outgrown since.
  const again = await writeStoryGraphs(db, mixedBatch().slice(1));
  expect(refused(again)).toEqual([]);
  expect(again.changes).toMatchObject({ nodesCreated: 0, relationshipsCreated: 0, nodesDeleted: 0, relationshipsDeleted: 0 });
  expect(sumOf(written(again), (s) => s.nodes, 'created') + sumOf(written(again), (s) => s.relationships, 'created')).toBe(0);
  // What the versions hold; the old properties the first write filed in states (ItemState) are filed once.
  const held = (story: WrittenStory) => Object.fromEntries(Object.entries(story.nodes).filter(([label]) => label !== ITEM_STATE.label));
  expect(sumOf(written(again), held, 'total')).toBe(sumOf(written(first).slice(1), held, 'total'));
  expect(await graphCounts(db)).toEqual(counts);
});

test('a document older than the graph is refused, naming its story, while the rest of its batch is written', async () => {
  await writeStoryGraph(db, seedV2);
  const result = await writeStoryGraphs(db, [lumina1, { document: seed }, { document: derivationStory }]);
  expect(result.outcomes.map((outcome) => ('refused' in outcome ? 'refused' : 'written'))).toEqual(['written', 'refused', 'written']);
  const [conflict] = refused(result);
  expect(conflict).toBeInstanceOf(VersionConflictError);
  expect(conflict).toMatchObject({ storyId: seed.story.id, version: 1, latestVersion: 2 });
  const afterBatch = await dumpGraph();

  // The refused document changed nothing: the graph is what the others alone make.
  await resetDatabase(db.driver);
  for (const document of [seedV2, lumina1.document, derivationStory]) await writeStoryGraph(db, document, document === lumina1.document ? lumina1.source : undefined);
  expect(afterBatch).toEqual(await dumpGraph());
});

test('two versions of one story in one batch: in order they make history, out of order the older is refused', async () => {
  const inOrder = await writeStoryGraphs(db, [{ document: seed }, { document: seedV2 }]);
  expect(inOrder.transactions).toBe(2);
  const [dropped, kept] = seed.questions;
  const flags = (id: string) => db.read({ name: 'test/flags', text: 'MATCH (n:Question {id: $id}) RETURN n.versions AS versions, n.current AS current' }, { id });
  expect(await flags(dropped?.id ?? '')).toEqual([{ versions: [1], current: false }]);
  expect(await flags(kept?.id ?? '')).toEqual([{ versions: [1, 2], current: true }]);

  await resetDatabase(db.driver);
  const outOfOrder = await writeStoryGraphs(db, [{ document: seedV2 }, { document: seed }]);
  expect(refused(outOfOrder).map((error) => error.message)).toEqual([
    `${seed.story.id} is at version 2 already; refusing to ingest older version 1`,
  ]);
});

test('a transaction that fails part-way writes nothing of any story in it', async () => {
  await writeStoryGraph(db, seed);
  const before = await dumpGraph();
  let statements = 0;
  // Fails the statement after the node writes, once the transaction has written a good deal.
  const failing = Object.create(db) as Database;
  failing.write = (work) =>
    db.write((tx) => {
      const wrapped: WriteTransaction = {
        run: (query, params) => {
          statements += 1;
          if (query.name.startsWith('link-') || query.name.startsWith('create-link-')) throw new Error('injected failure');
          return tx.run(query, params);
        },
        counters: tx.counters,
      };
      return work(wrapped);
    });
  await expect(writeStoryGraphs(failing, [lumina1, { document: seedV2 }, { document: derivationStory }])).rejects.toThrow('injected failure');
  expect(statements).toBeGreaterThan(5);
  expect(await dumpGraph()).toEqual(before);
});
