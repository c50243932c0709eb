import fc from 'fast-check';
import { evidenceOf, type Citation } from '../../src/model/claim-fields';
import { clearCuration, CORRECT_CLAIM, RECORD_VERDICT, startApiWithEditor, type KeyedClient } from '../support/curation-client';
import { dataOf, roundTripsOf, type ApiHarness } from '../support/graphql-harness';
import { compareBy } from '../support/actor-pairs-oracle';
import { byId, enumValue, seed, sourceByRef, STORY_ID } from '../support/seed-story';

/**
 * Issue 13: a ClaimReview is of the curated claim, so the works it names as the claim's appearances
 * are the sources an editor's corrected citations take as evidence (as Claim.sources answers them on
 * a default read), not the document's; an uncorrected claim keeps the document's.
 */

let api: ApiHarness;
let editor: KeyedClient;
beforeAll(async () => {
  ({ api, editor } = await startApiWithEditor());
});
afterAll(() => api.close());

const claimIds = seed.claims.map((claim) => claim.id);
const numbered = seed.sources.filter((source) => typeof source.ref === 'number');

const arbitraryCorrections = fc.uniqueArray(
  fc.record({
    claimId: fc.constantFrom(...claimIds),
    citations: fc.uniqueArray(fc.record({ sourceId: fc.constantFrom(...numbered.map((source) => source.id)), scope: fc.constantFrom('direct' as const, 'inherited' as const) }), {
      selector: (citation) => citation.sourceId,
      maxLength: 5,
    }),
  }),
  { selector: (correction) => correction.claimId, minLength: 1, maxLength: 4 },
);

/** The titles of the works a claim's ClaimReview names as appearances, by number, as the statement orders them. */
const titlesOf = (sourceIds: readonly string[]) =>
  sourceIds
    .map((id) => byId(seed.sources, id))
    .sort(compareBy((source) => source.ref ?? 0, (source) => source.title, (source) => source.id))
    .map((source) => source.title);
const documentAppearances = (claimId: string) => titlesOf(byId(seed.claims, claimId).sourceRefs.map((ref) => sourceByRef(ref).id));
const correctedAppearances = (citations: readonly Citation[]) => titlesOf(evidenceOf(citations).sourceIds);

interface Review {
  itemReviewed: { identifier: string; appearance?: { name: string }[] };
}
const appearancesIn = (reviews: Review[]) => Object.fromEntries(reviews.map((review) => [review.itemReviewed.identifier, (review.itemReviewed.appearance ?? []).map((work) => work.name)]));

test("a corrected claim's ClaimReview names the corrected citations' sources as its appearances, per claim and in the feed; an uncorrected claim the document's", async () => {
  let changed = 0;
  await fc.assert(
    fc.asyncProperty(arbitraryCorrections, fc.constantFrom(...claimIds), async (corrections, uncorrected) => {
      await clearCuration(api.db);
      const reason = 'Test: the citations the oracle applies.';
      const expected: Record<string, string[]> = {};
      const corrected = new Set<string>();
      for (const { claimId, citations } of corrections) {
        const input = { claimId, expectedRevision: 0, citations: citations.map(({ sourceId, scope }) => ({ sourceId, scope: enumValue(scope) })), reason };
        const response = await editor(CORRECT_CLAIM, { input });
        expected[claimId] = correctedAppearances(citations);
        if (response.errors?.[0]?.message.includes('The correction changes nothing')) {
          // Citations the document has already are no correction, and name the document's sources.
          expect(expected[claimId]).toEqual(documentAppearances(claimId));
          continue;
        }
        dataOf(response);
        corrected.add(claimId);
        if (JSON.stringify(expected[claimId]) !== JSON.stringify(documentAppearances(claimId))) changed += 1;
      }
      if (!(uncorrected in expected)) expected[uncorrected] = documentAppearances(uncorrected);
      for (const claimId of Object.keys(expected)) {
        const revision = corrected.has(claimId) ? 1 : 0;
        const rating = { value: 1, best: 5, worst: 1, label: 'False' };
        dataOf(await editor(RECORD_VERDICT, { input: { claimId, expectedRevision: revision, rating, reviewer: 'Test Check', date: '2026-06-01', rationale: reason } }));
      }

      const feedResponse = await api.query<{ story: { claimReviewFeed: string } }>(`{ story(id: "${STORY_ID}") { claimReviewFeed } }`);
      expect(appearancesIn(JSON.parse(dataOf(feedResponse).story.claimReviewFeed) as Review[])).toEqual(expected);
      // Looking the corrections up costs the feed no statement more.
      expect(roundTripsOf(feedResponse)).toBe(2);
      const perClaim = dataOf(
        await api.query<{ story: { claims: { claimReview: string | null }[] } }>(`{ story(id: "${STORY_ID}") { claims(first: 100) { claimReview } } }`),
      ).story.claims.flatMap((claim) => (claim.claimReview === null ? [] : (JSON.parse(claim.claimReview) as Review[])));
      expect(appearancesIn(perClaim)).toEqual(expected);
    }),
    { numRuns: 10 },
  );
  // The generated corrections changed what the reviews name, not only restated the document's citations.
  expect(changed).toBeGreaterThan(5);
}, 180_000);
