import fc from 'fast-check';
import { writeStoryGraph } from '../../src/ingest/write-story-graph';
import type { StoryGraphDocument } from '../../src/model/story-graph';
import { arbitraryStory, citedBy, expectedCycles, expectedFalseCorroborations, reachedFrom, waysOf, type Evidence } from '../support/corroboration-oracle';
import { claimStarting, ingestRelayCircle } from '../support/fixture-stories';
import { dataOf, roundTripsOf, startApiOverSeed, type ApiHarness } from '../support/graphql-harness';
import { actorNamed, seed, STORY_ID } from '../support/seed-story';

/**
 * Story.circularReporting and Claim.circularReporting: on the fixture built for them (a loop, a
 * false corroboration, an honest two-origin claim), on the seed, and on generated stories.
 */

let api: ApiHarness;
let circle: StoryGraphDocument;
beforeAll(async () => {
  api = await startApiOverSeed();
  circle = await ingestRelayCircle(api.db);
});
afterAll(() => api.close());

const REPORT = `evidence
  cycles { sources { id } derivations }
  falseCorroborations {
    claim { id } mention { id } citationScope cited { id } originCount
    sharedOrigins { cited { id } origin { makers { id } roots { id } paths { mention { id } sources { id } derivations } } }
  }`;

interface Report {
  evidence: Evidence;
  cycles: { sources: { id: string }[]; derivations: (string | null)[] }[];
  falseCorroborations: {
    claim: { id: string };
    mention: { id: string };
    citationScope: string;
    cited: { id: string }[];
    originCount: number;
    sharedOrigins: { cited: { id: string }[]; origin: { makers: { id: string }[]; roots: { id: string }[]; paths: { mention: { id: string }; sources: { id: string }[]; derivations: (string | null)[] }[] } }[];
  }[];
}

async function storyReport(story: string, evidence: Evidence = 'DIRECT') {
  const query = `query($story: ID!, $evidence: CorroborationEvidence) { story(id: $story) { circularReporting(evidence: $evidence) { ${REPORT} } } }`;
  return dataOf(await api.query<{ story: { circularReporting: Report } }>(query, { story, evidence })).story.circularReporting;
}

async function claimReport(claim: string, evidence: Evidence = 'DIRECT') {
  const query = `query($claim: ID!, $evidence: CorroborationEvidence) { claim(id: $claim) { circularReporting(evidence: $evidence) { ${REPORT} } } }`;
  return dataOf(await api.query<{ claim: { circularReporting: Report } }>(query, { claim, evidence })).claim.circularReporting;
}

const ids = (items: { id: string }[]) => items.map((item) => item.id);
const cyclesOf = (report: Report) => report.cycles.map((cycle) => ids(cycle.sources));

describe('the relay-circle fixture, worked out by hand', () => {
  const source = (ref: number) => `source:relay-circle:${ref}`;
  const claimSaying = (start: string) => claimStarting(circle, start);

  test('the story: one loop, [1] relays [2] relays [3] relays [1], and [4] outside it; one false corroboration, the cargo figure', async () => {
    for (const evidence of ['DIRECT', 'DIRECT_AND_INHERITED'] as const) {
      const report = await storyReport(circle.story.id, evidence);
      // Narrative: "Harbor Ledger relayed … [2]", "Dockside Daily relayed … [3]", "Tidewater Post relayed … [1]";
      // Quay Watch [4] relays [1] too, but nothing leads back to [4]: it reaches the loop, it is not on it.
      expect(report.cycles).toEqual([{ sources: [1, 2, 3].map((ref) => ({ id: source(ref) })), derivations: ['relayed', 'relayed', 'relayed'] }]);
      // Side by side: [1][3] (two shipping lines), [5][6] (cargo), [13][14] (wages); the tension's [13] stands alone.
      // [1] and [3] sit on a loop with no way out: each stands for itself (Harbor Ledger, Tidewater Post), 2 origins for 2 sources.
      // [13] is Coastal Survey's, [14] the Seafarers Union's: 2 origins for 2 sources, not flagged.
      // [5] relays [7] and [6] draws on [8], both Port Authority's: 1 origin for 2 sources.
      const cargo = claimSaying('Cargo volumes');
      expect(report.falseCorroborations).toEqual([
        {
          claim: { id: cargo.id },
          mention: { id: cargo.mentions[0]?.id },
          citationScope: 'DIRECT',
          cited: [{ id: source(5) }, { id: source(6) }],
          originCount: 1,
          sharedOrigins: [
            {
              cited: [{ id: source(5) }, { id: source(6) }],
              origin: {
                makers: [{ id: 'actor:port-authority' }],
                roots: [{ id: source(7) }, { id: source(8) }],
                paths: [
                  { mention: { id: cargo.mentions[0]?.id }, sources: [{ id: source(5) }, { id: source(7) }], derivations: ['relayed'] },
                  { mention: { id: cargo.mentions[0]?.id }, sources: [{ id: source(6) }, { id: source(8) }], derivations: ['drew on'] },
                ],
              },
            },
          ],
        },
      ]);
    }
  });

  test('a claim: the loop its evidence leads into, its own false corroboration, and nothing for the honest two-origin claim', async () => {
    // "Two shipping lines left the harbor in May [1][3]": both cited sources are on the loop; 2 origins, so no false corroboration.
    const lines = await claimReport(claimSaying('Two shipping lines').id);
    expect(cyclesOf(lines)).toEqual([[source(1), source(2), source(3)]]);
    expect(lines.falseCorroborations).toEqual([]);
    // "Quay Watch relayed the Harbor Ledger report [1]": [1] is on the loop.
    expect(cyclesOf(await claimReport(claimSaying('Quay Watch relayed').id))).toEqual([[source(1), source(2), source(3)]]);
    // "Cargo volumes … [5][6]": no loop behind it, the one false corroboration of the story.
    const cargo = await claimReport(claimSaying('Cargo volumes').id);
    expect(cargo.cycles).toEqual([]);
    expect(cargo.falseCorroborations.map((f) => [ids(f.cited), f.originCount, f.sharedOrigins.map((o) => ids(o.origin.makers))])).toEqual([
      [[source(5), source(6)], 1, [['actor:port-authority']]],
    ]);
    // "Dock wages rose … [13][14]": two makers, two origins: neither a loop nor a false corroboration.
    expect(await claimReport(claimSaying('Dock wages').id)).toEqual({ evidence: 'DIRECT', cycles: [], falseCorroborations: [] });
    // "Night-shift crane crews … [9]": a chain [9] → [10] → [11] → [12], no loop.
    expect(await claimReport(claimSaying('Night-shift').id)).toEqual({ evidence: 'DIRECT', cycles: [], falseCorroborations: [] });
  });
});

