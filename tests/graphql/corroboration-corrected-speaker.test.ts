import { CORRECT_CLAIM, startApiWithEditor, type KeyedClient } from '../support/curation-client';
import { CORROBORATION_SELECTION, expectedCorroboration, reducedCorroboration, type CorroborationAnswer } from '../support/corroboration-oracle';
import { dataOf, type ApiHarness } from '../support/graphql-harness';
import { seed } from '../support/seed-story';

/**
 * An editor's correction of a claim's speaker is who speaks in Claim.corroboration (a default read):
 * the speaker's own record (SPEAKERS_OWN) is then the corrected speaker's. Each claim is corrected
 * to a maker of a source it cites, so that the rule has something to find, and held against the
 * oracle over the document with that speaker; a read at the version answers the document's.
 */

let api: ApiHarness;
let editor: KeyedClient;
beforeAll(async () => {
  ({ api, editor } = await startApiWithEditor());
});
afterAll(() => api.close());


/** Claims that cite a source whose maker is not their speaker, with that maker. */
const cases = seed.claims.flatMap((claim) => {
  const cited = new Set(claim.mentions.flatMap((m) => (m.citationScope === 'direct' ? m.citationRefs : [])));
  const makers = seed.sources
    .filter((source) => source.ref !== undefined && cited.has(source.ref))
    .flatMap((source) => [...(source.authorIds ?? []), ...(source.publisherId ? [source.publisherId] : [])])
    .filter((maker) => maker !== claim.speakerId);
  const [maker] = [...new Set(makers)].sort();
  return maker ? [[claim.id, maker] as const] : [];
});

const correctedDocument = (claimId: string, speakerId: string) => ({ ...seed, claims: seed.claims.map((c) => (c.id === claimId ? { ...c, speakerId } : c)) });

test('the seed has claims to correct this way, some of whose origins the correction changes', () => {
  expect(cases.length).toBeGreaterThanOrEqual(3);
  const changed = cases.filter(
    ([claimId, speakerId]) => JSON.stringify(expectedCorroboration(correctedDocument(claimId, speakerId), claimId, 'DIRECT')) !== JSON.stringify(expectedCorroboration(seed, claimId, 'DIRECT')),
  );
  expect(changed.length).toBeGreaterThan(0);
});

test.each(cases)('%s spoken by %s: corroborated as the oracle says of the corrected document', async (claimId, speakerId) => {
  dataOf(await editor(CORRECT_CLAIM, { input: { claimId, expectedRevision: 0, speakerId, reason: 'Test: the cited source is the speaker’s own.' } }));
  const read = async (args: string) =>
    reducedCorroboration(
      dataOf(await api.query<{ claim: { corroboration: CorroborationAnswer } }>(`query($id: ID!) { claim(id: $id) { corroboration${args} { ${CORROBORATION_SELECTION} } } }`, { id: claimId }))
        .claim.corroboration,
    );
  expect(await read('')).toEqual(expectedCorroboration(correctedDocument(claimId, speakerId), claimId, 'DIRECT'));
  // What version 1 said stays the document's.
  const atVersion = dataOf(
    await api.query<{ story: { claims: { id: string; corroboration: CorroborationAnswer }[] } }>(
      `query($story: ID!) { story(id: $story) { claims(version: 1) { id corroboration { ${CORROBORATION_SELECTION} } } } }`,
      { story: seed.story.id },
    ),
  ).story.claims.find((c) => c.id === claimId);
  expect(atVersion && reducedCorroboration(atVersion.corroboration)).toEqual(expectedCorroboration(seed, claimId, 'DIRECT'));
});
