import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Driver } from 'neo4j-driver';
import { loadConfig, projectRoot } from '../../src/config/config';
import { applySchema } from '../../src/db/apply-schema';
import { connectDatabase } from '../../src/db/connect';
import { createDriver, Database } from '../../src/db/database';
import { buildYoga } from '../../src/graphql/yoga';
import { loadStory } from '../../src/ingest/load-story-file';
import { seedStories } from '../../src/ingest/seed';
import { ensureGraphModel } from '../../src/ingest/migrate/ensure-graph-model';
import { MIGRATION_LEASE_STALE_MINUTES } from '../../src/ingest/migrate/migration-lease';
import { writeStoryGraph } from '../../src/ingest/write-story-graph';
import { RELATIONSHIPS } from '../../src/model/graph-vocabulary';
import { GRAPH_MODEL_VERSION } from '../../src/model/graph-model-version';
import { fixturePath } from '../fixtures/stories/story-fixtures';
import { dumpGraph, restoreGraph, type GraphDump } from '../support/graph-dump';
import { clientOf, dataOf } from '../support/graphql-harness';
import { claimgraph } from '../support/run-claimgraph';
import { resetDatabase, testNeo4jConnection } from '../setup/test-neo4j';

const LUMINA = 'story:lumina-health-breach';
const SEED = 'story:meta-surveillance-layoffs';
const FIXTURE_STORIES = fixturePath('.');
/** The graph the previous claimgraph (b2d1327) wrote for the seed and the fixture story v1 and v2. */
const oldModel = JSON.parse(readFileSync(path.join(projectRoot, 'tests', 'fixtures', 'graph-model-1.json'), 'utf8')) as GraphDump;

let db: Database;
let driver: Driver;
const logged: string[] = [];
const log = (line: string) => logged.push(line);

beforeAll(async () => {
  driver = createDriver(testNeo4jConnection());
  db = new Database(driver, { database: 'neo4j', txTimeoutMs: 60_000 });
  await applySchema(db);
});
beforeEach(async () => {
  logged.length = 0;
  await resetDatabase(driver);
});
afterAll(() => driver.close());

const markerOf = async () => {
  const rows = await db.read({ name: 'test/graph-model', text: 'MATCH (m:GraphModel) RETURN m.id AS id, m.version AS version' });
  return rows.map((row) => ({ ...row }));
};
const withoutMarker = (dump: GraphDump): GraphDump => ({ ...dump, origin: '', nodes: dump.nodes.filter((node) => !node.labels.includes('GraphModel')) });
/** When each version was recorded differs between any two writes of it; that it was recorded does not. */
const recorded = (dump: GraphDump): GraphDump => ({
  ...dump,
  nodes: dump.nodes.map((node) =>
    node.labels.includes('StoryVersion') && 'recordedAt' in node.properties ? { ...node, properties: { ...node.properties, recordedAt: 'when recorded' } } : node,
  ),
});
const snapshot = async () => recorded(withoutMarker(await dumpGraph(driver, '')));

/** The old model's graph with a story's stored version changed (or the story left out) before it is restored. */
function oldModelWith(edit: { storyId: string; number?: number; set?: Record<string, string | null>; drop?: boolean }): GraphDump {
  const inStory = (properties: Record<string, unknown>) => properties.storyId === edit.storyId || properties.id === edit.storyId;
  const dropped = new Set(oldModel.nodes.filter((node) => edit.drop && inStory(node.properties)).map((node) => String(node.properties.id)));
  return {
    ...oldModel,
    nodes: oldModel.nodes
      .filter((node) => !dropped.has(String(node.properties.id)))
      .map((node) =>
        !edit.drop && node.labels.includes('StoryVersion') && node.properties.id === `${edit.storyId}@${edit.number}`
          ? { ...node, properties: Object.fromEntries(Object.entries({ ...node.properties, ...edit.set }).filter(([, value]) => value !== null)) }
          : node,
      ),
    relationships: oldModel.relationships.filter((edge) => !dropped.has(edge.from) && !dropped.has(edge.to)),
  };
}

/** What a fresh ingest of the same documents writes with this claimgraph. */
async function freshIngest(stories: 'seed' | 'seed and lumina'): Promise<GraphDump> {
  await resetDatabase(driver);
  await seedStories(db);
  if (stories === 'seed and lumina') {
    for (const file of ['lumina-health-breach.v1.txt', 'lumina-health-breach.v2.txt']) {
      const { document, source } = await loadStory(fixturePath(file));
      await writeStoryGraph(db, document, source);
    }
  }
  return snapshot();
}

/** `migrate` refuses lumina's version 2, says to drop the story, and leaves the graph as it was. */
async function expectLuminaV2Refused(): Promise<void> {
  const before = await snapshot();
  const refused = await claimgraph('migrate', '--overlays', FIXTURE_STORIES);
  expect(refused.code).toBe(1);
  expect(refused.stderr).toContain(`${LUMINA} version 2`);
  expect(refused.stderr).toContain(`claimgraph migrate --drop-story ${LUMINA}`);
  expect(await snapshot()).toEqual(before);
}

