import type { Database } from '../../src/db/database';
import { seedStories } from '../../src/ingest/seed';
import { claimIdentity, sourceIdentity } from '../../src/model/shared-identities';
import { dataOf, startApiOverSeed, type ApiHarness } from '../support/graphql-harness';
import { seed, seedEdges } from '../support/seed-story';

/** Seeding is idempotent: seeding again, even with `force`, leaves the graph exactly as it was. */

let api: ApiHarness;
beforeAll(async () => {
  api = await startApiOverSeed();
});
afterAll(() => api.close());

interface Census {
  nodes: Record<string, number>;
  relationships: Record<string, number>;
}

/** Everything in the database, counted by label and by relationship type. */
async function census(db: Database): Promise<Census> {
  const count = async (text: string) =>
    Object.fromEntries((await db.read({ name: 'test/census', text })).map((row) => [String(row.key), Number(row.total)]));
  return {
    nodes: await count('MATCH (n) UNWIND labels(n) AS key RETURN key, count(*) AS total'),
    relationships: await count('MATCH ()-[r]->() RETURN type(r) AS key, count(*) AS total'),
  };
}

/** The census lists only types the graph holds: a count of none is left out. */
const withoutNone = (counts: Record<string, number>) => Object.fromEntries(Object.entries(counts).filter(([, count]) => count > 0));

const storyItems = [seed.sources, seed.claims, seed.events, seed.questions, seed.perspectives, seed.tensions];
/** The shared identity of each source that has one (a publisher or a date), and of each claim. */
const sourceIdentities = seed.sources.flatMap((source) => sourceIdentity(source)?.id ?? []);
const claimIdentities = seed.claims.map((claim) => claimIdentity(claim, seed.story.id).id);

test('the seeded graph holds what the seed document states, and nothing else', async () => {
  expect(await census(api.db)).toEqual({
    nodes: {
      Story: 1,
      StoryVersion: 1,
      Actor: seed.actors.length,
      Source: seed.sources.length,
      Claim: seed.claims.length,
      Event: seed.events.length,
      Question: seed.questions.length,
      Perspective: seed.perspectives.length,
      Tension: seed.tensions.length,
      Mention: seedEdges.hasMention.length,
      SourceIdentity: new Set(sourceIdentities).size,
      ClaimIdentity: new Set(claimIdentities).size,
    },
    relationships: withoutNone({
      HAS_VERSION: 1,
      IN_STORY: storyItems.reduce((sum, items) => sum + items.length, 0) + seedEdges.hasMention.length,
      APPEARS_IN: seed.actors.length,
      CITES: seedEdges.cites.length + seedEdges.mentionCites.length,
      HAS_MENTION: seedEdges.hasMention.length,
      SPOKEN_BY: seedEdges.spokenBy.length,
      ATTRIBUTES_TO: seedEdges.attributesTo.length,
      DISCLOSED_THROUGH: seedEdges.disclosedThrough.length,
      ASSERTS: seedEdges.asserts.length,
      SUPPORTS: seedEdges.supports.length,
      CONTRADICTS: seedEdges.contradicts.length,
      HAS_SIDE: seedEdges.hasSide.length,
      PUBLISHED_BY: seedEdges.publishedBy.length,
      AUTHORED_BY: seedEdges.authoredBy.length,
      DERIVED_FROM: seedEdges.derivedFrom.length,
      PARTICIPATED_IN: seedEdges.participatedIn.length,
      HELD_BY: seedEdges.heldBy.length,
      CONCERNS: seedEdges.concerns.length,
      SAME_SOURCE_AS: sourceIdentities.length,
      SAME_CLAIM_AS: claimIdentities.length,
    }),
  });
});

test('seeding again writes nothing: the story is there already', async () => {
  const before = await census(api.db);
  const results = await seedStories(api.db);
  expect(results.map((r) => ({ storyId: r.storyId, written: r.written }))).toEqual([{ storyId: seed.story.id, written: undefined }]);
  expect(await census(api.db)).toEqual(before);
});

test('seeding with force rewrites the story without creating or deleting anything', async () => {
  const statsQuery = '{ story(id: "story:meta-surveillance-layoffs") { version stats { claims assertions contradictions citations } } }';
  const statsBefore = dataOf(await api.query(statsQuery));
  const before = await census(api.db);
  const [result] = await seedStories(api.db, { force: true });
  expect(result?.written?.changes).toMatchObject({ nodesCreated: 0, relationshipsCreated: 0, nodesDeleted: 0, relationshipsDeleted: 0 });
  expect(await census(api.db)).toEqual(before);
  expect(dataOf(await api.query(statsQuery))).toEqual(statsBefore);
});
