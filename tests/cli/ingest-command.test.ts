import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createDriver, Database } from '../../src/db/database';
import { jsonLineOf } from '../../src/ingest/json-line';
import { loadStoryFile } from '../../src/ingest/load-story-file';
import { StoryGraphDocument } from '../../src/model/story-graph';
import { fixturePath, luminaV1, replaceLine } from '../fixtures/stories/story-fixtures';
import { graphCounts } from '../support/graph-counts';
import { claimgraph, type Run } from '../support/run-claimgraph';
import { resetDatabase, testNeo4jConnection } from '../setup/test-neo4j';

const root = path.join(__dirname, '..', '..');
const seedDocument = path.join(root, 'seed', 'meta-surveillance-layoffs.v1.txt');

let db: Database;
let scratch: string;
beforeAll(async () => {
  db = new Database(createDriver(testNeo4jConnection()), { database: 'neo4j', txTimeoutMs: 30_000 });
  scratch = mkdtempSync(path.join(tmpdir(), 'claimgraph-cli-'));
});
beforeEach(() => resetDatabase(db.driver));
afterAll(() => db.driver.close());

test('--dry-run prints the story graph document with the documented fields and writes nothing', async () => {
  const run = await claimgraph('ingest', '--dry-run', seedDocument);
  expect(run.code).toBe(0);
  const doc = JSON.parse(run.stdout) as Record<string, Record<string, unknown>[] & Record<string, unknown>>;
  expect(Object.keys(doc.story ?? {})).toEqual(expect.arrayContaining(['id', 'title', 'version', 'updatedAt', 'itemCount']));
  const fields: Record<string, string[]> = {
    sources: ['id', 'ref', 'title', 'publisher', 'publishedAt'],
    events: ['id', 'date', 'text', 'sourceRefs'],
    perspectives: ['id', 'label', 'stance', 'evolution'],
    tensions: ['id', 'text', 'sourceRefs'],
    questions: ['id', 'text', 'sourceRefs'],
    claims: ['id', 'text', 'kind', 'sourceRefs'],
    actors: ['id', 'name', 'kind'],
  };
  for (const [key, names] of Object.entries(fields)) {
    const [first] = doc[key] ?? [];
    expect(Object.keys(first ?? {})).toEqual(expect.arrayContaining(names));
  }
  expect((doc.sources ?? []).filter((source) => source.ref !== undefined)).toHaveLength(4);
  expect(await graphCounts(db)).toEqual({ nodes: 0, relationships: 0 });
});

test('ingests versions in order with a per-label summary; the newest again creates nothing', async () => {
  const files = [fixturePath('lumina-health-breach.v1.txt'), fixturePath('lumina-health-breach.v2.txt')];
  const first = await claimgraph('ingest', ...files);
  expect(first.code).toBe(0);
  expect(first.stdout).toMatch(/^Nodes:$/m);
  expect(first.stdout).toMatch(/^ {2}Claim +\d+ in story +[1-9]\d* created/m);
  expect(first.stdout).toMatch(/Ingested 2 of 2 file\(s\)/);
  const counts = await graphCounts(db);

  // The newest version again: version 1 would now be refused as older than the graph's.
  const again = await claimgraph('ingest', fixturePath('lumina-health-breach.v2.txt'));
  expect(again.code).toBe(0);
  expect(again.stdout).toMatch(/^ {2}Claim +\d+ in story +0 created/m);
  for (const line of again.stdout.split('\n').filter((l) => / created /.test(l))) expect(line).toMatch(/ 0 created/);
  expect(await graphCounts(db)).toEqual(counts);
});

test('a malformed document fails with file:line, writes nothing, and the good files still go in', async () => {
  const bad = path.join(scratch, 'broken-story.v1.txt');
  writeFileSync(bad, replaceLine(luminaV1, 2, 'Version two'));
  const alone = await claimgraph('ingest', bad);
  expect(alone.code).toBe(1);
  expect(alone.stderr).toContain(`${bad}:2: expected`);
  // Only the graph model marker, which every command writes into an empty graph it opens.
  expect(await graphCounts(db)).toEqual({ nodes: 1, relationships: 0 });

  const mixed = await claimgraph('ingest', bad, fixturePath('lumina-health-breach.v1.txt'));
  expect(mixed.code).toBe(1);
  expect(mixed.stdout).toMatch(/Ingested 1 of 2 file\(s\).*failed: .*broken-story\.v1\.txt/);
  expect((await graphCounts(db)).nodes).toBeGreaterThan(0);
});

