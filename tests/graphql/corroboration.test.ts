import fc from 'fast-check';
import { writeStoryGraph } from '../../src/ingest/write-story-graph';
import { arbitraryStory, expectedCorroboration, reducedCorroboration, type Evidence } from '../support/corroboration-oracle';
import { dataOf, startApiOverSeed, type ApiHarness } from '../support/graphql-harness';
import { actorNamed, seed } from '../support/seed-story';

/** Claim.corroboration against the oracle of tests/support/corroboration-oracle.ts, written from the rule over the document. */

let api: ApiHarness;
beforeAll(async () => {
  api = await startApiOverSeed();
});
afterAll(() => api.close());

const QUERY = `query($id: ID!, $evidence: CorroborationEvidence!, $discounting: [ID!]) { claim(id: $id) { corroboration(evidence: $evidence, discounting: $discounting) {
  evidence directSources evidenceSources inheritedOnly originCount singleOrigin
  origins { makers { id name } roots { id title } paths { mention { id text } citationScope sources { id } derivations derivationKinds endsAs } }
} } }`;

interface Answer {
  claim: {
    corroboration: {
      evidence: Evidence;
      directSources: number;
      evidenceSources: number;
      inheritedOnly: boolean;
      originCount: number;
      singleOrigin: boolean;
      origins: { makers: { id: string; name: string }[]; roots: { id: string; title: string }[]; paths: {
        mention: { id: string; text: string };
        citationScope: string;
        sources: { id: string }[];
        derivations: (string | null)[];
        derivationKinds: string[];
        endsAs: string;
      }[];
    }[];
    };
  };
}

async function corroboration(id: string, evidence: Evidence, discounting: string[] = []) {
  return dataOf(await api.query<Answer>(QUERY, { id, evidence, discounting })).claim.corroboration;
}

describe('the seed: every claim as the rule says, counting direct and then all evidence', () => {
  test.each(seed.claims.flatMap((c) => (['DIRECT', 'DIRECT_AND_INHERITED'] as const).map((evidence) => [c.id, evidence] as const)))(
    '%s, %s',
    async (id, evidence) => {
      const answer = await corroboration(id, evidence);
      expect(reducedCorroboration(answer)).toEqual(expectedCorroboration(seed, id, evidence));
      expect(answer.inheritedOnly).toBe(answer.directSources === 0);
      expect(answer.singleOrigin).toBe(answer.originCount === 1);
      // Every path starts at a mention of this claim with a citation of its first source, and ends at one of its origin's roots.
      for (const origin of answer.origins) {
        for (const path of origin.paths) {
          const mention = seed.claims.find((c) => c.id === id)?.mentions.find((m) => m.id === path.mention.id);
          expect(mention).toBeDefined();
          const first = seed.sources.find((s) => s.id === path.sources[0]?.id);
          expect(mention?.citationRefs).toContain(first?.ref);
          expect(origin.roots.map((r) => r.id)).toContain(path.sources.at(-1)?.id);
          expect(path.derivations).toHaveLength(path.sources.length - 1);
          expect(path.derivationKinds).toHaveLength(path.sources.length - 1);
        }
      }
    },
  );
});

test("'really smart people' rests on one origin: Zuckerberg's all-hands audio, however many sources relay it", async () => {
  const claim = seed.claims.find((c) => c.quote === 'really smart people' && c.verbatim);
  expect(claim).toBeDefined();
  const answer = await corroboration(claim?.id ?? '', 'DIRECT');
  expect(answer.singleOrigin).toBe(true);
  const [origin] = answer.origins;
  expect(origin?.makers.map((m) => m.id)).toEqual([actorNamed('Mark Zuckerberg').id]);
  expect(origin?.roots.map((r) => r.title)).toEqual([expect.stringMatching(/all-hands audio/i)]);
  expect(origin?.paths.some((p) => p.mention.text.includes('really smart people') && p.sources.length === 2)).toBe(true);
});

test('what if the leaked audio is discounted: the claims resting on [2] lose it, and those on [1] keep only its other root', async () => {
  const audio = seed.sources.find((s) => s.kind === 'audio');
  expect(audio).toBeDefined();
  const discounted = new Set([audio?.id ?? '']);
  const relaysOf = (ref: number) => seed.claims.filter((c) => c.mentions.some((m) => m.citationScope === 'direct' && m.citationRefs.includes(ref)));
  expect(relaysOf(2).length).toBeGreaterThan(0);
  expect(relaysOf(1).length).toBeGreaterThan(0);
  for (const claim of [...relaysOf(2), ...relaysOf(1)]) {
    const answer = await corroboration(claim.id, 'DIRECT', [...discounted]);
    expect(reducedCorroboration(answer)).toEqual(expectedCorroboration(seed, claim.id, 'DIRECT', discounted));
    // No way to an origin passes through the discounted audio any more.
    expect(answer.origins.flatMap((o) => o.paths.flatMap((p) => p.sources.map((s) => s.id)))).not.toContain(audio?.id);
  }
  // [2] only relays the audio: a claim cited to [2] alone is left with nothing.
  const onlyTwo = relaysOf(2).filter((c) => c.mentions.every((m) => m.citationScope !== 'direct' || m.citationRefs.every((ref) => ref === 2)));
  for (const claim of onlyTwo) expect((await corroboration(claim.id, 'DIRECT', [...discounted])).originCount).toBe(0);
});

