import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import { generateStoryDocument } from '../../bench/story-documents/generate-story-documents';
import { applySchema } from '../../src/db/apply-schema';
import { createDriver, Database } from '../../src/db/database';
import { loadStory } from '../../src/ingest/load-story-file';
import { StoryParseError } from '../../src/ingest/parse/story-parse-error';
import { VersionConflictError, writeStoryGraph } from '../../src/ingest/write-story-graph';
import { resetDatabase, testNeo4jConnection } from '../setup/test-neo4j';
import { graphCounts, type GraphCounts } from '../support/graph-counts';
import { arbitraryText, assembledDocument, mutatedDocument, mutation } from '../support/story-mutations';

/**
 * Hostile story documents through the whole ingest path (`loadStory` then `writeStoryGraph`, as
 * `claimgraph ingest` runs them) into a real database: each is written, or refused with a typed
 * error (StoryParseError, VersionConflictError) having written nothing at all.
 *
 * CLAIMGRAPH_FUZZ_RUNS sets the documents per property (`npm run fuzz`); the default keeps `npm test` quick.
 */
const numRuns = Number(process.env.CLAIMGRAPH_FUZZ_RUNS ?? 13);
/** A document takes tens of milliseconds, a few hundred on a loaded machine; a long run must not hit jest's default. */
const timeoutMs = 60_000 + numRuns * 1_000;

let db: Database;
let scratch: string;
/** The graph as it stands; every refused document must leave it exactly so. */
let counts: GraphCounts;
const tally = { written: 0, parseErrors: 0, versionConflicts: 0 };

beforeAll(async () => {
  db = new Database(createDriver(testNeo4jConnection()), { database: 'neo4j', txTimeoutMs: 60_000 });
  await resetDatabase(db.driver);
  await applySchema(db);
  counts = await graphCounts(db);
  scratch = await mkdtemp(path.join(tmpdir(), 'claimgraph-ingest-fuzz-'));
});
afterAll(async () => {
  const total = tally.written + tally.parseErrors + tally.versionConflicts;
  process.stderr.write(
    `[fuzz] ${total} story documents: ${tally.written} written, ${tally.parseErrors} refused by the parser, ` +
      `${tally.versionConflicts} refused as older versions\n`,
  );
  await rm(scratch, { recursive: true, force: true });
  await db.driver.close();
});

/**
 * One document through the ingest path, under a fixed file name per property: the documents of a
 * property share a story id, so later ones meet earlier versions and older versions get refused.
 */
async function ingestOrRefuse(fileName: string, text: string): Promise<void> {
  const file = path.join(scratch, fileName);
  await writeFile(file, text);
  try {
    const { document, source } = await loadStory(file);
    await writeStoryGraph(db, document, source);
    tally.written += 1;
    counts = await graphCounts(db);
  } catch (error) {
    if (error instanceof StoryParseError) tally.parseErrors += 1;
    else if (error instanceof VersionConflictError) tally.versionConflicts += 1;
    else throw error;
    expect(await graphCounts(db)).toEqual(counts);
  }
}

const ingests = (fileName: string, documents: fc.Arbitrary<string>) =>
  fc.assert(
    fc.asyncProperty(documents, (text) => ingestOrRefuse(fileName, text)),
    { numRuns },
  );

/**
 * Documents of the bulk generator (many shapes beyond the fixtures) at versions 1 to 3, some mutated:
 * as they share one story id, an older version often follows a newer one and must be refused.
 */
const generatedDocument = fc
  .tuple(fc.nat({ max: 10_000 }), fc.integer({ min: 1, max: 3 }), fc.array(mutation, { maxLength: 2 }))
  .map(([index, version, mutations]) => {
    const text = generateStoryDocument(index, 5).text.replace(/^Version 1$/m, `Version ${version}`);
    return mutations.reduce((lines, mutate) => mutate(lines), text.split('\n')).join('\n');
  });

describe('the ingester on hostile story documents: written, or refused with a typed error and no writes', () => {
  it('arbitrary text', () => ingests('fuzz-arbitrary.v1.txt', arbitraryText), timeoutMs);
  it("documents assembled from the format's own lines", () => ingests('fuzz-assembled.v1.txt', assembledDocument), timeoutMs);
  it('mutations of valid documents', () => ingests('fuzz-mutated.v1.txt', mutatedDocument), timeoutMs);
  it('generated documents at several versions, some mutated', () => ingests('fuzz-generated.v1.txt', generatedDocument), timeoutMs);
});
