import fc from 'fast-check';
import { cypherFile } from '../../src/db/cypher-file';
import { writeStoryGraph } from '../../src/ingest/write-story-graph';
import { evidenceRefs, StoryGraphDocument } from '../../src/model/story-graph';
import { dataOf, errorCodes, roundTripsOf, startApiOverSeed, type ApiHarness } from '../support/graphql-harness';
import { compareBy, expectedPairs, PAIRS, reducedPairs, type AnswerPair, type Relation } from '../support/actor-pairs-oracle';
import { actorNamed, enumValue, seed, STORY_ID } from '../support/seed-story';

/**
 * Issue 12, item 4: who contradicts whom (Story.actorContradictions, Query.actorContradictions) and
 * an actor's stances over time (Actor.timeline), each held to an oracle written here from the story
 * documents alone: tensions' sides and claims' supports, claims' speakers, assertions and disclosures.
 */

let api: ApiHarness;
beforeAll(async () => {
  api = await startApiOverSeed();
});
afterAll(() => api.close());

type Doc = StoryGraphDocument;
interface ExpectedEntry {
  claim: string;
  channel: string;
  at: string | null;
  disclosures: { channel: string; at: string | null; source: string }[];
}

/**
 * The rule: the actor's assertions by date, undated last, ties and undated in document order;
 * disclosures earliest first. The graph files a disclosure under its claim and actor, not under one
 * of the actor's channels (as Assertion.disclosures reads it): each assertion shows all of them.
 */
function expectedTimeline(doc: Doc, actorId: string): ExpectedEntry[] {
  return doc.claims
    .flatMap((claim) => claim.assertedBy.filter((a) => a.actorId === actorId).map((assertion) => ({ claim, assertion })))
    .sort(compareBy(({ assertion }) => assertion.at === undefined, ({ assertion }) => assertion.at ?? '', ({ claim }) => claim.position, ({ assertion }) => assertion.channel))
    .map(({ claim, assertion }) => ({
      claim: claim.id,
      channel: enumValue(assertion.channel),
      at: assertion.at ?? null,
      disclosures: claim.assertedBy
        .filter((a) => a.actorId === actorId)
        .flatMap((a) => a.disclosures)
        .sort(compareBy((d) => d.at === undefined, (d) => d.at ?? '', (d) => d.channel, (d) => d.sourceId))
        .map((d) => ({ channel: enumValue(d.channel), at: d.at ?? null, source: d.sourceId })),
    }));
}

const STORY_PAIRS = `query($id: ID!, $relation: ClaimRelation!, $version: Int) { story(id: $id) { actorContradictions(relation: $relation, version: $version) { ${PAIRS} } } }`;
const ACROSS_PAIRS = `query($ids: [ID!]!, $relation: ClaimRelation!) { actorContradictions(storyIds: $ids, relation: $relation) { ${PAIRS} } }`;
const ENTRY = 'actor { id } claim { id text } channel at disclosures { channel at source { id title kind } }';
const TIMELINE = `query($actor: ID!, $story: ID) { actor(id: $actor) { timeline(storyId: $story) { ${ENTRY} } } }`;
// Actors read at a version of the story read their timelines in it at that version.
const TIMELINES_AT = `query($id: ID!, $version: Int) { story(id: $id) { actors(version: $version) { id timeline(storyId: $id) { ${ENTRY} } } } }`;

interface AnswerEntry {
  actor: { id: string };
  claim: { id: string; text: string };
  channel: string;
  at: string | null;
  disclosures: { channel: string; at: string | null; source: { id: string; title: string; kind: string } }[];
}

const reducedTimeline = (entries: AnswerEntry[]): ExpectedEntry[] =>
  entries.map((e) => ({
    claim: e.claim.id,
    channel: e.channel,
    at: e.at,
    disclosures: e.disclosures.map((d) => ({ channel: d.channel, at: d.at, source: d.source.id })),
  }));

