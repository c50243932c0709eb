import { apiKeyOf, keyedClient, MARK_SOURCE_RETRACTED, RECORD_VERDICT, SET_SOURCE_RELIABILITY } from '../support/curation-client';
import { ingestLumina, loadLumina } from '../support/fixture-stories';
import { expectKeptAcrossVersions } from '../support/keep-across-versions';
import { dataOf, startApiOverSeed, type ApiHarness } from '../support/graphql-harness';

/**
 * Curation belongs to the claim or source, not to a version's text: ingesting the story's next
 * version, ingesting it again, and migrating the graph (which rewrites every derived node) keep it,
 * linked to its items.
 */

let api: ApiHarness;
let claimId: string;
let sourceId: string;
beforeAll(async () => {
  api = await startApiOverSeed();
  const [v1] = await ingestLumina(api.db, [1]);
  const v2 = await loadLumina(2);
  // A claim and a source both versions hold.
  claimId = v1?.claims.find((claim) => v2.claims.some((other) => other.id === claim.id))?.id ?? '';
  sourceId = v1?.sources.find((source) => source.ref !== undefined && v2.sources.some((other) => other.id === source.id))?.id ?? '';
  const editor = keyedClient(api.yoga, (await apiKeyOf(api.db, 'editor')).key);
  dataOf(
    await editor(RECORD_VERDICT, {
      input: { claimId, expectedRevision: 0, rating: { value: 1, best: 5, worst: 1, label: 'False' }, reviewer: 'Full Fact', date: '2026-06-01', rationale: 'No such breach.' },
    }),
  );
  dataOf(await editor(SET_SOURCE_RELIABILITY, { input: { sourceId, expectedRevision: 0, grade: 'E', rationale: 'Unreliable.' } }));
  dataOf(await editor(MARK_SOURCE_RETRACTED, { input: { sourceId, expectedRevision: 1, reason: 'Retracted by its publisher.', date: '2026-06-03' } }));
});
afterAll(() => api.close());

/** Everything curation holds of the two items, as the API reads it, and the curation edges in the graph. */
async function curationState() {
  const read = dataOf(
    await api.query(`{
      claim(id: "${claimId}") { revision verdicts { reviewer rating { label } rationale claim { id } } }
      source(id: "${sourceId}") { revision reliability { grade rationale } retraction { reason date } }
      changes { totalCount nodes { field itemId revision item { id } } }
    }`),
  );
  const [edges] = await api.db.read({
    name: 'test/curation-edges',
    text:
      'RETURN COUNT { (:Curation)-[:CURATES]->() } AS curates, COUNT { (:Change)-[:CHANGED]->(:Claim|Source) } AS changed, ' +
      'COUNT { (:Change)-[:RECORDED_IN]->(:Story) } AS recordedIn, COUNT { (:Curation)-[:HAS_VERDICT]->(:Verdict) } AS verdicts',
  });
  return { read, edges };
}

test('curation survives the next version, a re-ingest of it, and a migration of the graph', async () => {
  const curated = await curationState();
  expect(curated.read).toMatchObject({
    claim: { revision: 1, verdicts: [{ reviewer: 'Full Fact', rating: { label: 'False' }, claim: { id: claimId } }] },
    source: { revision: 2, reliability: { grade: 'E' }, retraction: { date: '2026-06-03' } },
    // The three curation writes, and the editor key's creation (by `cli`).
    changes: { totalCount: 4 },
  });
  expect(curated.edges).toEqual({ curates: 2, changed: 3, recordedIn: 3, verdicts: 1 });

  await expectKeptAcrossVersions(api.db, curationState, curated);
}, 300_000);