describe('the seed, worked out by hand from seed/meta-surveillance-layoffs.v1.txt and its overlay', () => {
  // Derivations: [1] → audio and memo, [2] → audio, [3] → memo, [4] → reassurance post; no source leads back: no loop.
  // Zuckerberg authored the audio, the memo and the post, so every root is one origin: his.
  // What cites two sources side by side directly: the leaked-audio sentence [2][1], the layoffs sentence [3][1]
  // and the quote 'success isn't a given' in it [3][1]. None of [1]–[3] is Zuckerberg's own, so however
  // a speaker's own sources are counted, each place rests on one origin for two sources.
  const zuckerberg = actorNamed('Mark Zuckerberg').id;
  const directPairs = () =>
    seed.claims.flatMap((claim) => claim.mentions.filter((m) => m.citationScope === 'direct' && m.citationRefs.length >= 2).map((m) => ({ claimId: claim.id, mention: m })));

  test('no loop; three false corroborations, each resting on Zuckerberg alone', async () => {
    const report = await storyReport(STORY_ID);
    expect(report.cycles).toEqual([]);
    expect(directPairs().map((p) => p.mention.citationRefs)).toEqual([[2, 1], [3, 1], [3, 1]]);
    expect(report.falseCorroborations.map((f) => ({ claimId: f.claim.id, mentionId: f.mention.id }))).toEqual(directPairs().map((p) => ({ claimId: p.claimId, mentionId: p.mention.id })));
    for (const found of report.falseCorroborations) {
      expect(found.originCount).toBe(1);
      expect(found.sharedOrigins.map((o) => ids(o.origin.makers))).toEqual([[zuckerberg]]);
      expect(ids(found.sharedOrigins[0]?.cited ?? [])).toEqual(ids(found.cited));
    }
    // [2][1], a narrator's sentence: [2] relays the audio (Zuckerberg's); [1] only analyses the audio
    // and the memo, so its way ends at [1] itself (its own reporting), and, cited beside a way to the
    // audio it analyses, it joins Zuckerberg's origin: two paths, two roots.
    const audio = seed.sources.find((s) => s.kind === 'audio')?.id;
    const one = seed.sources.find((s) => s.ref === 1)?.id;
    const [leak] = report.falseCorroborations;
    expect(ids(leak?.sharedOrigins[0]?.origin.roots ?? []).sort()).toEqual([audio, one].sort());
    expect(leak?.sharedOrigins[0]?.origin.paths.map((p) => ids(p.sources)).sort()).toEqual([[one], ['source:meta-surveillance-layoffs:2', audio]].sort());
  });

  test('with inherited citations, the sentences and tension lines citing [1][2] or [3][2][1] are false corroborations too', async () => {
    const report = await storyReport(STORY_ID, 'DIRECT_AND_INHERITED');
    const inheritedPairs = seed.claims.flatMap((c) => c.mentions.filter((m) => m.citationScope === 'inherited' && m.citationRefs.length >= 2));
    expect(inheritedPairs.length).toBeGreaterThan(0);
    expect(report.falseCorroborations).toHaveLength(directPairs().length + inheritedPairs.length);
    expect(report.falseCorroborations.filter((f) => f.citationScope === 'INHERITED')).toHaveLength(inheritedPairs.length);
    for (const found of report.falseCorroborations) expect(found.sharedOrigins.map((o) => ids(o.origin.makers))).toEqual([[zuckerberg]]);
  });

  test('one statement for the story, and one for the origins of all the claims it weighs, whatever their number', async () => {
    const response = await api.query(`query($story: ID!) { story(id: $story) { circularReporting { cycles { derivations } falseCorroborations { originCount } } } }`, { story: STORY_ID });
    dataOf(response);
    // node/Story, then circular-reporting.cypher, then corroboration.cypher for every claim at once.
    expect(roundTripsOf(response)).toBe(3);
  });

  test('every claim of the story asked at once: one statement for all of them, one for their origins', async () => {
    const query = `query($story: ID!) { story(id: $story) { claims { circularReporting { cycles { derivations } falseCorroborations { originCount } } } } }`;
    const response = await api.query<{ story: { claims: { circularReporting: Report }[] } }>(query, { story: STORY_ID });
    expect(dataOf(response).story.claims.filter((c) => c.circularReporting.falseCorroborations.length > 0)).toHaveLength(directPairs().length);
    // node/Story, relation/storyClaims, claim-circular-reporting.cypher for all the claims, corroboration.cypher for those it weighs.
    expect(roundTripsOf(response)).toBe(4);
  });
});

