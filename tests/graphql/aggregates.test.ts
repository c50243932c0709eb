import fc from 'fast-check';
import { writeStoryGraph } from '../../src/ingest/write-story-graph';
import { StoryGraphDocument } from '../../src/model/story-graph';
import { AGGREGATE_BYS, expectedAggregate, type AggregateBy } from '../support/aggregate-oracle';
import { ingestStoriesBesideSeed, luminaWithChangedAttributes } from '../support/fixture-stories';
import { dataOf, errorCodes, roundTripsOf, startApiOverSeed, type ApiHarness } from '../support/graphql-harness';
import { seed, STORY_ID } from '../support/seed-story';

/**
 * Story.aggregates and Query.aggregates: counts grouped by one property, one statement however many
 * groupings and stories a request asks for. Expected counts are read from the story documents
 * (tests/support/aggregate-oracle.ts), never from the API.
 */

let api: ApiHarness;
let workplace: StoryGraphDocument;
let lumina: StoryGraphDocument[];
beforeAll(async () => {
  api = await startApiOverSeed();
  ({ workplace, lumina } = await ingestStoriesBesideSeed(api.db));
});
afterAll(() => api.close());

interface AggregateJson {
  by: AggregateBy;
  total: number;
  groups: { key: string | null; count: number; actor: { id: string } | null }[];
}
const SELECTION = 'by total groups { key count actor { id } }';

/** The answer without the actors, which are checked once against the keys. */
const reduced = (aggregate: AggregateJson) => ({ ...aggregate, groups: aggregate.groups.map(({ key, count }) => ({ key, count })) });

/** Every grouping of one story, aliased into one request. */
const storyAggregates = async (storyId: string, at: string = '') => {
  const fields = AGGREGATE_BYS.map((by) => `${by}: aggregates(by: ${by}${at}) { ${SELECTION} }`).join('\n');
  const response = await api.query<{ story: Record<AggregateBy, AggregateJson> }>(`query($id: ID!) { story(id: $id) { ${fields} } }`, { id: storyId });
  return { trips: roundTripsOf(response), aggregates: dataOf(response).story };
};

/** Every grouping of several stories together, aliased into one request. */
const acrossStories = async (storyIds: string[]) => {
  const fields = AGGREGATE_BYS.map((by) => `${by}: aggregates(storyIds: $ids, by: ${by}) { ${SELECTION} }`).join('\n');
  const response = await api.query<Record<AggregateBy, AggregateJson>>(`query($ids: [ID!]!) { ${fields} }`, { ids: storyIds });
  return { trips: roundTripsOf(response), aggregates: dataOf(response) };
};

describe('on the seed', () => {
  test.each(AGGREGATE_BYS)('%s counts what the seed document holds', async (by) => {
    const { aggregates } = await storyAggregates(STORY_ID);
    expect(reduced(aggregates[by])).toEqual(expectedAggregate([seed], by));
  });

  test('the document read by hand: 30 claims by section, 10 assertions by channel, the sources by publisher', async () => {
    const { aggregates } = await storyAggregates(STORY_ID);
    expect(reduced(aggregates.CLAIM_SECTION).groups).toEqual([
      { key: 'NARRATIVE', count: 15 },
      { key: 'WHAT', count: 7 },
      { key: 'TENSIONS', count: 6 },
      { key: 'WHY_IT_MATTERS', count: 2 },
    ]);
    // Zuckerberg's remarks at the all-hands and in his memo and post are internal; Meta, The Neuron and the analysts speak publicly, twice each.
    expect(reduced(aggregates.ASSERTION_CHANNEL)).toEqual({
      by: 'ASSERTION_CHANNEL',
      total: 10,
      groups: [
        { key: 'PUBLIC', count: 6 },
        { key: 'INTERNAL', count: 4 },
      ],
    });
    // The three underlying items have no publisher; Rohan Paul published [2] and [3].
    expect(reduced(aggregates.SOURCE_PUBLISHER).groups).toEqual([
      { key: null, count: 3 },
      { key: 'actor:rohan-paul', count: 2 },
      { key: 'actor:semianalysis', count: 1 },
      { key: 'actor:the-neuron', count: 1 },
    ]);
  });

  test('an actor grouping names its actor; any other has none', async () => {
    const { aggregates } = await storyAggregates(STORY_ID);
    for (const by of AGGREGATE_BYS) {
      const byActor = by === 'CLAIM_SPEAKER' || by === 'SOURCE_PUBLISHER';
      for (const group of aggregates[by].groups) expect(group.actor).toEqual(byActor && group.key !== null ? { id: group.key } : null);
    }
  });

  test('`first` keeps the largest groups; total still counts them all', async () => {
    const response = await api.query<{ story: { aggregates: AggregateJson } }>(
      `{ story(id: "${STORY_ID}") { aggregates(by: CLAIM_SECTION) { ${SELECTION.replace('groups', 'groups(first: 2)')} } } }`,
    );
    const expected = expectedAggregate([seed], 'CLAIM_SECTION');
    expect(reduced(dataOf(response).story.aggregates)).toEqual({ ...expected, groups: expected.groups.slice(0, 2) });
  });
});

