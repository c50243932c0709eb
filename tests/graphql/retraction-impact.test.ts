import fc from 'fast-check';
import { writeStoryGraph } from '../../src/ingest/write-story-graph';
import { arbitraryStory, expectedImpact, GENERATED_ACTOR_IDS, type Evidence } from '../support/corroboration-oracle';
import { reducedImpact, RETRACTION_IMPACT, type Discount, type RetractionImpactAnswer } from '../support/retraction-impact-answer';
import { dataOf, startApiOverSeed, type ApiHarness } from '../support/graphql-harness';
import { actorNamed, seed, STORY_ID } from '../support/seed-story';

/** Story.retractionImpact against the oracle of tests/support/corroboration-oracle.ts, on the seed and on generated stories. */

let api: ApiHarness;
beforeAll(async () => {
  api = await startApiOverSeed();
});
afterAll(() => api.close());

async function impact(story: string, discount: Discount, evidence: Evidence = 'DIRECT') {
  return dataOf(await api.query<RetractionImpactAnswer>(RETRACTION_IMPACT, { story, discount, evidence })).story.retractionImpact;
}

test('the seed without the leaked audio: [2] falls with it, [1] does not (it rests on the memo too), and every claim resting on either is listed', async () => {
  const audio = seed.sources.find((s) => s.kind === 'audio')?.id ?? '';
  const discount = { sourceIds: [audio], actorIds: [] };
  const answer = await impact(STORY_ID, discount);
  expect(reducedImpact(answer)).toEqual(expectedImpact(seed, 'DIRECT', discount));
  const fallen = answer.fallen.map((s) => s.id);
  expect(fallen).toContain(seed.sources.find((s) => s.ref === 2)?.id);
  expect(fallen).not.toContain(seed.sources.find((s) => s.ref === 1)?.id);
  const reached = answer.claims.map((c) => c.claim.id);
  for (const ref of [1, 2]) {
    const resting = seed.claims.filter((c) => c.mentions.some((m) => m.citationScope === 'direct' && m.citationRefs.includes(ref)));
    expect(resting.length).toBeGreaterThan(0);
    for (const claim of resting) expect(reached).toContain(claim.id);
  }
  expect(answer.claimsLosingAllEvidence).toBeGreaterThan(0);
});

test('the seed without everything Mark Zuckerberg made, all evidence counted: the same as the oracle, events and questions included', async () => {
  const discount = { sourceIds: [], actorIds: [actorNamed('Mark Zuckerberg').id] };
  const answer = await impact(STORY_ID, discount, 'DIRECT_AND_INHERITED');
  const expected = expectedImpact(seed, 'DIRECT_AND_INHERITED', discount);
  expect(reducedImpact(answer)).toEqual(expected);
  expect(expected.citedItems.length).toBeGreaterThan(0);
});

test('bad discounts are refused naming the argument', async () => {
  for (const discount of [{ sourceIds: ['claim:x:1'] }, { actorIds: ['source:x:1'] }, { actorIds: Array.from({ length: 21 }, (_, n) => `actor:a-${n}`) }]) {
    const response = await api.query(RETRACTION_IMPACT, { story: STORY_ID, discount });
    expect(response.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT' });
    expect(response.errors?.[0]?.message).toMatch(/discount/);
  }
});

test('generated stories: the impact of discounting any sources and actors equals the rule', async () => {
  let version = 0;
  await fc.assert(
    fc.asyncProperty(
      arbitraryStory,
      fc.uniqueArray(fc.nat(6), { maxLength: 2 }),
      fc.uniqueArray(fc.nat(2), { maxLength: 1 }),
      fc.constantFrom<Evidence>('DIRECT', 'DIRECT_AND_INHERITED'),
      async (generated, sourceIndexes, actorIndexes, evidence) => {
        // Each run a newer version of one story: what earlier versions held must not leak into the current answer.
        version += 1;
        const doc = { ...generated, story: { ...generated.story, version } };
        await writeStoryGraph(api.db, doc);
        const discount = {
          sourceIds: [...new Set(sourceIndexes.map((index) => doc.sources[index % doc.sources.length]?.id ?? ''))],
          actorIds: actorIndexes.map((index) => GENERATED_ACTOR_IDS[index] ?? ''),
        };
        expect(reducedImpact(await impact(doc.story.id, discount, evidence))).toEqual(expectedImpact(doc, evidence, discount));
      },
    ),
    { numRuns: 60 },
  );
  // Each run writes a story version and asks for it: minutes on a loaded machine.
}, 180_000);
