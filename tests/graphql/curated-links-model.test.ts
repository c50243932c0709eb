import fc from 'fast-check';
import { graphCounts } from '../support/graph-counts';
import { startApiWithEditor, type KeyedClient } from '../support/curation-client';
import { ADD_CLAIM_LINK, REMOVE_CLAIM_LINK } from '../support/curated-link-client';
import { dataOf, errorCodes, type ApiHarness } from '../support/graphql-harness';
import { seed, seedEdges } from '../support/seed-story';

/**
 * Generated sequences of addClaimLink and removeClaimLink over three claims, two of them a tension's
 * sides (the story's own CONTRADICTS edge between them), checked step by step against a model: a
 * curator's links (added) and disputes of the story's links (disputed), each write answered as the
 * model says, both claims' revisions raised by a write and by nothing else, and the story's own
 * edges never changed.
 */

let api: ApiHarness;
let editor: KeyedClient;
beforeAll(async () => {
  ({ api, editor } = await startApiWithEditor());
});
afterAll(() => api.close());

const tension = seed.tensions[0];
const claims = [tension?.sideA.claimIds[0] ?? '', tension?.sideB.claimIds[0] ?? '', seed.claims[0]?.id ?? ''];
type Relation = 'SUPPORTS' | 'CONTRADICTS';
const keyOf = (relation: Relation, from: string, to: string) => `${relation} ${from} ${to}`;
/** The story's own links among the three claims. */
const storyLinks = new Set([
  ...seedEdges.supports.map((edge) => keyOf('SUPPORTS', edge.from, edge.to)),
  ...seedEdges.contradicts.map((edge) => keyOf('CONTRADICTS', edge.from, edge.to)),
]);

const anyLink = fc
  .record({ relation: fc.constantFrom<Relation>('SUPPORTS', 'CONTRADICTS'), from: fc.nat(2), to: fc.nat(2) })
  .filter(({ from, to }) => from !== to);
// Half the steps on the story's own link, so that disputes, their repeats and their withdrawal come up often.
const storyLink = fc.constant({ relation: 'CONTRADICTS' as Relation, from: 0, to: 1 });
const step = fc.record({ action: fc.constantFrom('add' as const, 'remove' as const), link: fc.oneof(anyLink, storyLink) }).map(({ action, link }) => ({ action, ...link }));

/** The model's answer to one step, and its state after it. */
function modelStep(added: Set<string>, disputed: Set<string>, action: 'add' | 'remove', key: string): string {
  if (action === 'add') {
    if (disputed.delete(key)) return 'OK';
    if (added.has(key) || storyLinks.has(key)) return 'BAD_USER_INPUT';
    added.add(key);
    return 'OK';
  }
  if (added.delete(key)) return 'OK';
  if (disputed.has(key)) return 'BAD_USER_INPUT';
  if (!storyLinks.has(key)) return 'NOT_FOUND';
  disputed.add(key);
  return 'OK';
}

type Read = { nodes: { id: string; revision: number; contradicts: { id: string }[]; supports: { id: string }[]; curatedLinks: { relation: Relation; status: string; from: { id: string }; to: { id: string } }[] }[] };
const read = async () =>
  dataOf(await api.query<Read>(`query($ids: [ID!]!) { nodes(ids: $ids) { ... on Claim { id revision contradicts { id } supports { id } curatedLinks { relation status from { id } to { id } } } } }`, { ids: claims })).nodes;

test('generated add/remove sequences answer as the model says, and leave the story\'s edges alone', async () => {
  const storyEdges = (await read()).map(({ id, contradicts, supports }) => ({ id, contradicts, supports }));
  expect(storyLinks.has(keyOf('CONTRADICTS', claims[0] ?? '', claims[1] ?? ''))).toBe(true);
  await fc.assert(
    fc.asyncProperty(fc.array(step, { minLength: 1, maxLength: 10 }), async (steps) => {
      await api.db.write((tx) => tx.run({ name: 'test/forget-curated-relations', text: 'MATCH (r:CuratedRelation) DETACH DELETE r' }));
      const [added, disputed] = [new Set<string>(), new Set<string>()];
      for (const { action, relation, from, to } of steps) {
        const [fromClaimId, toClaimId] = [claims[from] ?? '', claims[to] ?? ''];
        const before = await read();
        const revisions = new Map(before.map((claim) => [claim.id, claim.revision]));
        const counts = await graphCounts(api.db);
        const input = {
          fromClaimId,
          toClaimId,
          relation,
          expectedFromRevision: revisions.get(fromClaimId),
          expectedToRevision: revisions.get(toClaimId),
          rationale: `${action} ${relation}`,
        };
        const answer = await editor(action === 'add' ? ADD_CLAIM_LINK : REMOVE_CLAIM_LINK, { input });
        const expected = modelStep(added, disputed, action, keyOf(relation, fromClaimId, toClaimId));
        expect({ step: input, code: errorCodes(answer)[0] ?? 'OK' }).toEqual({ step: input, code: expected });

        const after = await read();
        if (expected !== 'OK') expect(await graphCounts(api.db)).toEqual(counts);
        for (const claim of after) {
          const raised = expected === 'OK' && (claim.id === fromClaimId || claim.id === toClaimId) ? 1 : 0;
          expect({ id: claim.id, revision: claim.revision }).toEqual({ id: claim.id, revision: (revisions.get(claim.id) ?? 0) + raised });
          const shown = claim.curatedLinks.map((link) => `${link.status} ${keyOf(link.relation, link.from.id, link.to.id)}`).sort();
          const modelled = [...[...added].map((key) => `ADDED ${key}`), ...[...disputed].map((key) => `DISPUTED ${key}`)].filter((entry) => entry.includes(claim.id)).sort();
          expect({ id: claim.id, curatedLinks: shown }).toEqual({ id: claim.id, curatedLinks: modelled });
        }
        expect(after.map(({ id, contradicts, supports }) => ({ id, contradicts, supports }))).toEqual(storyEdges);
      }
    }),
    { numRuns: 20 },
  );
}, 600_000);