describe('generated stories', () => {
  const LOOPS = 'cycles { sources { id } }';
  const FALSE = 'falseCorroborations { claim { id } mention { id } originCount }';
  const GENERATED = `query($story: ID!, $earlier: Int!) { story(id: $story) {
    direct: circularReporting(evidence: DIRECT) { ${LOOPS} ${FALSE} }
    earlier: circularReporting(version: $earlier) { ${LOOPS} ${FALSE} }
    all: circularReporting(evidence: DIRECT_AND_INHERITED) { ${LOOPS} ${FALSE} }
    claims { id circularReporting(evidence: DIRECT_AND_INHERITED) { ${LOOPS} } }
  } }`;
  type Generated = Record<'direct' | 'all' | 'earlier', Report> & { claims: { id: string; circularReporting: Report }[] };

  /**
   * The lists the answer rests on are cut at their bounds (schema.graphql): 100 loops, and 50 paths per
   * origin of a claim's corroboration. A dense story past them is answered in part, which the oracle
   * does not model, so it is left out (rare among 7 sources).
   */
  const withinListBounds = (doc: StoryGraphDocument) =>
    expectedCycles(doc).length <= 100 &&
    doc.claims.every((claim) => {
      const cited = claim.mentions.flatMap((m) => m.citationRefs.flatMap((ref) => doc.sources.find((s) => s.ref === ref)?.id ?? []));
      return cited.reduce((ways, id) => ways + waysOf(doc, id).length, 0) <= 50;
    });

  test('40 stories: the loops found are the loops of the derivations, and the false corroborations those of the rule, now and a version before', async () => {
    let version = 0;
    const written: StoryGraphDocument[] = [];
    await fc.assert(
      fc.asyncProperty(arbitraryStory, async (generated) => {
        fc.pre(withinListBounds(generated));
        version += 1;
        const doc = { ...generated, story: { ...generated.story, version } };
        written.push(doc);
        await writeStoryGraph(api.db, doc);
        // The version before (the first: itself) read from the graph's history, with its own loops and claims.
        const earlier = written[Math.max(0, version - 2)] ?? doc;
        const answer = dataOf(await api.query<{ story: Generated }>(GENERATED, { story: doc.story.id, earlier: earlier.story.version })).story;
        for (const [report, evidence, of] of [[answer.direct, 'DIRECT', doc], [answer.all, 'DIRECT_AND_INHERITED', doc], [answer.earlier, 'DIRECT', earlier]] as const) {
          expect(cyclesOf(report)).toEqual(expectedCycles(of));
          expect(report.falseCorroborations.map((f) => ({ claimId: f.claim.id, mentionId: f.mention.id, originCount: f.originCount }))).toEqual(expectedFalseCorroborations(of, evidence));
        }
        // Each claim sees the loops holding a source its cited ones reach (7 sources: always within 10 hops).
        for (const claim of answer.claims) {
          const reached = reachedFrom(doc, citedBy(doc, claim.id, 'DIRECT_AND_INHERITED'));
          expect(cyclesOf(claim.circularReporting)).toEqual(expectedCycles(doc).filter((cycle) => cycle.some((id) => reached.has(id))));
        }
      }),
      { numRuns: 40 },
    );
    // A story version written per run (about a second on a busy machine) besides the question.
  }, 180_000);
});