const STORY_QUERY = `query ($id: ID!) { story(id: $id) { title version versions { number } claims { id text } actors { id name kind }
  sources { id title } stats { claims sources actors } } }`;
const storyAnswer = async (id: string) => dataOf(await clientOf(buildYoga(db, loadConfig({ ...process.env, NODE_ENV: 'test' }))).query(STORY_QUERY, { id }));

test('an empty graph gets the marker of the current graph model when claimgraph opens it', async () => {
  await (await connectDatabase(loadConfig(), log)).driver.close();
  expect(await markerOf()).toEqual([{ id: 'claimgraph', version: GRAPH_MODEL_VERSION }]);
});

test('a graph of the previous model is migrated when claimgraph opens it: the same graph and answers as a fresh ingest, with progress', async () => {
  const fresh = await freshIngest('seed');
  const freshAnswer = await storyAnswer(SEED);
  await resetDatabase(driver);
  await restoreGraph(driver, oldModelWith({ storyId: LUMINA, drop: true }));

  await (await connectDatabase(loadConfig(), log)).driver.close();

  expect(logged).toContain(`migrating story ${SEED}: version 1 of 1`);
  expect(await markerOf()).toEqual([{ id: 'claimgraph', version: GRAPH_MODEL_VERSION }]);
  expect(await snapshot()).toEqual(fresh);
  expect(await storyAnswer(SEED)).toEqual(freshAnswer);
  // What the model added since the old graph is written too: every claim's shared identity.
  const sharedClaims = (dump: GraphDump) => dump.relationships.filter((edge) => edge.type === RELATIONSHIPS.sameClaimAs.type).length;
  expect(sharedClaims(oldModel)).toBe(0);
  expect(sharedClaims(fresh)).toBeGreaterThan(0);
});

test('a second start changes nothing', async () => {
  await restoreGraph(driver, oldModelWith({ storyId: LUMINA, drop: true }));
  await (await connectDatabase(loadConfig(), log)).driver.close();
  expect(logged).toContain(`migrating story ${SEED}: version 1 of 1`);
  const migrated = await dumpGraph(driver, '');
  logged.length = 0;

  await (await connectDatabase(loadConfig(), log)).driver.close();

  expect(logged.filter((line) => line.includes('migrat'))).toEqual([]);
  expect(await dumpGraph(driver, '')).toEqual(migrated);
});

test('a story ingested before overlays were kept is refused at start until `migrate --overlays` says where they are', async () => {
  await restoreGraph(driver, oldModel);
  const before = await snapshot();

  const refused = await claimgraph('seed');
  expect(refused.code).toBe(1);
  expect(refused.stderr).toContain(LUMINA);
  expect(refused.stderr).toContain('claimgraph migrate --overlays <folder>');
  expect(await snapshot()).toEqual(before);

  const run = await claimgraph('migrate', '--overlays', FIXTURE_STORIES);
  expect(run.stderr).toContain(`migrating story ${LUMINA}: version 2 of 2`);
  expect(run.code).toBe(0);
  const migrated = await snapshot();
  expect(migrated).toEqual(await freshIngest('seed and lumina'));
});

test('migrate --dry-run re-derives every story and writes nothing', async () => {
  await restoreGraph(driver, oldModel);
  const before = await snapshot();
  const run = await claimgraph('migrate', '--dry-run', '--overlays', FIXTURE_STORIES);
  expect(run.code).toBe(0);
  expect(run.stdout).toContain(`would migrate 3 versions of 2 stories from graph model 1 to ${GRAPH_MODEL_VERSION}`);
  expect(await snapshot()).toEqual(before);
});

test('a migration stopped half-way is finished by the next start, never left mixed', async () => {
  const fresh = await freshIngest('seed');
  await resetDatabase(driver);
  await restoreGraph(driver, oldModelWith({ storyId: LUMINA, drop: true }));
  // The migration logs before each version; a log that throws stops it as a crash would, after the derived items went.
  const crash = (line: string) => {
    if (line.startsWith('migrating story')) throw new Error('crashed');
  };
  await expect(connectDatabase(loadConfig(), crash)).rejects.toThrow('crashed');
  // The marker holds the lease while a migration runs, but no graph model until the migration is done.
  expect(await markerOf()).toEqual([{ id: 'claimgraph', version: null }]);

  await (await connectDatabase(loadConfig(), log)).driver.close();
  expect(await snapshot()).toEqual(fresh);
});

test('a graph written by a newer claimgraph is refused with what to do, and left as it is', async () => {
  await seedStories(db);
  await db.write((tx) =>
    tx.run({ name: 'test/newer-marker', text: "CREATE (:GraphModel {id: 'claimgraph', version: $version})" }, { version: GRAPH_MODEL_VERSION + 1 }),
  );
  const before = await dumpGraph(driver, '');

  const run = await claimgraph('seed');

  expect(run.code).toBe(1);
  expect(run.stderr).toContain(`graph model ${GRAPH_MODEL_VERSION + 1}`);
  expect(run.stderr).toContain(`this claimgraph writes graph model ${GRAPH_MODEL_VERSION}`);
  expect(await dumpGraph(driver, '')).toEqual(before);
});

