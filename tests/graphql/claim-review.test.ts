import fc from 'fast-check';
import { claimReviewsOf, type AppearanceRow, type ClaimReviewSubject } from '../../src/graphql/curation/claim-review';
import type { VerdictRow } from '../../src/graphql/curation/curation-rows';
import { writeStoryGraph } from '../../src/ingest/write-story-graph';
import { StoryGraphDocument, type ActorKind, type SourceKind } from '../../src/model/story-graph';
import { RECORD_VERDICT, startApiWithEditor, type KeyedClient } from '../support/curation-client';
import { dataOf, errorCodes, roundTripsOf, type ApiHarness } from '../support/graphql-harness';
import { compact, CONTEXT_TERMS, expand, SCHEMA, termsUsed } from '../support/schema-org-jsonld';
import { ingestLumina } from '../support/fixture-stories';
import { byId, seed, STORY_ID } from '../support/seed-story';

/** ClaimReview JSON-LD out, read as JSON-LD (the `jsonld` library, schema.org's context from the repository, no network). */

type Expanded = Record<string, unknown[]>;

/** The one value of an expanded property: a literal's @value, else the node. */
const only = (node: Expanded, property: string): unknown => {
  const values = node[`${SCHEMA}${property}`];
  if (!Array.isArray(values) || values.length !== 1) throw new Error(`Expected one ${property} in ${JSON.stringify(node)}`);
  const [value] = values as Record<string, unknown>[];
  return value && '@value' in value ? value['@value'] : value;
};
const has = (node: Expanded, property: string) => `${SCHEMA}${property}` in node;

/** Expands a ClaimReview and checks what Google requires and recommends, returning the expanded node. */
async function expandedReview(review: object): Promise<Expanded> {
  const [node, ...more] = (await expand(review)) as Expanded[];
  expect(more).toEqual([]);
  expect(node?.['@type']).toEqual([`${SCHEMA}ClaimReview`]);
  const expanded = node as Expanded;
  for (const property of ['claimReviewed', 'reviewRating', 'author', 'datePublished', 'itemReviewed']) expect(has(expanded, property)).toBe(true);
  const rating = only(expanded, 'reviewRating') as Expanded;
  expect(rating['@type']).toEqual([`${SCHEMA}Rating`]);
  for (const property of ['ratingValue', 'bestRating', 'worstRating', 'alternateName']) expect(has(rating, property)).toBe(true);
  expect((only(expanded, 'itemReviewed') as Expanded)['@type']).toEqual([`${SCHEMA}Claim`]);
  // Every term is one schema.org's context defines: none slipped through @vocab misspelt.
  expect([...termsUsed(review)].filter((term) => !CONTEXT_TERMS.has(term))).toEqual([]);
  return expanded;
}

