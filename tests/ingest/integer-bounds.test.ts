import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import { projectRoot } from '../../src/config/config';
import { applySchema } from '../../src/db/apply-schema';
import { createDriver, Database } from '../../src/db/database';
import { jsonLineOf } from '../../src/ingest/json-line';
import { loadStory } from '../../src/ingest/load-story-file';
import { StoryParseError } from '../../src/ingest/parse/story-parse-error';
import { writeStoryGraph } from '../../src/ingest/write-story-graph';
import { GRAPHQL_INT_MAX, MAX_SOURCE_REF, MAX_STORY_VERSION } from '../../src/model/story-graph';
import { luminaV1, replaceLine } from '../fixtures/stories/story-fixtures';
import { graphCounts } from '../support/graph-counts';
import { resetDatabase, testNeo4jConnection } from '../setup/test-neo4j';

/**
 * Every integer a story brings in must be one the API can answer (GraphQL's Int is 32 bits):
 * one out of range is refused where it enters, naming file and line, and nothing is written.
 */

type JsonPath = (string | number)[];

let db: Database;
let scratch: string;
let seedGraph: unknown;
beforeAll(async () => {
  db = new Database(createDriver(testNeo4jConnection()), { database: 'neo4j', txTimeoutMs: 30_000 });
  await resetDatabase(db.driver);
  await applySchema(db);
  scratch = await mkdtemp(path.join(tmpdir(), 'claimgraph-integers-'));
  seedGraph = JSON.parse(await readFile(path.join(projectRoot, 'seed', 'meta-surveillance-layoffs.graph.json'), 'utf8'));
});
afterAll(async () => {
  await rm(scratch, { recursive: true, force: true });
  await db.driver.close();
});

/** The path of every integer in a JSON value. */
function integerPaths(value: unknown, at: JsonPath = []): JsonPath[] {
  if (typeof value === 'number') return Number.isInteger(value) ? [at] : [];
  if (Array.isArray(value)) return value.flatMap((item: unknown, index) => integerPaths(item, [...at, index]));
  if (value !== null && typeof value === 'object') return Object.entries(value).flatMap(([key, item]) => integerPaths(item, [...at, key]));
  return [];
}

/** The largest value the model takes at a path: versions and source numbers have their own bounds. */
function largestAt(at: JsonPath): number {
  const field = at.filter((part) => typeof part === 'string').at(-1);
  if (field === 'version') return MAX_STORY_VERSION;
  if (field === 'ref' || field === 'sourceRefs' || field === 'citationRefs') return MAX_SOURCE_REF;
  return GRAPHQL_INT_MAX;
}

const tooLarge = (largest: number) =>
  fc.oneof(fc.integer({ min: largest + 1, max: Number.MAX_SAFE_INTEGER }), fc.constantFrom(largest + 1, 2 ** 31, 2 ** 40, Number.MAX_SAFE_INTEGER));

/** Loads a file as `claimgraph ingest` does and expects it refused at `line` with nothing written. */
async function expectRefusedAt(file: string, line: number): Promise<StoryParseError> {
  const before = await graphCounts(db);
  const outcome = await loadStory(file).then(
    (story) => writeStoryGraph(db, story.document, story.source),
    (error: unknown) => error,
  );
  expect(outcome).toBeInstanceOf(StoryParseError);
  expect(outcome).toMatchObject({ file, line });
  expect(await graphCounts(db)).toEqual(before);
  return outcome as StoryParseError;
}

test('a story graph document with an integer beyond its bound anywhere is refused at its line, writing nothing', async () => {
  const paths = integerPaths(seedGraph);
  // Every integer field of the model occurs in the seed, so every one gets generated cases.
  expect(new Set(paths.map((at) => at.filter((part) => typeof part === 'string').join('.')))).toEqual(
    new Set([
      'story.version',
      'story.itemCount',
      'sources.ref',
      'claims.position',
      'claims.sourceRefs',
      'claims.mentions.line',
      'claims.mentions.position',
      'claims.mentions.citationRefs',
      'events.position',
      'events.sourceRefs',
      'questions.position',
      'questions.sourceRefs',
      'perspectives.position',
      'tensions.position',
      'tensions.sourceRefs',
      'tensions.sideA.sourceRefs',
      'tensions.sideB.sourceRefs',
    ]),
  );
  const file = path.join(scratch, 'out-of-range.graph.json');
  await fc.assert(
    fc.asyncProperty(
      fc.constantFrom(...paths).chain((at) => fc.tuple(fc.constant(at), tooLarge(largestAt(at)))),
      async ([at, value]) => {
        const graph = structuredClone(seedGraph) as Record<string | number, unknown>;
        const parent = at.slice(0, -1).reduce<Record<string | number, unknown>>((node, part) => node[part] as Record<string | number, unknown>, graph);
        parent[at.at(-1) as string | number] = value;
        const text = JSON.stringify(graph, null, 2);
        await writeFile(file, text);
        const error = await expectRefusedAt(file, jsonLineOf(text, at));
        expect(error.message).toContain(at.join('.'));
      },
    ),
    { numRuns: 60 },
  );
}, 120_000);

test('a story document with a version, item count or source number beyond its bound is refused at its line, writing nothing', async () => {
  const sourceLine = luminaV1.split('\n').findIndex((line) => line.startsWith('- [3] ')) + 1;
  const lines = {
    version: { line: 2, largest: MAX_STORY_VERSION, edit: (n: number) => `Version ${n}` },
    items: { line: 3, largest: GRAPHQL_INT_MAX, edit: (n: number) => `2026-03-12 18:40 UTC · ${n} items` },
    source: { line: sourceLine, largest: MAX_SOURCE_REF, edit: (n: number) => luminaV1.split('\n')[sourceLine - 1]?.replace('[3]', `[${n}]`) ?? '' },
  };
  const file = path.join(scratch, 'out-of-range.v1.txt');
  await fc.assert(
    fc.asyncProperty(
      fc.constantFrom(...Object.values(lines)).chain((field) => fc.tuple(fc.constant(field), tooLarge(field.largest))),
      async ([{ line, edit }, value]) => {
        await writeFile(file, replaceLine(luminaV1, line, edit(value)));
        await expectRefusedAt(file, line);
      },
    ),
    { numRuns: 30 },
  );
}, 120_000);