async function storyPairs(id: string, relation: Relation, version: number | null = null) {
  const pairs = dataOf(await api.query<{ story: { actorContradictions: AnswerPair[] } }>(STORY_PAIRS, { id, relation, version })).story.actorContradictions;
  expect(pairs.every((p) => p.relation === relation)).toBe(true);
  return reducedPairs(pairs);
}
const acrossPairs = async (ids: string[], relation: Relation) =>
  reducedPairs(dataOf(await api.query<{ actorContradictions: AnswerPair[] }>(ACROSS_PAIRS, { ids, relation })).actorContradictions);
const timeline = async (actor: string, story: string | null) =>
  dataOf(await api.query<{ actor: { timeline: AnswerEntry[] } }>(TIMELINE, { actor, story })).actor.timeline;
const timelinesAt = async (id: string, version: number) =>
  dataOf(await api.query<{ story: { actors: { id: string; timeline: AnswerEntry[] }[] } }>(TIMELINES_AT, { id, version })).story.actors;

describe('the seed: who contradicts whom', () => {
  test.each(['CONTRADICTS', 'SUPPORTS'] as const)('%s: the pairs of the story, and of the story named across stories, are the rule’s', async (relation) => {
    const expected = expectedPairs([seed], relation);
    expect(await storyPairs(STORY_ID, relation)).toEqual(expected);
    expect(await acrossPairs([STORY_ID], relation)).toEqual(expected);
  });

  test('Zuckerberg’s words are contradicted by the narrator’s account of Meta’s public framing', async () => {
    const zuckerberg = actorNamed('Mark Zuckerberg').id;
    const pairs = await storyPairs(STORY_ID, 'CONTRADICTS');
    const against = pairs.filter((p) => p.counterpart === zuckerberg);
    expect(against.map((p) => p.actor)).toEqual([seed.story.narratorId]);
    // His side carries the channel and date of his assertion (internal, at the all-hands).
    expect(against[0]?.claimPairs.flatMap((c) => c.counterpartAssertions)).toEqual([expect.objectContaining({ actor: zuckerberg, channel: 'INTERNAL' })]);
  });

  test('more than 20 stories, or none, is a BAD_USER_INPUT', async () => {
    const many = Array.from({ length: 21 }, (_, i) => `story:s${i}`);
    expect(errorCodes(await api.query(ACROSS_PAIRS, { ids: many, relation: 'CONTRADICTS' }))).toEqual(['BAD_USER_INPUT']);
    expect(errorCodes(await api.query(ACROSS_PAIRS, { ids: [], relation: 'CONTRADICTS' }))).toEqual(['BAD_USER_INPUT']);
  });
});

describe('the seed: stances over time', () => {
  const zuckerberg = actorNamed('Mark Zuckerberg').id;

  test('Zuckerberg’s timeline is his assertions by date, each with its disclosures, as the rule says', async () => {
    const entries = await timeline(zuckerberg, STORY_ID);
    expect(reducedTimeline(entries)).toEqual(expectedTimeline(seed, zuckerberg));
    expect(reducedTimeline(await timeline(zuckerberg, null))).toEqual(expectedTimeline(seed, zuckerberg));
    const dates = entries.map((e) => e.at ?? '\uffff');
    expect(dates).toEqual([...dates].sort());
  });

  test('what he said at the all-hands shows as said internally that day and leaked later through its recording', async () => {
    const allHands = seed.events.find((e) => /all-hands/i.test(e.text));
    const recording = seed.sources.find((s) => s.kind === 'audio');
    expect(allHands && recording).toBeTruthy();
    const saidThere = (await timeline(zuckerberg, STORY_ID)).filter((e) => e.at === allHands?.date);
    expect(saidThere.length).toBeGreaterThan(0);
    for (const entry of saidThere) {
      expect(entry.channel).toBe('INTERNAL');
      expect(entry.disclosures).toEqual([{ channel: 'LEAKED', at: recording?.publishedAt, source: expect.objectContaining({ id: recording?.id, kind: 'AUDIO' }) }]);
      expect(entry.disclosures[0]?.at && allHands?.date && entry.disclosures[0].at > allHands.date).toBe(true);
    }
  });

  test('an actor with no assertions has an empty timeline; a malformed storyId is a BAD_USER_INPUT', async () => {
    const silent = seed.actors.find((a) => !seed.claims.some((c) => c.assertedBy.some((x) => x.actorId === a.id)));
    expect(await timeline(silent?.id ?? '', STORY_ID)).toEqual([]);
    expect(errorCodes(await api.query(TIMELINE, { actor: zuckerberg, story: 'not a story' }))).toEqual(['BAD_USER_INPUT']);
  });
});

