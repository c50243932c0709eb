import { readFileSync } from 'node:fs';
import path from 'node:path';
import { applySchema } from '../../src/db/apply-schema';
import { createDriver, Database } from '../../src/db/database';
import { writeStoryGraph, VersionConflictError } from '../../src/ingest/write-story-graph';
import { StoryGraphDocument } from '../../src/model/story-graph';
import { graphCounts } from '../support/graph-counts';
import { resetDatabase, testNeo4jConnection } from '../setup/test-neo4j';

const seed = StoryGraphDocument.parse(
  JSON.parse(readFileSync(path.join(__dirname, '../../seed/meta-surveillance-layoffs.graph.json'), 'utf8')),
);
const [droppedQuestion, ...keptQuestions] = seed.questions;
const version2: StoryGraphDocument = {
  ...seed,
  story: { ...seed.story, version: 2, updatedAt: '2026-05-23T10:00:00Z' },
  questions: keptQuestions,
};

let db: Database;
beforeAll(async () => {
  db = new Database(createDriver(testNeo4jConnection()), { database: 'neo4j', txTimeoutMs: 30_000 });
  await applySchema(db);
});
beforeEach(() => resetDatabase(db.driver));
afterAll(() => db.driver.close());

const currentFlags = (label: 'Question', id: string) =>
  db.read({ name: 'test/flags', text: `MATCH (n:${label} {id: $id}) RETURN n.versions AS versions, n.current AS current` }, { id });

test('writing the same version twice creates nothing the second time', async () => {
  const first = await writeStoryGraph(db, seed);
  const after = await graphCounts(db);
  const second = await writeStoryGraph(db, seed);
  expect(await graphCounts(db)).toEqual(after);
  expect(first.changes.nodesCreated).toBe(after.nodes);
  expect(second.changes).toMatchObject({ nodesCreated: 0, relationshipsCreated: 0, nodesDeleted: 0, relationshipsDeleted: 0 });
  const createdIn = (tallies: Record<string, { created: number }>) => Object.values(tallies).reduce((sum, t) => sum + t.created, 0);
  expect(createdIn(first.nodes)).toBe(after.nodes);
  expect(createdIn(first.relationships)).toBe(after.relationships);
  expect(first.nodes.Claim).toEqual({ total: seed.claims.length, created: seed.claims.length });
  expect(createdIn(second.nodes) + createdIn(second.relationships)).toBe(0);
});

test('a newer version keeps what the older held, no longer current', async () => {
  if (!droppedQuestion) throw new Error('the seed has questions');
  await writeStoryGraph(db, seed);
  await writeStoryGraph(db, version2);
  expect(await currentFlags('Question', droppedQuestion.id)).toEqual([{ versions: [1], current: false }]);
  expect(await currentFlags('Question', keptQuestions[0]?.id ?? '')).toEqual([{ versions: [1, 2], current: true }]);
  const [story] = await db.read({ name: 'test/story', text: 'MATCH (s:Story)-[:HAS_VERSION]->(v) RETURN s.version AS version, collect(v.number) AS numbers' });
  expect(story).toEqual({ version: 2, numbers: expect.arrayContaining([1, 2]) });
});

test('re-ingesting the latest version with an item gone prunes what no version holds', async () => {
  await writeStoryGraph(db, seed);
  const before = await graphCounts(db);
  await writeStoryGraph(db, { ...seed, questions: keptQuestions });
  const after = await graphCounts(db);
  expect(after.nodes).toBe(before.nodes - 1);
  expect(await currentFlags('Question', droppedQuestion?.id ?? '')).toEqual([]);
});

test('an older version after a newer one is refused and writes nothing', async () => {
  await writeStoryGraph(db, version2);
  const before = await graphCounts(db);
  await expect(writeStoryGraph(db, seed)).rejects.toBeInstanceOf(VersionConflictError);
  expect(await graphCounts(db)).toEqual(before);
});