describe('round trips', () => {
  test('counts by section: 14 round trips as 7 aliased totalCounts, 2 as one aggregates field (the story, then the statement)', async () => {
    const sections = ['WHAT', 'WHY_IT_MATTERS', 'NARRATIVE', 'TIMELINE', 'PERSPECTIVES', 'TENSIONS', 'QUESTIONS'];
    const aliased = sections.map((section) => `${section}: claims(filter: { storyId: "${STORY_ID}", sections: [${section}] }) { totalCount }`).join('\n');
    const before = await api.query<Record<string, { totalCount: number }>>(`{ ${aliased} }`);
    expect(roundTripsOf(before)).toBe(14);
    const response = await api.query<{ story: { aggregates: AggregateJson } }>(`{ story(id: "${STORY_ID}") { aggregates(by: CLAIM_SECTION) { ${SELECTION} } } }`);
    expect(roundTripsOf(response)).toBe(2);
    const counted = Object.fromEntries(dataOf(response).story.aggregates.groups.map((group) => [group.key, group.count]));
    for (const section of sections) expect(counted[section] ?? 0).toBe(dataOf(before)[section]?.totalCount);
  });

  // The groups' actors (speakers, publishers) are one statement more, node/Actor.
  test('all nine groupings of a story with their actors: the story, one statement, the actors', async () => {
    expect((await storyAggregates(STORY_ID)).trips).toBe(1 + 1 + 1);
  });

  test('all nine groupings of one story and of three stories across, with their actors: one statement and the actors', async () => {
    expect((await acrossStories([STORY_ID])).trips).toBe(1 + 1);
    expect((await acrossStories([STORY_ID, workplace.story.id, lumina[1]?.story.id ?? ''])).trips).toBe(1 + 1);
  });
});

describe('across stories', () => {
  test.each(AGGREGATE_BYS)('%s over the seed and the workplace fixture sums the two documents', async (by) => {
    const { aggregates } = await acrossStories([STORY_ID, workplace.story.id]);
    expect(reduced(aggregates[by])).toEqual(expectedAggregate([seed, workplace], by));
  });

  test('an actor of both stories is one group: Rohan Paul published 2 sources of the seed and 1 of the fixture', async () => {
    const { aggregates } = await acrossStories([STORY_ID, workplace.story.id]);
    expect(aggregates.SOURCE_PUBLISHER.groups.find((group) => group.key === 'actor:rohan-paul')).toEqual({ key: 'actor:rohan-paul', count: 3, actor: { id: 'actor:rohan-paul' } });
  });

  test('a story the graph does not hold counts nothing', async () => {
    const { aggregates } = await acrossStories(['story:no-such-story']);
    for (const by of AGGREGATE_BYS) expect(aggregates[by]).toEqual({ by, total: 0, groups: [] });
  });

  test('a story named twice counts once', async () => {
    const { aggregates } = await acrossStories([STORY_ID, STORY_ID]);
    expect(reduced(aggregates.CLAIM_KIND)).toEqual(expectedAggregate([seed], 'CLAIM_KIND'));
  });

  test.each([
    ['no story', []],
    ['21 stories', Array.from({ length: 21 }, (_, n) => `story:s${n}`)],
    ['a malformed id', ['meta-surveillance-layoffs']],
    ['an id of another type', ['claim:meta-surveillance-layoffs:x']],
  ])('%s is BAD_USER_INPUT', async (_, ids) => {
    const response = await api.query('query($ids: [ID!]!) { aggregates(storyIds: $ids, by: CLAIM_KIND) { total } }', { ids });
    expect(errorCodes(response)).toEqual(['BAD_USER_INPUT']);
  });
});