describe('generated stories: pairs and timelines equal the rule', () => {
  const STORY = 'stances-generated';
  const actorIds = ['actor:stances-a', 'actor:stances-b', 'actor:stances-c'];
  const narrator = `actor:narrator:${STORY}`;
  const speakers = [...actorIds, narrator];
  const DATES = ['2026-04-30', '2026-05-20', '2026-05-21'] as const;
  const date = fc.option(fc.constantFrom(...DATES), { nil: undefined });

  const arbitraryStory = fc
    .record({
      claims: fc.array(
        fc.record({
          speaker: fc.nat(speakers.length - 1),
          supports: fc.uniqueArray(fc.nat(5), { maxLength: 2 }),
          assertedBy: fc.uniqueArray(
            fc.record({
              actor: fc.nat(actorIds.length - 1),
              channel: fc.constantFrom('public' as const, 'internal' as const, 'leaked' as const),
              at: date,
              disclosures: fc.uniqueArray(fc.record({ channel: fc.constantFrom('leaked' as const, 'public' as const), at: date, source: fc.nat(1) }), {
                maxLength: 2,
                selector: (d) => `${d.channel} ${d.source}`,
              }),
            }),
            { maxLength: 3, selector: (a) => `${a.actor} ${a.channel}` },
          ),
        }),
        { minLength: 2, maxLength: 6 },
      ),
      tensions: fc.array(fc.record({ a: fc.uniqueArray(fc.nat(5), { minLength: 1, maxLength: 2 }), b: fc.uniqueArray(fc.nat(5), { minLength: 1, maxLength: 2 }) }), {
        maxLength: 3,
      }),
    })
    .map(({ claims, tensions }): Doc => {
      const claimId = (index: number) => `claim:${STORY}:${index % claims.length}`;
      return StoryGraphDocument.parse({
        format: 'claimgraph/story-graph@1',
        story: { id: `story:${STORY}`, title: 'Generated stances', version: 1, updatedAt: '2026-01-01T00:00:00Z', itemCount: 1, what: '-', whyItMatters: '-', narratorId: narrator },
        actors: [...actorIds.map((id) => ({ id, name: id.slice(6), kind: 'person' as const })), { id: narrator, name: 'Narrator', kind: 'narrator' as const }],
        sources: [1, 2].map((ref) => ({ id: `source:${STORY}:${ref}`, ref, title: `Recording ${ref}`, publisher: null, publisherId: null, kind: 'audio' as const })),
        claims: claims.map((c, index) => {
          const mentions = [{ id: `mention:${STORY}:${index}`, section: 'what' as const, line: index + 1, position: index, text: `The ${index}th claim.`, citationRefs: [1], citationScope: 'direct' as const }];
          return {
            id: claimId(index),
            text: `The ${index}th claim.`,
            kind: 'statement' as const,
            verbatim: false,
            speakerId: speakers[c.speaker] ?? null,
            section: 'what' as const,
            position: index,
            sourceRefs: evidenceRefs(mentions),
            mentions,
            supports: [...new Set(c.supports.map(claimId))].filter((id) => id !== claimId(index)),
            // One set of disclosures per actor and claim: the graph does not tell apart whose channel they follow.
            assertedBy: c.assertedBy.map((a, at) => ({
              actorId: actorIds[a.actor],
              channel: a.channel,
              ...(a.at && { at: a.at }),
              disclosures: (c.assertedBy.findIndex((other) => other.actor === a.actor) === at ? a.disclosures : []).map((d) => ({ channel: d.channel, ...(d.at && { at: d.at }), sourceId: `source:${STORY}:${d.source + 1}` })),
            })),
          };
        }),
        events: [],
        questions: [],
        perspectives: [],
        // Sides apart: a claim against itself is not a tension.
        tensions: tensions.flatMap((t, index) => {
          const sideA = [...new Set(t.a.map(claimId))];
          const sideB = [...new Set(t.b.map(claimId))].filter((id) => !sideA.includes(id));
          if (sideB.length === 0) return [];
          const side = (claimIds: string[]) => ({ label: `side ${claimIds.join(' ')}`, claimIds, sourceRefs: [] });
          return [{ id: `tension:${STORY}:${index}`, text: `Tension ${index}.`, position: index, sideA: side(sideA), sideB: side(sideB), sourceRefs: [] }];
        }),
      });
    });

  test('40 generated stories: each relation per story and with the seed across stories, each actor’s timeline', async () => {
    const written: Doc[] = [];
    await fc.assert(
      fc.asyncProperty(arbitraryStory, async (generated) => {
        // Each run a newer version of one story: the current version is checked, and the one before it by `version`.
        const doc = { ...generated, story: { ...generated.story, version: written.length + 1 } };
        const before = written.at(-1);
        written.push(doc);
        await writeStoryGraph(api.db, doc);
        for (const relation of ['CONTRADICTS', 'SUPPORTS'] as const) {
          expect(await storyPairs(doc.story.id, relation)).toEqual(expectedPairs([doc], relation));
          expect(await acrossPairs([doc.story.id, STORY_ID], relation)).toEqual(expectedPairs([seed, doc], relation));
          if (before) expect(await storyPairs(doc.story.id, relation, before.story.version)).toEqual(expectedPairs([before], relation));
        }
        for (const actor of actorIds) expect(reducedTimeline(await timeline(actor, doc.story.id))).toEqual(expectedTimeline(doc, actor));
        if (!before) return;
        const actorsBefore = await timelinesAt(doc.story.id, before.story.version);
        for (const actor of actorIds) {
          expect(reducedTimeline(actorsBefore.find((a) => a.id === actor)?.timeline ?? [])).toEqual(expectedTimeline(before, actor));
        }
      }),
      { numRuns: 40 },
    );
  }, 300_000);
});

