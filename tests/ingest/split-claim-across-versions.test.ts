import { apiKeyOf, keyedClient, RECORD_VERDICT } from '../support/curation-client';
import { MERGE_CLAIMS, SPLIT_CLAIM } from '../support/curated-link-client';
import { ingestLumina } from '../support/fixture-stories';
import { expectKeptAcrossVersions } from '../support/keep-across-versions';
import { dataOf, startApiOverSeed, type ApiHarness } from '../support/graphql-harness';

/**
 * A split belongs to its claim, not to a version: the next version, a re-ingest of it and a
 * migration of the graph (which rewrites every derived node) keep it, its mentions, and the claim's
 * curated mentions (with those of a claim merged into it). A mention's line is its newest version's.
 */

let api: ApiHarness;
const lumina = (id: string) => `claim:lumina-health-breach:${id}`;
const luminaMention = (id: string) => `mention:lumina-health-breach:${id}`;
/** Lumina's two claims stated in two places each. */
const [kept, merged] = [lumina('c9aaaf70d47a'), lumina('8f9b2d245a59')];

beforeAll(async () => {
  api = await startApiOverSeed();
  await ingestLumina(api.db, [1]);
  const editor = keyedClient(api.yoga, (await apiKeyOf(api.db, 'editor')).key);
  dataOf(
    await editor(SPLIT_CLAIM, {
      input: { claimId: kept, expectedRevision: 0, mentionIds: [luminaMention('c239b35352fd')], text: 'The second statement.', speakerId: null, rationale: 'Two statements in one sentence.' },
    }),
  );
  dataOf(await editor(MERGE_CLAIMS, { input: { claimId: kept, mergedClaimId: merged, expectedRevision: 1, expectedMergedRevision: 0, rationale: 'One claim.' } }));
  // A verdict on the part belongs to its split, so it is kept with it.
  const rating = { value: 1, best: 5, worst: 1, label: 'False' };
  const verdict = { claimId: kept, splitId: 'split:lumina-health-breach:c9aaaf70d47a:1', expectedRevision: 2, rating, reviewer: 'Full Fact', date: '2026-06-01', rationale: 'No.' };
  dataOf(await editor(RECORD_VERDICT, { input: verdict }));
});
afterAll(() => api.close());

async function splitState() {
  const read = dataOf(
    await api.query(`{
      kept: claim(id: "${kept}") {
        revision mentions { id } curatedMentions { id text }
        splits { id claim { id } text speaker { id } mentions { id text } rationale curator recordedAt verdicts { reviewer rating { label } } claimReview }
      }
    }`),
  );
  const [nodes] = await api.db.read({
    name: 'test/claim-split-edges',
    text: 'RETURN COUNT { (:Curation)-[:HAS_SPLIT]->(:ClaimSplit) } AS splits, COUNT { (:ClaimSplit)-[:HAS_VERDICT]->(:Verdict) } AS verdicts, COUNT { (:Change)-[:CHANGED]->(:Claim) } AS changed',
  });
  return { read, nodes };
}

test('a split survives the next version, a re-ingest of it, and a migration of the graph', async () => {
  const split = await splitState();
  expect(split.nodes).toEqual({ splits: 1, verdicts: 1, changed: 4 });
  expect(split.read).toMatchObject({
    kept: {
      revision: 3,
      mentions: [{ id: luminaMention('48b917612198') }, { id: luminaMention('c239b35352fd') }],
      curatedMentions: [{ id: luminaMention('48b917612198') }, { id: luminaMention('70cc47ff04bd') }, { id: luminaMention('f9731a4db263') }],
      splits: [
        { id: 'split:lumina-health-breach:c9aaaf70d47a:1', claim: { id: kept }, speaker: null, mentions: [{ id: luminaMention('c239b35352fd') }], verdicts: [{ reviewer: 'Full Fact', rating: { label: 'False' } }] },
      ],
    },
  });

  await expectKeptAcrossVersions(api.db, splitState, split);
}, 300_000);
