import fc from 'fast-check';
import { clearCuration, CORRECT_CLAIM, startApiWithEditor, type KeyedClient } from '../support/curation-client';
import { dataOf, roundTripsOf, type ApiHarness } from '../support/graphql-harness';
import { wordsOf } from '../support/seed-search';
import { byId, seed, STORY_ID } from '../support/seed-story';

/**
 * Issue 13: search finds a claim by the words an editor corrected its text to (correctClaim), and
 * answers the corrected text; the document's words still find it, as they do at a version. Taking
 * the correction away (correcting back to the document's words) takes its words out of search.
 */

let api: ApiHarness;
let editor: KeyedClient;
beforeAll(async () => {
  ({ api, editor } = await startApiWithEditor());
});
afterAll(() => api.close());

// Made-up words no seeded item holds, each its own stem: one marks every correction of a run, one each claim's.
const SHARED_WORD = 'glimbop';
const OWN_WORDS = ['quorblat', 'snarfek', 'wozdrik', 'plimvat'];
const claimIds = seed.claims.map((claim) => claim.id);

const searchClaims = (text: string, selection: string) =>
  api.query<{ search: { node: { id: string; text: string } }[] }>(
    `query($text: String!, $storyId: ID) { search(text: $text, kinds: [CLAIM], storyId: $storyId, first: 100) { node { ... on Claim { ${selection} } } } }`,
    { text, storyId: STORY_ID },
  );
const hitsOf = async (text: string) => dataOf(await searchClaims(text, 'id text')).search.map((hit) => hit.node);
const idsOf = (nodes: { id: string }[]) => nodes.map((node) => node.id).sort();

/** The longest word of a claim's document text: one the corrected text does not hold. */
const documentWord = (claimId: string) => [...wordsOf(byId(seed.claims, claimId).text)].sort((a, b) => b.length - a.length || a.localeCompare(b))[0] ?? '';

test("a claim is found by its corrected words and by the document's, answering the corrected text; undone, the corrected words find nothing", async () => {
  await fc.assert(
    fc.asyncProperty(fc.uniqueArray(fc.constantFrom(...claimIds), { minLength: 1, maxLength: OWN_WORDS.length }), async (corrected) => {
      await clearCuration(api.db);
      const reason = 'Test: the words the oracle searches.';
      const texts = Object.fromEntries(corrected.map((claimId, at) => [claimId, `The ${OWN_WORDS[at]} ${SHARED_WORD} statement, as corrected.`]));
      for (const [claimId, text] of Object.entries(texts)) dataOf(await editor(CORRECT_CLAIM, { input: { claimId, expectedRevision: 0, text, reason } }));

      expect(idsOf(await hitsOf(SHARED_WORD))).toEqual([...corrected].sort());
      // The corrected words are looked up in the statement that searches the document's.
      expect(roundTripsOf(await searchClaims(SHARED_WORD, 'id'))).toBe(1);
      for (const [at, claimId] of corrected.entries()) {
        expect(await hitsOf(OWN_WORDS[at] ?? '')).toEqual([{ id: claimId, text: texts[claimId] }]);
        // The words the correction replaced still find the claim, which answers its corrected text.
        expect(await hitsOf(documentWord(claimId))).toContainEqual({ id: claimId, text: texts[claimId] });
      }

      // Corrected back to the document's words, the correction is gone, and so are its words from search.
      const [undone = ''] = corrected;
      dataOf(await editor(CORRECT_CLAIM, { input: { claimId: undone, expectedRevision: 1, text: byId(seed.claims, undone).text, reason } }));
      expect(idsOf(await hitsOf(SHARED_WORD))).toEqual(corrected.slice(1).sort());
      expect(await hitsOf(OWN_WORDS[0] ?? '')).toEqual([]);
    }),
    { numRuns: 8 },
  );
}, 180_000);

test("another field's correction finds nothing: a kind corrected to 'prediction' is no hit for the word", async () => {
  await clearCuration(api.db);
  const before = idsOf(await hitsOf('prediction'));
  const claim = seed.claims.find((candidate) => candidate.kind !== 'prediction' && !before.includes(candidate.id)) ?? byId(seed.claims, '');
  dataOf(await editor(CORRECT_CLAIM, { input: { claimId: claim.id, expectedRevision: 0, kind: 'PREDICTION', reason: 'Test: a kind is no words.' } }));
  expect(idsOf(await hitsOf('prediction'))).toEqual(before);
});