test('each analytic is one statement, whatever the number of parents', async () => {
  const trips = async (query: string) => roundTripsOf(await api.query(query));
  // The story, its actors, actor-timeline.cypher, then the claims and the disclosures' sources: one statement each.
  expect(await trips(`{ story(id: "${STORY_ID}") { actors { timeline { claim { id } disclosures { source { id } } } } } }`)).toBe(5);
  // The page of stories, then actor-pairs.cypher, which brings the actors, the claims and the tensions it names.
  const pairs = (first: number) => `{ stories(first: ${first}) { nodes { actorContradictions { actor { id } claimPairs { claim { id } tension { id } claimAssertions { actor { id } } } } } } }`;
  for (const first of [1, 5]) expect(await trips(pairs(first))).toBe(2);
});

test('actor-pairs.cypher enters through the stories’ claims (index seek), not through every edge of the type', async () => {
  interface PlanStep {
    operatorType: string;
    children: PlanStep[];
  }
  const operators = (step: PlanStep): string[] => [step.operatorType, ...step.children.flatMap(operators)];
  const { text } = cypherFile('queries/actor-pairs');
  const params = { ids: [STORY_ID], relation: 'CONTRADICTS', version: null, storyId: null, first: 100, claimPairsLimit: 50, assertionsLimit: 20 };
  const result = await api.db.driver.executeQuery(`EXPLAIN ${text}`, params);
  if (!result.summary.plan) throw new Error('EXPLAIN gave no plan');
  const plan = operators(result.summary.plan);
  expect(plan.filter((operator) => /^NodeIndexSeek/.test(operator))).not.toEqual([]);
  expect(plan.filter((operator) => /RelationshipTypeScan|AllNodesScan|NodeByLabelScan/.test(operator))).toEqual([]);
});
