import fc from 'fast-check';
import { writeStoryGraph } from '../../src/ingest/write-story-graph';
import { arbitraryStory, expectedImpact, GENERATED_ACTOR_IDS, reducedCorroboration, type CorroborationAnswer, type Evidence } from '../support/corroboration-oracle';
import { dataOf, startApiOverSeed, type ApiHarness } from '../support/graphql-harness';
import { actorNamed, seed, STORY_ID } from '../support/seed-story';

/** Story.retractionImpact against the oracle of tests/support/corroboration-oracle.ts, on the seed and on generated stories. */

let api: ApiHarness;
beforeAll(async () => {
  api = await startApiOverSeed();
});
afterAll(() => api.close());

const CORROBORATION = 'directSources evidenceSources originCount origins { makers { id } roots { id } }';
const QUERY = `query($story: ID!, $discount: Discount!, $evidence: CorroborationEvidence) { story(id: $story) {
  retractionImpact(discount: $discount, evidence: $evidence) {
    discounted { id } fallen { id } claimsAffected claimsLosingAllEvidence claimsDroppingToOneOrigin
    claims { claim { id } before { ${CORROBORATION} } after { ${CORROBORATION} discounted { id } } lostAllEvidence droppedToOneOrigin }
    citedItems { item { id } lostAll cited { id } fallen { id } }
    tensions { tension { id } unsupportedSides }
  }
} }`;

interface Answer {
  story: {
    retractionImpact: {
      discounted: { id: string }[];
      fallen: { id: string }[];
      claimsAffected: number;
      claimsLosingAllEvidence: number;
      claimsDroppingToOneOrigin: number;
      claims: { claim: { id: string }; before: CorroborationAnswer; after: CorroborationAnswer; lostAllEvidence: boolean; droppedToOneOrigin: boolean }[];
      citedItems: { item: { id: string }; lostAll: boolean }[];
      tensions: { tension: { id: string }; unsupportedSides: string[] }[];
    };
  };
}

type Discount = { sourceIds: string[]; actorIds: string[] };

async function impact(story: string, discount: Discount, evidence: Evidence = 'DIRECT') {
  return dataOf(await api.query<Answer>(QUERY, { story, discount, evidence })).story.retractionImpact;
}

/** The answer in the oracle's shape, checking the counts and flags against the claims it lists. */
function reduced(answer: Answer['story']['retractionImpact']) {
  const claims = answer.claims.map((c) => ({ id: c.claim.id, before: reducedCorroboration(c.before), after: reducedCorroboration(c.after) }));
  const lost = claims.filter((c) => c.before.evidenceSources > 0 && c.after.evidenceSources === 0);
  const dropped = claims.filter((c) => c.before.originCount >= 2 && c.after.originCount === 1);
  expect(answer.claims.map((c) => c.lostAllEvidence)).toEqual(claims.map((c) => lost.includes(c)));
  expect(answer.claims.map((c) => c.droppedToOneOrigin)).toEqual(claims.map((c) => dropped.includes(c)));
  expect([answer.claimsAffected, answer.claimsLosingAllEvidence, answer.claimsDroppingToOneOrigin]).toEqual([claims.length, lost.length, dropped.length]);
  return {
    discounted: answer.discounted.map((s) => s.id),
    fallen: answer.fallen.map((s) => s.id),
    claims,
    citedItems: answer.citedItems.map((i) => ({ id: i.item.id, lostAll: i.lostAll })),
    tensions: answer.tensions.map((t) => ({ id: t.tension.id, sides: t.unsupportedSides })),
  };
}

test('the seed without the leaked audio: [2] falls with it, [1] does not (it rests on the memo too), and every claim resting on either is listed', async () => {
  const audio = seed.sources.find((s) => s.kind === 'audio')?.id ?? '';
  const discount = { sourceIds: [audio], actorIds: [] };
  const answer = await impact(STORY_ID, discount);
  expect(reduced(answer)).toEqual(expectedImpact(seed, 'DIRECT', discount));
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
  expect(reduced(answer)).toEqual(expected);
  expect(expected.citedItems.length).toBeGreaterThan(0);
});

test('bad discounts are refused naming the argument', async () => {
  for (const discount of [{ sourceIds: ['claim:x:1'] }, { actorIds: ['source:x:1'] }, { actorIds: Array.from({ length: 21 }, (_, n) => `actor:a-${n}`) }]) {
    const response = await api.query(QUERY, { story: STORY_ID, discount });
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
        expect(reduced(await impact(doc.story.id, discount, evidence))).toEqual(expectedImpact(doc, evidence, discount));
      },
    ),
    { numRuns: 60 },
  );
  // Each run writes a story version and asks for it: minutes on a loaded machine.
}, 180_000);