test('a version whose document is missing is refused naming the story, until the user drops that story', async () => {
  await restoreGraph(driver, oldModelWith({ storyId: LUMINA, number: 2, set: { sourceText: null, sourceFile: null } }));
  await expectLuminaV2Refused();

  const dropped = await claimgraph('migrate', '--overlays', FIXTURE_STORIES, '--drop-story', LUMINA);
  expect(dropped.code).toBe(0);
  expect(await snapshot()).toEqual(await freshIngest('seed'));
});

test('a stored document that no longer parses is refused naming the story, the version and the line', async () => {
  const seedVersion = oldModel.nodes.find((node) => node.properties.id === `${SEED}@1`);
  const text = String(seedVersion?.properties.sourceText).replace(/^- 2026-\d\d-\d\d:/m, '- 2026-05-xx:');
  await restoreGraph(driver, oldModelWith({ storyId: SEED, number: 1, set: { sourceText: text } }));
  const before = await snapshot();

  const refused = await connectDatabase(loadConfig(), log).then(
    () => undefined,
    (error: Error) => error.message,
  );

  expect(refused).toMatch(/meta-surveillance-layoffs\.v1\.txt:\d+: expected a timeline entry/);
  expect(refused).toContain(`${SEED} version 1`);
  expect(await snapshot()).toEqual(before);
});

test('a story whose newest version has no stored document is refused, not rolled back to the versions that have one', async () => {
  const missing = `${LUMINA}@2`;
  await restoreGraph(driver, {
    ...oldModel,
    nodes: oldModel.nodes.filter((node) => node.properties.id !== missing),
    relationships: oldModel.relationships.filter((edge) => edge.to !== missing),
  });
  await expectLuminaV2Refused();
});

describe('one migration at a time', () => {
  const SEED_ONLY = () => oldModelWith({ storyId: LUMINA, drop: true });
  /** Another claimgraph's lease on the migration, last renewed `minutesAgo` minutes ago. */
  const leaseHeldElsewhere = (minutesAgo: number) =>
    db.write((tx) =>
      tx.run(
        {
          name: 'test/lease',
          text:
            "MERGE (m:GraphModel {id: 'claimgraph'}) SET m.migrationHolder = 'other-host:4242', " +
            'm.migrationSince = datetime() - duration({minutes: $minutes}), m.migrationRenewedAt = datetime() - duration({minutes: $minutes})',
        },
        { minutes: minutesAgo },
      ),
    );
  const leaseOf = async () =>
    (await db.read({ name: 'test/lease-of', text: "MATCH (m:GraphModel {id: 'claimgraph'}) RETURN m.migrationHolder AS holder, m.version AS version" }))[0];

  test('a migration another claimgraph is running is refused, naming it, and the graph is left as it is', async () => {
    await restoreGraph(driver, SEED_ONLY());
    await leaseHeldElsewhere(0);
    const before = await dumpGraph(driver, '');

    await expect(ensureGraphModel(db, log)).rejects.toThrow(/another claimgraph \(other-host:4242\) has been migrating this graph since .*; wait for it to finish/);

    expect(await dumpGraph(driver, '')).toEqual(before);
  });

  test("a crashed migration's lease, not renewed for the stale time, is taken over and the migration finished", async () => {
    await restoreGraph(driver, SEED_ONLY());
    await leaseHeldElsewhere(MIGRATION_LEASE_STALE_MINUTES + 1);

    expect(await ensureGraphModel(db, log)).toMatchObject({ action: 'migrated' });

    expect(await leaseOf()).toEqual({ holder: null, version: GRAPH_MODEL_VERSION });
  });

  test('two claimgraphs opening an old graph at once: one migrates, the other never does', async () => {
    await restoreGraph(driver, SEED_ONLY());
    const otherDriver = createDriver(testNeo4jConnection());
    const other = new Database(otherDriver, { database: 'neo4j', txTimeoutMs: 60_000 });
    try {
      const outcomes = await Promise.allSettled([ensureGraphModel(db, log), ensureGraphModel(other, log)]);
      const migrated = outcomes.filter((outcome) => outcome.status === 'fulfilled' && outcome.value.action === 'migrated');
      const others = outcomes.filter((outcome) => !migrated.includes(outcome));
      expect(migrated).toHaveLength(1);
      // The other one either found the migration running (refused) or already done.
      for (const outcome of others) {
        if (outcome.status === 'fulfilled') expect(outcome.value).toEqual({ action: 'current' });
        else expect(String(outcome.reason)).toMatch(/another claimgraph .* has been migrating this graph/);
      }
      expect(await leaseOf()).toEqual({ holder: null, version: GRAPH_MODEL_VERSION });
    } finally {
      await otherDriver.close();
    }
  });
});
