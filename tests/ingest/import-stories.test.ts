import path from 'node:path';
import { syntheticStoryGraph } from '../../bench/graph/synthetic-story-graphs';
import { projectRoot } from '../../src/config/config';
import { applySchema } from '../../src/db/apply-schema';
import { createDriver, Database } from '../../src/db/database';
import { ImportInputError, type ImportInput } from '../../src/ingest/import/import-files';
import { DatabaseNotEmptyError, importStories } from '../../src/ingest/import/import-stories';
import { loadStory } from '../../src/ingest/load-story-file';
import { markGraphModel } from '../../src/ingest/migrate/mark-graph-model';
import { writeStoryGraphs } from '../../src/ingest/write-story-graphs';
import { STORY_VERSION } from '../../src/model/graph-vocabulary';
import { StoryGraphDocument } from '../../src/model/story-graph';
import { DisposableNeo4j } from '../support/disposable-neo4j';
import { luminaFile } from '../support/fixture-stories';

jest.setTimeout(240_000);

const SEED_FILE = path.join(projectRoot, 'seed', 'meta-surveillance-layoffs.v1.txt');

/** The seed (text with an overlay), the fixture story and synthetic story graphs, which hold every relationship type. */
async function inputs(): Promise<ImportInput[]> {
  const files = [SEED_FILE, luminaFile(1)];
  const parsed = await Promise.all(files.map(async (file) => ({ file, story: await loadStory(file) })));
  const synthetic = [0, 1, 2, 3].map((index) => ({
    file: `synthetic #${index}`,
    story: { document: StoryGraphDocument.parse(syntheticStoryGraph(7, index)) },
  }));
  return [...parsed, ...synthetic];
}

/** Every node and relationship with every property, its value and its stored type, in one canonical order. */
async function dump(db: Database): Promise<string[]> {
  const nodes = await db.read({
    name: 'test/dump-nodes',
    text: `MATCH (n) RETURN labels(n) AS labels, n.id AS id, properties(n) AS props, [k IN keys(n) | k + ':' + valueType(n[k])] AS types`,
  });
  const relationships = await db.read({
    name: 'test/dump-relationships',
    text: `MATCH (a)-[r]->(b) RETURN type(r) AS type, a.id AS from, b.id AS to, properties(r) AS props, [k IN keys(r) | k + ':' + valueType(r[k])] AS types`,
  });
  const line = (row: Record<string, unknown>) => {
    // When a version was recorded differs between any two writes; its presence and type do not.
    const recorded = (row.labels as string[] | undefined)?.includes(STORY_VERSION.label) === true;
    const props: Record<string, unknown> = { ...(row.props as Record<string, unknown>), ...(recorded && { recordedAt: 'when recorded' }) };
    const sorted = Object.fromEntries(Object.keys(props).sort().map((key) => [key, props[key]]));
    return JSON.stringify({ ...row, props: sorted, types: [...(row.types as string[])].sort() });
  };
  return [...nodes.map(line), ...relationships.map(line)].sort();
}

describe('claimgraph import (neo4j-admin database import)', () => {
  let server: DisposableNeo4j;
  let db: Database;
  let connect: () => Promise<Database>;

  beforeAll(async () => {
    server = await DisposableNeo4j.create('import');
    const connection = await server.start();
    // A fresh driver after each restart of the server: the old one's connections died with it.
    connect = async () => {
      await db?.driver.close();
      db = new Database(createDriver(connection), { database: 'neo4j', txTimeoutMs: 60_000 });
      return db;
    };
    await applySchema(await connect());
  });

  afterAll(async () => {
    await db?.driver.close();
    await server?.remove();
  });

  const quiet = { log: () => undefined };
  const nodeCount = async () => Number((await db.read({ name: 'test/count', text: 'MATCH (n) RETURN count(n) AS n' }))[0]?.n);

  it('builds the same graph as writeStoryGraphs does, down to property types', async () => {
    const stories = await inputs();
    await writeStoryGraphs(db, stories.map(({ story }) => story));
    // As `claimgraph ingest` leaves it: the graph model marker is written when the command opens the graph.
    await markGraphModel(db);
    const written = await dump(db);
    expect(written.length).toBeGreaterThan(1_000);

    const summary = await importStories(server.options, 'neo4j', stories, { ...quiet, replace: true });
    const imported = await dump(await connect());

    expect(imported).toEqual(written);
    expect(summary.stories).toBe(stories.length);
    expect(summary.nodes + summary.relationships).toBe(written.length - 1);
  });

  it('refuses a database that holds anything, unless told to replace it, and changes nothing', async () => {
    const before = await dump(db);
    const [first] = await inputs();
    await expect(importStories(server.options, 'neo4j', [first!], { ...quiet, replace: false })).rejects.toThrow(DatabaseNotEmptyError);
    expect(await dump(await connect())).toEqual(before);
  });

  it('refuses two versions of one story, naming both files, before touching the database', async () => {
    const before = await nodeCount();
    const [seed] = await inputs();
    const again = { ...seed!, file: 'copy-of-seed.txt' };
    const attempt = importStories(server.options, 'neo4j', [seed!, again], { ...quiet, replace: true });
    await expect(attempt).rejects.toThrow(ImportInputError);
    await expect(attempt).rejects.toThrow(/copy-of-seed\.txt: story .* is also in .*meta-surveillance-layoffs\.v1\.txt/);
    expect(await nodeCount()).toBe(before);
  });
});