describe('versions', () => {
  const luminaId = () => lumina[0]?.story.id ?? '';

  test.each(AGGREGATE_BYS)('%s at version 1, and as recorded then, counts what version 1 held', async (by) => {
    const v1 = lumina[0] as StoryGraphDocument;
    const versions = dataOf(await api.query<{ story: { versions: { number: number; recordedAt: string }[] } }>(`{ story(id: "${luminaId()}") { versions { number recordedAt } } }`));
    const recorded = versions.story.versions.find((version) => version.number === 1)?.recordedAt;
    expect((await storyAggregates(luminaId(), ', version: 1')).aggregates[by]).toEqual((await storyAggregates(luminaId(), `, asOf: "${recorded}"`)).aggregates[by]);
    expect(reduced((await storyAggregates(luminaId(), ', version: 1')).aggregates[by])).toEqual(expectedAggregate([v1], by));
    expect(reduced((await storyAggregates(luminaId())).aggregates[by])).toEqual(expectedAggregate([lumina[1] as StoryGraphDocument], by));
  });

  test('where a later version changes an item\'s kind, section or date, version 2 still counts it as version 2 held it', async () => {
    const v2 = lumina[1] as StoryGraphDocument;
    const v3 = luminaWithChangedAttributes(v2);
    await writeStoryGraph(api.db, v3);
    const [atTwo, newest] = [(await storyAggregates(luminaId(), ', version: 2')).aggregates, (await storyAggregates(luminaId())).aggregates];
    for (const by of AGGREGATE_BYS) {
      expect(reduced(atTwo[by])).toEqual(expectedAggregate([v2], by));
      expect(reduced(newest[by])).toEqual(expectedAggregate([v3], by));
    }
    const changed = AGGREGATE_BYS.filter((by) => JSON.stringify(expectedAggregate([v2], by)) !== JSON.stringify(expectedAggregate([v3], by)));
    expect(changed).toEqual(['CLAIM_KIND', 'CLAIM_SECTION', 'SOURCE_KIND', 'SOURCE_MONTH', 'EVENT_MONTH']);
  });

  test('the two versions differ where the fixture changed', () => {
    const differing = AGGREGATE_BYS.filter((by) => JSON.stringify(expectedAggregate([lumina[0] as StoryGraphDocument], by)) !== JSON.stringify(expectedAggregate([lumina[1] as StoryGraphDocument], by)));
    expect(differing.length).toBeGreaterThan(2);
  });
});

const GENERATED = 'aggregates-generated';
const NARRATOR = `actor:narrator:${GENERATED}`;
const ACTORS = ['actor:aggregates-a', 'actor:aggregates-b'];
const DATES = ['2025-12-31', '2026-01-01', '2026-01-31', '2026-02-14', undefined];