describe('generated stories: corroboration equals the rule over any derivations, makers and citations', () => {
  test('60 generated stories, each claim under both evidence modes, with and without some sources discounted', async () => {
    let version = 0;
    await fc.assert(
      fc.asyncProperty(arbitraryStory, fc.uniqueArray(fc.nat(6), { maxLength: 3 }), async (generated, discountedIndexes) => {
        // Each run a newer version of one story: the graph's history grows, the current version is the one checked.
        version += 1;
        const doc = { ...generated, story: { ...generated.story, version } };
        await writeStoryGraph(api.db, doc);
        const discounted = [...new Set(discountedIndexes.map((index) => doc.sources[index % doc.sources.length]?.id ?? ''))];
        for (const claim of doc.claims) {
          for (const evidence of ['DIRECT', 'DIRECT_AND_INHERITED'] as const) {
            expect(reducedCorroboration(await corroboration(claim.id, evidence))).toEqual(expectedCorroboration(doc, claim.id, evidence));
            expect(reducedCorroboration(await corroboration(claim.id, evidence, discounted))).toEqual(expectedCorroboration(doc, claim.id, evidence, new Set(discounted)));
          }
        }
      }),
      { numRuns: 60 },
    );
    // Each run writes a story version and asks for each claim four times: minutes on a loaded machine.
  }, 180_000);
});

test('discounting takes source ids only, at most 50, and says which argument is wrong', async () => {
  const claimId = seed.claims[0]?.id ?? '';
  const ask = async (discounting: string[]) => api.query(QUERY, { id: claimId, evidence: 'DIRECT', discounting });
  for (const bad of [['claim:meta-surveillance-layoffs:1'], Array.from({ length: 51 }, (_, n) => `source:meta-surveillance-layoffs:${n}`)]) {
    const response = await ask(bad);
    expect(response.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT' });
    expect(response.errors?.[0]?.message).toMatch(/discounting/);
  }
  // A source the graph does not hold takes nothing away and is not listed as discounted.
  const unknown = dataOf(await api.query<{ claim: { corroboration: { discounted: unknown[]; originCount: number } } }>(
    `query($id: ID!) { claim(id: $id) { corroboration(discounting: ["source:nowhere:1"]) { discounted { id } originCount } } }`,
    { id: claimId },
  ));
  expect(unknown.claim.corroboration.discounted).toEqual([]);
  expect(unknown.claim.corroboration.originCount).toBe(expectedCorroboration(seed, claimId, 'DIRECT').originCount);
});

describe("[1] analyses the audio and the memo (seed overlay): its own words begin in it, a speaker's words in the speaker's items", () => {
  const neuron = () => actorNamed('The Neuron').id;
  const one = () => seed.sources.find((s) => s.ref === 1)?.id ?? '';
  const citedToOneOnly = (speakerId: string) =>
    seed.claims.filter(
      (c) => c.speakerId === speakerId && c.mentions.some((m) => m.citationScope === 'direct') && c.mentions.every((m) => m.citationScope !== 'direct' || m.citationRefs.every((ref) => ref === 1)),
    );
  // Everything [1] analyses: the leaked audio and the layoff memo.
  const analysed = () => seed.sources.find((s) => s.ref === 1)?.derivedFrom.map((d) => d.sourceId) ?? [];

  test("The Neuron's own words, cited to The Neuron's [1], have The Neuron as their one origin, and keep it without what [1] analyses", async () => {
    const claims = citedToOneOnly(neuron());
    expect(claims.length).toBeGreaterThan(0);
    expect(analysed()).toHaveLength(2);
    for (const claim of claims) {
      for (const discounting of [[], analysed()]) {
        const answer = await corroboration(claim.id, 'DIRECT', discounting);
        // Worked by hand: [1] is published by The Neuron, the claim's speaker, so the way stops at [1].
        expect(answer.originCount).toBe(1);
        expect(answer.origins[0]?.makers.map((m) => m.id)).toEqual([neuron()]);
        expect(answer.origins[0]?.paths.map((p) => [p.sources.map((s) => s.id), p.endsAs])).toEqual(
          answer.origins[0]?.paths.map(() => [[one()], 'SPEAKERS_OWN']),
        );
      }
    }
  });

  test("the narrator's words cited to [1] begin in [1]'s own reporting: origin The Neuron, not the items it analyses", async () => {
    const claims = citedToOneOnly(seed.story.narratorId);
    expect(claims.length).toBeGreaterThan(0);
    for (const claim of claims) {
      const answer = await corroboration(claim.id, 'DIRECT');
      expect(answer.origins.map((o) => o.makers.map((m) => m.id))).toEqual([[neuron()]]);
      expect(answer.origins[0]?.paths.every((p) => p.endsAs === 'ANALYSIS' && p.sources.length === 1)).toBe(true);
    }
  });

  test("Zuckerberg's words cited to [1] begin in Zuckerberg's items [1] analyses, and fall with them", async () => {
    const zuckerberg = actorNamed('Mark Zuckerberg').id;
    const claims = citedToOneOnly(zuckerberg);
    expect(claims.length).toBeGreaterThan(0);
    for (const claim of claims) {
      const answer = await corroboration(claim.id, 'DIRECT');
      expect(answer.origins.map((o) => o.makers.map((m) => m.id))).toEqual([[zuckerberg]]);
      for (const path of answer.origins.flatMap((o) => o.paths)) {
        expect(path.endsAs).toBe('SPEAKERS_OWN');
        expect(path.sources.map((s) => s.id)).toEqual([one(), expect.stringMatching(/all-hands-audio|layoff-memo/)]);
        expect(path.derivationKinds).toEqual(['ANALYSIS']);
      }
      expect((await corroboration(claim.id, 'DIRECT', analysed())).originCount).toBe(0);
    }
  });
});
