import { readFile } from 'node:fs/promises';
import path from 'node:path';
import fc from 'fast-check';
import { projectRoot } from '../../src/config/config';
import { applySchema } from '../../src/db/apply-schema';
import { createDriver, Database } from '../../src/db/database';
import { ForeignItemError } from '../../src/ingest/foreign-item-error';
import { jsonLineOf } from '../../src/ingest/json-line';
import { readStoryGraphJson } from '../../src/ingest/load-story-file';
import { StoryParseError } from '../../src/ingest/parse/story-parse-error';
import { writeStoryGraph } from '../../src/ingest/write-story-graph';
import { writeStoryGraphs } from '../../src/ingest/write-story-graphs';
import { StoryGraphDocument } from '../../src/model/story-graph';
import { loadLumina } from '../support/fixture-stories';
import { graphCounts } from '../support/graph-counts';
import { resetDatabase, testNeo4jConnection } from '../setup/test-neo4j';

/**
 * A story's document may name only its own items (ids `<type>:<story>:<key>`) and shared actors:
 * one carrying another story's item id, or an id naming no story, is refused before anything is
 * written, by the model (file and line) and by the writers (a typed error).
 */

const COLLECTIONS = ['sources', 'claims', 'events', 'questions', 'perspectives', 'tensions'] as const;
type Collection = (typeof COLLECTIONS)[number];

let db: Database;
let seedText: string;
let seed: StoryGraphDocument;
beforeAll(async () => {
  db = new Database(createDriver(testNeo4jConnection()), { database: 'neo4j', txTimeoutMs: 30_000 });
  await applySchema(db);
  seedText = await readFile(path.join(projectRoot, 'seed', 'meta-surveillance-layoffs.graph.json'), 'utf8');
  seed = StoryGraphDocument.parse(JSON.parse(seedText));
});
beforeEach(() => resetDatabase(db.driver));
afterAll(() => db.driver.close());

/** The seed's document with every occurrence of item `id` renamed, so its references still resolve. */
const renamed = (id: string, to: string) => seedText.replaceAll(JSON.stringify(id), JSON.stringify(to));

/** An id of the same type that is not the seed story's: another story's, or none at all. */
const foreignId = (id: string) => {
  const [type, , ...key] = id.split(':');
  return fc.oneof(
    fc.stringMatching(/^[a-z0-9][a-z0-9._-]{0,20}$/).filter((slug) => slug !== 'meta-surveillance-layoffs').map((slug) => [type, slug, ...key].join(':')),
    fc.constant(`${type}:${key.join('-')}`),
    fc.constant(`${type}:meta-surveillance-layoffs-2:${key.join(':')}`),
  );
};

const itemOfSeed = fc
  .constantFrom(...COLLECTIONS)
  .chain((collection) => fc.tuple(fc.constant(collection), fc.nat({ max: 1_000 })))
  .map(([collection, n]): [Collection, number] => [collection, n % seed[collection].length]);

test('a story graph document naming an item outside its story is refused at the line of that id, and by both writers with nothing written', async () => {
  await writeStoryGraph(db, seed);
  const before = await graphCounts(db);
  await fc.assert(
    fc.asyncProperty(
      itemOfSeed.chain(([collection, index]) => fc.tuple(fc.constant([collection, index] as const), foreignId(seed[collection][index]?.id ?? ''))),
      async ([[collection, index], id]) => {
        const text = renamed(seed[collection][index]?.id ?? '', id);
        const file = 'foreign.graph.json';
        let error: unknown;
        try {
          readStoryGraphJson(text, file);
        } catch (thrown) {
          error = thrown;
        }
        expect(error).toBeInstanceOf(StoryParseError);
        expect(error).toMatchObject({ file, line: jsonLineOf(text, [collection, index, 'id']) });
        expect((error as Error).message).toContain(id);

        const unchecked = JSON.parse(text) as StoryGraphDocument;
        await expect(writeStoryGraph(db, unchecked)).rejects.toThrow(ForeignItemError);
        await expect(writeStoryGraphs(db, [{ document: seed }, { document: unchecked }])).rejects.toMatchObject({ storyId: seed.story.id, itemId: id });
        expect(await graphCounts(db)).toEqual(before);
      },
    ),
    { numRuns: 40 },
  );
}, 120_000);

test("another story's item id in a document is refused: the item stays in its story", async () => {
  await writeStoryGraph(db, seed);
  const before = await graphCounts(db);
  const lumina = await loadLumina(1);
  const [seedClaim] = seed.claims;
  if (!seedClaim) throw new Error('the seed has claims');
  const mentions = seedClaim.mentions.map((mention) => ({ ...mention, citationRefs: [] }));
  const intruder = { ...seedClaim, speakerId: lumina.story.narratorId, sourceRefs: [], mentions, assertedBy: [], supports: [] };
  const intruding: StoryGraphDocument = { ...lumina, claims: [...lumina.claims, intruder] };

  expect(StoryGraphDocument.safeParse(intruding).error?.issues).toEqual([
    expect.objectContaining({ path: ['claims', lumina.claims.length, 'id'], message: expect.stringContaining(seedClaim.id) }),
    ...mentions.map((mention, j) =>
      expect.objectContaining({ path: ['claims', lumina.claims.length, 'mentions', j, 'id'], message: expect.stringContaining(mention.id) }),
    ),
  ]);
  await expect(writeStoryGraph(db, intruding)).rejects.toThrow(
    `${lumina.story.id} names ${seedClaim.id}, which is not one of its items: a story's items are named <type>:lumina-health-breach:<key>`,
  );
  await expect(writeStoryGraphs(db, [{ document: lumina }, { document: intruding }])).rejects.toBeInstanceOf(ForeignItemError);
  expect(await graphCounts(db)).toEqual(before);
  const stories = await db.read({ name: 'test/claim-stories', text: 'MATCH (:Claim {id: $id})-[:IN_STORY]->(s:Story) RETURN s.id AS id' }, { id: seedClaim.id });
  expect(stories).toEqual([{ id: seed.story.id }]);
});

test('actors stay shared: a story naming the seed’s actors writes, and each actor is one node in both stories', async () => {
  await writeStoryGraph(db, seed);
  const slug = 'meta-surveillance-layoffs-retold';
  const retold = StoryGraphDocument.parse(JSON.parse(seedText.replaceAll(':meta-surveillance-layoffs:', `:${slug}:`).replace('"story:meta-surveillance-layoffs"', `"story:${slug}"`)));
  expect(retold.actors).toEqual(seed.actors);
  await writeStoryGraph(db, retold);
  const [row] = await db.read({
    name: 'test/shared-actors',
    text: 'MATCH (a:Actor) WHERE a.id IN $ids RETURN count(a) AS actors, min(COUNT { (a)-[:APPEARS_IN]->(:Story) }) AS stories',
  }, { ids: seed.actors.map((actor) => actor.id) });
  expect(row).toEqual({ actors: seed.actors.length, stories: 2 });
});

test('a story id holds no colon, so the story part of an item id is never ambiguous', () => {
  const colon = JSON.parse(seedText.replace('"story:meta-surveillance-layoffs"', '"story:meta:surveillance-layoffs"')) as unknown;
  expect(StoryGraphDocument.safeParse(colon).error?.issues[0]).toMatchObject({ path: ['story', 'id'] });
});