describe('through the API, over the seeded story', () => {
  let api: ApiHarness;
  let editor: KeyedClient;
  beforeAll(async () => {
    ({ api, editor } = await startApiWithEditor());
  });
  afterAll(() => api.close());

  const reviewed = byId(seed.claims, 'claim:meta-surveillance-layoffs:93dc2631e04c');
  const speaker = byId(seed.actors, reviewed.speakerId ?? '');
  const cited = reviewed.sourceRefs.map((ref) => seed.sources.find((source) => source.ref === ref));
  const unreviewed = seed.claims.find((claim) => claim.id !== reviewed.id) ?? reviewed;

  const verdictInput = async (reviewer: string, rating: { value: number; best: number; worst: number; label: string }, more: Record<string, unknown> = {}) => {
    const { claim } = dataOf(await api.query<{ claim: { revision: number } }>(`{ claim(id: "${reviewed.id}") { revision } }`));
    return { claimId: reviewed.id, expectedRevision: claim.revision, rating, reviewer, date: '2026-06-01', rationale: `${reviewer} read the memo.`, ...more };
  };
  const record = async (...args: Parameters<typeof verdictInput>) => dataOf(await editor(RECORD_VERDICT, { input: await verdictInput(...args) }));

  const reviewsOf = async (claimId: string) =>
    dataOf(await api.query<{ claim: { claimReview: string | null } }>(`{ claim(id: "${claimId}") { claimReview } }`)).claim.claimReview;
  const feed = async () =>
    JSON.parse(dataOf(await api.query<{ story: { claimReviewFeed: string } }>(`{ story(id: "${STORY_ID}") { claimReviewFeed } }`)).story.claimReviewFeed) as object[];

  test('a claim without a verdict has no ClaimReview, and the feed of a story without verdicts is empty', async () => {
    expect(await reviewsOf(reviewed.id)).toBeNull();
    expect(await feed()).toEqual([]);
  });

  test("a verdict is a ClaimReview with Google's properties, read from the graph, and schema.org IRIs", async () => {
    await record('Full Fact', { value: 2, best: 5, worst: 1, label: 'Misleading' });
    const text = await reviewsOf(reviewed.id);
    const [review, ...others] = JSON.parse(text ?? 'null') as object[];
    expect(others).toEqual([]);
    const expanded = await expandedReview(review ?? {});
    expect(only(expanded, 'claimReviewed')).toBe(reviewed.text);
    expect(only(expanded, 'datePublished')).toBe('2026-06-01');
    expect(only(only(expanded, 'author') as Expanded, 'name')).toBe('Full Fact');
    const rating = only(expanded, 'reviewRating') as Expanded;
    expect([only(rating, 'ratingValue'), only(rating, 'bestRating'), only(rating, 'worstRating'), only(rating, 'alternateName')]).toEqual([2, 5, 1, 'Misleading']);

    const claim = only(expanded, 'itemReviewed') as Expanded;
    const author = only(claim, 'author') as Expanded;
    expect(author['@type']).toEqual([`${SCHEMA}${speaker.kind === 'person' ? 'Person' : 'Organization'}`]);
    expect(only(author, 'name')).toBe(speaker.name);
    const appearances = claim[`${SCHEMA}appearance`] as Expanded[];
    expect(appearances.map((work) => only(work, 'name'))).toEqual(cited.map((source) => source?.title));
    expect(appearances.map((work) => only(only(work, 'publisher') as Expanded, 'name'))).toEqual(cited.map((source) => source?.publisher));
    // Recorded without an address, so none in the review: never a made-up one.
    expect(has(expanded, 'url')).toBe(false);

    // Compacted against the shipped context, the review reads back as written.
    const compacted = await compact(review ?? {});
    expect(compacted).toMatchObject({ type: 'ClaimReview', claimReviewed: reviewed.text, reviewRating: { alternateName: 'Misleading' } });
  });

  test('several reviewers: one ClaimReview each, newest first, with its url where recorded; the story feed holds them and no unreviewed claim', async () => {
    const url = 'https://factcheck.example.org/checks/really-smart-people';
    await record('AFP Fact Check', { value: 0, best: 10, worst: 0, label: 'False' }, { url });
    const perClaim = JSON.parse((await reviewsOf(reviewed.id)) ?? '[]') as { author: { name: string } }[];
    expect(perClaim.map((review) => review.author.name)).toEqual(['AFP Fact Check', 'Full Fact']);
    expect((await expandedReview(perClaim[0] ?? {}))[`${SCHEMA}url`]).toEqual([{ '@id': url }]);
    expect(await feed()).toEqual(perClaim);
    expect(await reviewsOf(unreviewed.id)).toBeNull();
  });

  test('a url that is no http(s) address is BAD_USER_INPUT, and writes nothing', async () => {
    for (const url of ['javascript:alert(1)', 'ftp://factcheck.example.org/x', 'factcheck.example.org/x']) {
      const refused = await editor(RECORD_VERDICT, { input: await verdictInput('Maldita', { value: 1, best: 5, worst: 1, label: 'False' }, { url }) });
      expect(errorCodes(refused)).toEqual(['BAD_USER_INPUT']);
    }
    expect(JSON.parse((await reviewsOf(reviewed.id)) ?? '[]')).toHaveLength(2);
  });

  describe('GET /claimreview/<storyId>.jsonld', () => {
    const get = (client: { yoga: ApiHarness['yoga'] }, storyId: string, init: RequestInit = {}) =>
      client.yoga.fetch(`http://claimgraph.test/claimreview/${encodeURIComponent(storyId)}.jsonld`, init);
    const codeOf = async (response: Response) => ((await response.json()) as { errors: { extensions: { code: string } }[] }).errors[0]?.extensions.code;

    test('answers the story feed as application/ld+json', async () => {
      const response = await get(api, STORY_ID);
      expect([response.status, response.headers.get('content-type')]).toEqual([200, 'application/ld+json; charset=utf-8']);
      const served = (await response.json()) as object[];
      expect(served).toEqual(await feed());
      expect(served.length).toBeGreaterThan(0);
    });

    test('an unknown story is 404 NOT_FOUND, a malformed id 400 BAD_USER_INPUT, a POST 405', async () => {
      const missing = await get(api, 'story:no-such-story');
      expect([missing.status, await codeOf(missing)]).toEqual([404, 'NOT_FOUND']);
      const malformed = await get(api, 'not-an-id');
      expect([malformed.status, await codeOf(malformed)]).toEqual([400, 'BAD_USER_INPUT']);
      expect((await get(api, STORY_ID, { method: 'POST' })).status).toBe(405);
    });

    test("runs under /graphql's limits: the rate limit, a required key, persisted-only mode", async () => {
      const limited = api.withEnv({ CLAIMGRAPH_RATE_LIMIT_PER_MINUTE: '2' });
      const statuses = [];
      for (let attempt = 0; attempt < 3; attempt += 1) statuses.push((await get(limited, STORY_ID)).status);
      expect(statuses).toEqual([200, 200, 429]);
      const keyed = api.withEnv({ CLAIMGRAPH_ANONYMOUS: 'false' });
      expect((await get(keyed, STORY_ID)).status).toBe(401);
      const persistedOnly = await get(api.withEnv({ CLAIMGRAPH_PERSISTED_ONLY: 'true' }), STORY_ID);
      expect(persistedOnly.status).toBeGreaterThanOrEqual(400);
      expect(await persistedOnly.text()).toMatch(/persisted operations only/);
    });
  });

  test("one statement reads the reviews of a request's claims, however many; one the story's feed", async () => {
    const perClaim = (first: number) => `{ story(id: "${STORY_ID}") { claims(first: ${first}) { claimReview } } }`;
    const trips = await Promise.all([5, 35].map(async (first) => roundTripsOf(await api.query(perClaim(first)))));
    // The story, its claims, and every claim's reviews at once.
    expect(trips).toEqual([3, 3]);
    expect(roundTripsOf(await api.query(`{ story(id: "${STORY_ID}") { claimReviewFeed } }`))).toBe(2);
  });

  test('`first` bounds the feed by claims, and is held to the bound', async () => {
    const one = dataOf(await api.query<{ story: { claimReviewFeed: string } }>(`{ story(id: "${STORY_ID}") { claimReviewFeed(first: 1) } }`));
    expect(JSON.parse(one.story.claimReviewFeed)).toHaveLength(2);
    const refused = await api.query(`{ story(id: "${STORY_ID}") { claimReviewFeed(first: 1001) } }`);
    expect(refused.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  test('a claim the next version drops keeps its ClaimReview, with what its last version said, in the per-claim read and the feed', async () => {
    const [v1] = await ingestLumina(api.db, [1]);
    // The next version: v1 without one cited claim that nothing else names.
    const without = (id: string) => ({ ...v1, claims: v1?.claims.filter((claim) => claim.id !== id) });
    const dropped = v1?.claims.find((claim) => claim.sourceRefs.length > 0 && !JSON.stringify(without(claim.id)).includes(claim.id));
    if (!v1 || !dropped) throw new Error('The Lumina fixture has no cited claim that nothing else names');
    const v2 = StoryGraphDocument.parse({ ...without(dropped.id), story: { ...v1.story, version: 2, updatedAt: '2030-01-01T00:00:00Z' } });
    dataOf(
      await editor(RECORD_VERDICT, {
        input: { claimId: dropped.id, expectedRevision: 0, rating: { value: 1, best: 5, worst: 1, label: 'False' }, reviewer: 'Full Fact', date: '2026-06-01', rationale: 'No such breach.' },
      }),
    );
    const read = async () => {
      const data = dataOf(
        await api.query<{ claim: { claimReview: string }; story: { claimReviewFeed: string } }>(
          `{ claim(id: "${dropped.id}") { claimReview } story(id: "${v1.story.id}") { claimReviewFeed } }`,
        ),
      );
      return { perClaim: JSON.parse(data.claim.claimReview) as object[], feed: JSON.parse(data.story.claimReviewFeed) as object[] };
    };
    const before = await read();
    expect(before.perClaim).toHaveLength(1);
    const cited = dropped.sourceRefs.map((ref) => v1.sources.find((source) => source.ref === ref)?.title);
    const [expanded] = await Promise.all(before.perClaim.map(expandedReview));
    const appearances = (only(expanded as Expanded, 'itemReviewed') as Expanded)[`${SCHEMA}appearance`] as Expanded[];
    expect(appearances.map((work) => only(work, 'name'))).toEqual(cited);

    await writeStoryGraph(api.db, v2);
    expect(dataOf(await api.query<{ story: { version: number } }>(`{ story(id: "${v1.story.id}") { version } }`)).story.version).toBe(2);
    const after = await read();
    expect(after).toEqual(before);
    expect(after.feed).toEqual(before.perClaim);
  });
});

/** Where a null, an empty string or an empty list stands in for a value the graph lacks. */
function placeholders(value: unknown, at = '$'): string[] {
  if (value === null || value === '' || (Array.isArray(value) && value.length === 0)) return [at];
  if (Array.isArray(value)) return value.flatMap((item, index) => placeholders(item, `${at}[${index}]`));
  if (typeof value === 'object') return Object.entries(value).flatMap(([key, inner]) => placeholders(inner, `${at}.${key}`));
  return [];
}

describe('generated claims, reviewers and ratings', () => {
  const day = fc.integer({ min: Date.UTC(2000, 0, 1), max: Date.UTC(2030, 11, 31) }).map((ms) => new Date(ms).toISOString().slice(0, 10));
  const words = fc.string({ minLength: 1, maxLength: 40 }).filter((text) => text.trim().length > 0);
  const actorKind = fc.constantFrom<ActorKind>('person', 'organization', 'outlet', 'group', 'narrator');
  const appearance: fc.Arbitrary<AppearanceRow> = fc.record({
    title: words,
    publisher: fc.option(words, { nil: null }),
    publishedAt: fc.option(day, { nil: null }),
    kind: fc.constantFrom<SourceKind>('article', 'newsletter', 'social_post', 'memo', 'audio', 'report', 'other'),
    publisherKind: fc.option(actorKind.filter((kind) => kind !== 'narrator'), { nil: null }),
  });
  const verdict = (claimId: string): fc.Arbitrary<VerdictRow> =>
    fc
      .record({
        scale: fc.tuple(fc.integer({ min: -10, max: 10 }), fc.integer({ min: 1, max: 10 })),
        at: fc.double({ min: 0, max: 1, noNaN: true }),
        flip: fc.boolean(),
        reviewer: words,
        label: words,
        date: day,
        rationale: words,
        url: fc.option(fc.webUrl({ withFragments: true }), { nil: undefined }),
      })
      .map(({ scale: [worst, span], at, flip, reviewer, label, date, rationale, url }) => ({
        id: `verdict:${claimId}:${reviewer}`,
        claimId,
        reviewer,
        // Scales run either way: 1 (false) to 5 (true), or 0 (true) to 10 (false).
        ratingBest: flip ? worst : worst + span,
        ratingWorst: flip ? worst + span : worst,
        ratingValue: worst + at * span,
        ratingLabel: label,
        date,
        rationale,
        evidenceSourceIds: [],
        ...(url === undefined ? {} : { url }),
        recordedAt: '2026-06-01T00:00:00.000Z',
        recordedBy: 'key:test',
      }));
  const subject: fc.Arbitrary<ClaimReviewSubject> = fc
    .record({ text: words, speaker: fc.option(fc.record({ name: words, kind: actorKind }), { nil: null }), assertedOn: fc.array(day, { maxLength: 3 }), appearances: fc.array(appearance, { maxLength: 4 }) })
    .chain((claim) =>
      fc.array(verdict('claim:x:1'), { minLength: 0, maxLength: 3 }).map((verdicts) => ({
        claim: { id: 'claim:x:1', text: claim.text },
        speaker: claim.speaker,
        assertedOn: claim.assertedOn,
        appearances: claim.appearances,
        verdicts,
      })),
    );

  test('each verdict is one ClaimReview with the required properties; what the graph lacks is left out, nothing is made up', async () => {
    await fc.assert(
      fc.asyncProperty(subject, async (given) => {
        const reviews = claimReviewsOf(given);
        expect(reviews).toHaveLength(given.verdicts.length);
        for (const [index, review] of reviews.entries()) {
          const verdictRow = given.verdicts[index] as VerdictRow;
          const expanded = await expandedReview(review);
          const rating = only(expanded, 'reviewRating') as Expanded;
          expect([only(rating, 'ratingValue'), only(rating, 'bestRating'), only(rating, 'worstRating'), only(rating, 'alternateName')]).toEqual([
            verdictRow.ratingValue,
            verdictRow.ratingBest,
            verdictRow.ratingWorst,
            verdictRow.ratingLabel,
          ]);
          expect(only(only(expanded, 'author') as Expanded, 'name')).toBe(verdictRow.reviewer);
          expect(expanded[`${SCHEMA}url`] ?? null).toEqual(verdictRow.url ? [{ '@id': verdictRow.url }] : null);

          const claim = only(expanded, 'itemReviewed') as Expanded;
          const speakerType = given.speaker && { person: 'Person', organization: 'Organization', outlet: 'Organization', group: 'Organization', narrator: null }[given.speaker.kind];
          expect(has(claim, 'author') ? (only(claim, 'author') as Expanded)['@type'] : null).toEqual(speakerType ? [`${SCHEMA}${speakerType}`] : null);
          expect(has(claim, 'datePublished') ? only(claim, 'datePublished') : null).toBe([...given.assertedOn].sort()[0] ?? null);
          expect((claim[`${SCHEMA}appearance`] ?? []).length).toBe(given.appearances.length);
          const dates = given.appearances.flatMap((work) => (work.publishedAt ? [work.publishedAt] : [])).sort();
          expect(has(claim, 'firstAppearance') ? only(only(claim, 'firstAppearance') as Expanded, 'datePublished') : null).toBe(dates[0] ?? null);
          const publishers = (claim[`${SCHEMA}appearance`] ?? []).filter((work) => has(work as Expanded, 'publisher')).length;
          expect(publishers).toBe(given.appearances.filter((work) => work.publisher !== null).length);
          expect(placeholders(review)).toEqual([]);
        }
      }),
      { numRuns: 150 },
    );
  });
});