test('an older version after a newer one is refused, naming the file', async () => {
  expect((await claimgraph('ingest', fixturePath('lumina-health-breach.v2.txt'))).code).toBe(0);
  const counts = await graphCounts(db);
  const older = await claimgraph('ingest', fixturePath('lumina-health-breach.v1.txt'));
  expect(older.code).toBe(1);
  expect(older.stderr).toMatch(/lumina-health-breach\.v1\.txt: .*refusing to ingest older version 1/);
  expect(await graphCounts(db)).toEqual(counts);
});

test('--batch writes what one file at a time writes, with the same summary; bad and older files are reported and left out', async () => {
  const bad = path.join(scratch, 'broken-batch.v1.txt');
  writeFileSync(bad, replaceLine(luminaV1, 2, 'Version two'));
  const good = [fixturePath('lumina-health-breach.v1.txt'), fixturePath('lumina-health-breach.v2.txt'), seedDocument];
  const oneByOne = await claimgraph('ingest', ...good);
  expect(oneByOne.code).toBe(0);
  const counts = await graphCounts(db);

  await resetDatabase(db.driver);
  const batched = await claimgraph('ingest', '--batch', '10', bad, ...good);
  expect(batched.code).toBe(1);
  expect(batched.stderr).toContain(`${bad}:2: expected`);
  expect(batched.stdout).toMatch(/Ingested 3 of 4 file\(s\).*failed: .*broken-batch\.v1\.txt/);
  const summary = (run: Run) => run.stdout.split('\n').filter((line) => / created /.test(line));
  expect(summary(batched)).toEqual(summary(oneByOne));
  expect(await graphCounts(db)).toEqual(counts);

  const older = await claimgraph('ingest', '--batch', '5', fixturePath('lumina-health-breach.v1.txt'), seedDocument);
  expect(older.code).toBe(1);
  expect(older.stderr).toMatch(/lumina-health-breach\.v1\.txt: .*refusing to ingest older version 1/);
  expect(older.stdout).toMatch(/Ingested 1 of 2 file\(s\)/);
  expect(await graphCounts(db)).toEqual(counts);

  const zero = await claimgraph('ingest', '--batch', '0', seedDocument);
  expect(zero.code).toBe(2);
  expect(zero.stderr).toMatch(/--batch takes a whole number of files ≥ 1, got "0"/);
});

test("a graph document carrying another story's item id is refused at its line, alone or in a batch, and that item stays where it was", async () => {
  expect((await claimgraph('ingest', seedDocument)).code).toBe(0);
  const counts = await graphCounts(db);
  const seedGraph = StoryGraphDocument.parse(JSON.parse(readFileSync(path.join(root, 'seed', 'meta-surveillance-layoffs.graph.json'), 'utf8')));
  const [seedClaim] = seedGraph.claims;
  const lumina = await loadStoryFile(fixturePath('lumina-health-breach.v1.txt'));
  const intruding = { ...lumina, claims: [...lumina.claims, { ...seedClaim, sourceRefs: [], assertedBy: [], supports: [] }] };
  const text = JSON.stringify(intruding, null, 2);
  const file = path.join(scratch, 'intruding.graph.json');
  writeFileSync(file, text);
  const at = `${file}:${jsonLineOf(text, ['claims', lumina.claims.length, 'id'])}: expected claims.${lumina.claims.length}.id to be valid, found ${lumina.story.id} names ${seedClaim?.id}`;

  const alone = await claimgraph('ingest', file);
  expect(alone.code).toBe(1);
  expect(alone.stderr).toContain(at);
  expect(await graphCounts(db)).toEqual(counts);

  const batched = await claimgraph('ingest', '--batch', '5', file, fixturePath('lumina-health-breach.v2.txt'));
  expect(batched.code).toBe(1);
  expect(batched.stderr).toContain(at);
  expect(batched.stdout).toMatch(/Ingested 1 of 2 file\(s\).*failed: .*intruding\.graph\.json/);
  const stories = await db.read({ name: 'test/claim-stories', text: 'MATCH (:Claim {id: $id})-[:IN_STORY]->(s:Story) RETURN s.id AS id' }, { id: seedClaim?.id });
  expect(stories).toEqual([{ id: seedGraph.story.id }]);
});

test('check prints the consistency report and exits 1 on findings', async () => {
  const run = await claimgraph('check', fixturePath('lumina-health-breach.v2.txt'));
  expect(run.code).toBe(1);
  expect(run.stdout).toMatch(/lumina-health-breach\.v2\.txt:19: timeline entry dated 2026-03-11 follows one dated 2026-03-12/);
});
