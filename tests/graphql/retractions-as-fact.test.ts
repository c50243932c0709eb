import { dataOf, type ApiHarness } from '../support/graphql-harness';
import { MARK_SOURCE_RETRACTED, startApiWithEditor, type KeyedClient } from '../support/curation-client';
import { seed, sourceByRef, STORY_ID } from '../support/seed-story';

/**
 * A source an editor marks retracted is taken away by the analytics as fact: what a what-if
 * discount of it answered before the retraction is what the graph answers after it, unasked.
 */

let api: ApiHarness;
let editor: KeyedClient;
beforeAll(async () => {
  ({ api, editor } = await startApiWithEditor());
});
afterAll(() => api.close());

const leakedAudio = sourceByRef(2).id;
const COUNTS = 'directSources evidenceSources originCount origins { makers { id } roots { id } paths { sourceIds: sources { id } } }';
const IMPACT = `discounted { id } fallen { id } claimsAffected claimsLosingAllEvidence claimsDroppingToOneOrigin
  claims { claim { id } before { evidenceSources originCount } after { evidenceSources originCount } lostAllEvidence droppedToOneOrigin }
  citedItems { item { id } fallen { id } lostAll } tensions { tension { id } unsupportedSides }`;

type Corroborations = Record<string, { corroboration: unknown; retracted: { id: string }[] }>;

/** Every seed claim's corroboration: as it stands, as if the leaked audio were discounted, and counting retracted sources. */
async function corroborations(): Promise<{ standing: Corroborations; whatIf: Corroborations; counted: Corroborations }> {
  const read = async (args: string) => {
    const answers: Corroborations = {};
    for (const claim of seed.claims) {
      const response = await api.query<{ claim: { corroboration: Record<string, unknown> & { retracted: { id: string }[] } } }>(
        `query($id: ID!) { claim(id: $id) { corroboration${args} { ${COUNTS} retracted { id } } } }`,
        { id: claim.id },
      );
      const { retracted, ...corroboration } = dataOf(response).claim.corroboration;
      answers[claim.id] = { corroboration, retracted };
    }
    return answers;
  };
  return {
    standing: await read(''),
    whatIf: await read(`(discounting: ["${leakedAudio}"])`),
    counted: await read('(countRetracted: true)'),
  };
}

const impactOf = async (field: string) =>
  dataOf(await api.query<{ story: Record<string, unknown> }>(`query($story: ID!) { story(id: $story) { ${field} { ${IMPACT} } } }`, { story: STORY_ID })).story;

test('after the leaked audio is marked retracted, every claim answers what discounting it answered before, and Story.retractions what the what-if did', async () => {
  const before = await corroborations();
  const whatIf = (await impactOf(`impact: retractionImpact(discount: { sourceIds: ["${leakedAudio}"] })`)).impact;
  expect(Object.values(before.standing).every((c) => c.retracted.length === 0)).toBe(true);
  // Nothing recorded yet: the record's knock-on is empty.
  expect((await impactOf('retractions')).retractions).toMatchObject({ discounted: [], fallen: [], claimsAffected: 0 });

  const source = dataOf(await api.query<{ source: { revision: number } }>(`{ source(id: "${leakedAudio}") { revision } }`)).source;
  dataOf(
    await editor(MARK_SOURCE_RETRACTED, {
      input: { sourceId: leakedAudio, expectedRevision: source.revision, reason: 'Shown to be doctored.', date: '2026-06-02' },
    }),
  );

  const after = await corroborations();
  const changed = seed.claims.filter((c) => JSON.stringify(before.standing[c.id]?.corroboration) !== JSON.stringify(before.whatIf[c.id]?.corroboration));
  expect(changed.length).toBeGreaterThan(0);
  for (const claim of seed.claims) {
    expect({ claim: claim.id, ...after.standing[claim.id] }).toEqual({ claim: claim.id, corroboration: before.whatIf[claim.id]?.corroboration, retracted: [{ id: leakedAudio }] });
    // Counting retracted sources gives back the claim as it was, and names none as retracted.
    expect({ claim: claim.id, ...after.counted[claim.id] }).toEqual({ claim: claim.id, ...before.standing[claim.id] });
  }
  expect((await impactOf('retractions')).retractions).toEqual(whatIf);
});