/** Small stories whose items take any kind, section, speaker, publisher, channel and date. */
const arbitraryStory = fc
  .record({
    claims: fc.array(
      fc.record({
        kind: fc.constantFrom('statement', 'quote', 'framing', 'prediction'),
        section: fc.constantFrom('what', 'why_it_matters', 'narrative', 'timeline', 'perspectives', 'tensions', 'questions'),
        speaker: fc.constantFrom(null, NARRATOR, ...ACTORS),
        assertedBy: fc.uniqueArray(fc.record({ actor: fc.nat(1), channel: fc.constantFrom('public', 'internal', 'leaked'), at: fc.constantFrom(...DATES) }), {
          maxLength: 3,
          selector: (a) => `${a.actor}|${a.channel}`,
        }),
      }),
      { minLength: 1, maxLength: 8 },
    ),
    sources: fc.array(
      fc.record({ kind: fc.constantFrom('article', 'social_post', 'memo'), publisher: fc.constantFrom(null, ...ACTORS), at: fc.constantFrom(...DATES) }),
      { maxLength: 5 },
    ),
    events: fc.array(fc.record({ date: fc.constantFrom('2025-12-31', '2026-01-01', '2026-02-14'), precision: fc.constantFrom('day', 'month', 'year', 'approximate') }), {
      maxLength: 5,
    }),
  })
  .map(({ claims, sources, events }) =>
    StoryGraphDocument.parse({
      format: 'claimgraph/story-graph@1',
      story: { id: `story:${GENERATED}`, title: 'Generated aggregates', version: 1, updatedAt: '2026-01-01T00:00:00Z', itemCount: 1, what: '-', whyItMatters: '-', narratorId: NARRATOR },
      actors: [...ACTORS.map((id) => ({ id, name: id.slice(6), kind: 'person' })), { id: NARRATOR, name: 'Narrator', kind: 'narrator' }],
      sources: sources.map((source, index) => ({
        id: `source:${GENERATED}:${index + 1}`,
        ref: index + 1,
        title: `Source ${index + 1}`,
        publisher: source.publisher,
        publisherId: source.publisher,
        kind: source.kind,
        ...(source.at && { publishedAt: source.at }),
      })),
      claims: claims.map((claim, index) => ({
        id: `claim:${GENERATED}:${index}`,
        text: `Claim ${index}.`,
        kind: claim.kind,
        verbatim: false,
        speakerId: claim.speaker,
        section: claim.section,
        position: index,
        sourceRefs: [],
        mentions: [{ id: `mention:${GENERATED}:${index}`, section: claim.section, line: index + 1, position: index, text: `Claim ${index}.`, citationRefs: [], citationScope: 'direct' }],
        assertedBy: claim.assertedBy.map((a) => ({ actorId: ACTORS[a.actor], channel: a.channel, ...(a.at && { at: a.at }) })),
      })),
      events: events.map((event, index) => ({ id: `event:${GENERATED}:${index}`, date: event.date, datePrecision: event.precision, text: `Event ${index}.`, position: index, sourceRefs: [] })),
      questions: [],
      perspectives: [],
      tensions: [],
    }),
  );

test('generated stories: every grouping equals the document, and its groups sum to the plain list\'s totalCount', async () => {
  let version = 0;
  await fc.assert(
    fc.asyncProperty(arbitraryStory, async (generated) => {
      // Each run a newer version of one story: what older runs wrote stays in the graph, not in the version read.
      version += 1;
      const doc = { ...generated, story: { ...generated.story, version } };
      await writeStoryGraph(api.db, doc);
      const { aggregates } = await storyAggregates(doc.story.id);
      for (const by of AGGREGATE_BYS) expect(reduced(aggregates[by])).toEqual(expectedAggregate([doc], by));
      const lists = dataOf(
        await api.query<Record<'claims' | 'sources' | 'events', { totalCount: number }>>(`query($id: ID!) {
          claims(filter: { storyId: $id }) { totalCount }
          sources(filter: { storyId: $id }) { totalCount }
          events(filter: { storyId: $id }) { totalCount }
        }`, { id: doc.story.id }),
      );
      const sum = (by: AggregateBy) => aggregates[by].groups.reduce((total, group) => total + group.count, 0);
      for (const by of AGGREGATE_BYS) expect(sum(by)).toBe(aggregates[by].total);
      expect([sum('CLAIM_KIND'), sum('CLAIM_SECTION'), sum('CLAIM_SPEAKER')]).toEqual(Array(3).fill(lists.claims.totalCount));
      expect([sum('SOURCE_KIND'), sum('SOURCE_PUBLISHER'), sum('SOURCE_MONTH')]).toEqual(Array(3).fill(lists.sources.totalCount));
      expect(sum('EVENT_MONTH')).toBe(lists.events.totalCount);
    }),
    { numRuns: 20 },
  );
});
