import { apiKeyOf, keyedClient } from '../support/curation-client';
import { ADD_CLAIM_LINK, ADD_DERIVATION, DECLARE_SAME_SOURCE, MERGE_CLAIMS, REMOVE_CLAIM_LINK } from '../support/curated-link-client';
import { ingestLumina } from '../support/fixture-stories';
import { expectKeptAcrossVersions } from '../support/keep-across-versions';
import { dataOf, startApiOverSeed, type ApiHarness } from '../support/graphql-harness';
import { seed, sourceByRef } from '../support/seed-story';

/**
 * Curated links belong to their claims and sources, not to a version: the next version, a re-ingest
 * of it and a migration of the graph (which rewrites every derived node) keep them, and keep the
 * story's own edges what the story says.
 */

let api: ApiHarness;
const lumina = (id: string) => `claim:lumina-health-breach:${id}`;
const [tensionSideA, tensionSideB] = [lumina('ad840ae2970d'), lumina('d15672331a91')];
const seedClaim = seed.claims[0]?.id ?? '';
const luminaSource = (ref: number) => `source:lumina-health-breach:${ref}`;

beforeAll(async () => {
  api = await startApiOverSeed();
  const [v1] = await ingestLumina(api.db, [1]);
  expect(v1?.tensions.some((t) => t.sideA.claimIds.includes(tensionSideA) && t.sideB.claimIds.includes(tensionSideB))).toBe(true);
  const editor = keyedClient(api.yoga, (await apiKeyOf(api.db, 'editor')).key);
  const judgement = { rationale: 'Checked against the filing.', evidenceSourceIds: [sourceByRef(1).id] };
  const claimLink = (fromClaimId: string, toClaimId: string, relation: string) => ({ fromClaimId, toClaimId, relation, expectedFromRevision: 0, expectedToRevision: 0, ...judgement });
  dataOf(await editor(ADD_CLAIM_LINK, { input: claimLink(lumina('7888c9c2d17c'), seedClaim, 'SUPPORTS') }));
  dataOf(await editor(REMOVE_CLAIM_LINK, { input: claimLink(tensionSideA, tensionSideB, 'CONTRADICTS') }));
  dataOf(await editor(DECLARE_SAME_SOURCE, { input: { sourceId: luminaSource(5), otherSourceId: sourceByRef(1).id, expectedRevision: 0, expectedOtherRevision: 0, ...judgement } }));
  dataOf(await editor(MERGE_CLAIMS, { input: { claimId: lumina('c9aaaf70d47a'), mergedClaimId: lumina('8f9b2d245a59'), expectedRevision: 0, expectedMergedRevision: 0, ...judgement } }));
  dataOf(await editor(ADD_DERIVATION, { input: { sourceId: luminaSource(3), fromSourceId: luminaSource(2), expectedRevision: 0, expectedFromRevision: 0, how: 'follows up on', ...judgement } }));
});
afterAll(() => api.close());

/** The curated links of every item curated, the story's own edges between the disputed claims, and the curation nodes and edges in the graph. */
async function linkState() {
  const claimFields = 'revision contradicts { id } curatedLinks { relation status from { id } to { id } rationale evidence { id } curator recordedAt }';
  const sourceFields = 'revision derivedFrom { from { id } kind } curatedLinks { relation source { id } other { id } kind how rationale curator }';
  const read = dataOf(
    await api.query(`{
      supporting: claim(id: "${lumina('7888c9c2d17c')}") { ${claimFields} }
      seedClaim: claim(id: "${seedClaim}") { ${claimFields} }
      disputing: claim(id: "${tensionSideA}") { ${claimFields} }
      relayed: source(id: "${luminaSource(3)}") { ${sourceFields} }
      same: source(id: "${luminaSource(5)}") { ${sourceFields} }
      seedSource: source(id: "${sourceByRef(1).id}") { ${sourceFields} }
      kept: claim(id: "${lumina('c9aaaf70d47a')}") { revision mentions { id } mergedClaims { id } mergedMentions { id text } }
      merged: claim(id: "${lumina('8f9b2d245a59')}") { revision mergedInto { id } }
      changes { totalCount nodes { field itemId revision item { id } } }
    }`),
  );
  const [edges] = await api.db.read({
    name: 'test/curated-relation-edges',
    text:
      'RETURN COUNT { (:Curation)-[:HAS_RELATION]->(:CuratedRelation) } AS relations, COUNT { (:Curation)-[:CURATES]->() } AS curates, ' +
      // The curation's changes: of claims and sources, not of the API key the suite made.
      'COUNT { (:Change)-[:CHANGED]->(:Claim|Source) } AS changed, ' +
      // A curated derivation's edge, which the analytics follow (set-curated-relation.cypher): no writer touches it.
      "COUNT { (:Source {id: $relayed})-[:CURATED_DERIVED_FROM {kind: 'relay', how: 'follows up on'}]->(:Source {id: $from}) } AS curatedDerivations, " +
      // The claim a merge keeps is marked so that the analytics count the merged claim's mentions.
      'COUNT { (:Claim {id: $kept, mentionsCurated: true}) } AS markedKept',
    },
    { relayed: luminaSource(3), from: luminaSource(2), kept: lumina('c9aaaf70d47a') },
  );
  return { read, edges };
}

test('curated links survive the next version, a re-ingest of it, and a migration of the graph', async () => {
  const curated = await linkState();
  expect(curated.edges).toEqual({ relations: 5, curates: 10, changed: 10, curatedDerivations: 1, markedKept: 1 });
  expect(curated.read).toMatchObject({
    supporting: { curatedLinks: [{ relation: 'SUPPORTS', status: 'ADDED', to: { id: seedClaim } }] },
    seedClaim: { curatedLinks: [{ relation: 'SUPPORTS', from: { id: lumina('7888c9c2d17c') } }] },
    disputing: { contradicts: expect.arrayContaining([{ id: tensionSideB }]), curatedLinks: [{ relation: 'CONTRADICTS', status: 'DISPUTED' }] },
    relayed: { derivedFrom: [], curatedLinks: [{ relation: 'DERIVED_FROM', kind: 'RELAY', how: 'follows up on' }] },
    seedSource: { curatedLinks: [{ relation: 'SAME_ITEM' }] },
    kept: { mergedClaims: [{ id: lumina('8f9b2d245a59') }] },
    merged: { mergedInto: { id: lumina('c9aaaf70d47a') } },
  });
  expect((curated.read as { kept: { mergedMentions: unknown[] } }).kept.mergedMentions.length).toBeGreaterThan(0);

  await expectKeptAcrossVersions(api.db, linkState, curated);
}, 300_000);
