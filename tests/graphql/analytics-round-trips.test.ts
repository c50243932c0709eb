import { WORKLOADS } from '../../bench/graphql/workloads';
import { dataOf, roundTripsOf, startApiOverSeed, type ApiHarness } from '../support/graphql-harness';
import { seed, sourceByRef, STORY_ID } from '../support/seed-story';

/**
 * The analytics as the benchmark's clients ask them (bench/graphql/workloads.ts), counted in
 * statements on the seed: each answers the nodes it names, so that the selection under it costs no
 * statement of its own. Only the story or claim the analytic hangs from is looked up first.
 */

let api: ApiHarness;
beforeAll(async () => {
  api = await startApiOverSeed();
});
afterAll(() => api.close());

const workload = (name: string) => {
  const found = WORKLOADS.find((w) => w.name === name);
  if (!found) throw new Error(`no workload ${name}`);
  return found;
};

async function tripsOf(name: string, variables: Record<string, string>) {
  const response = await api.query(workload(name).ours, variables);
  dataOf(response);
  return roundTripsOf(response);
}

test('corroboration of every seed claim: the claim, then one statement for its origins and everything they name', async () => {
  for (const claim of seed.claims) expect({ claim: claim.id, trips: await tripsOf('corroboration', { id: claim.id }) }).toEqual({ claim: claim.id, trips: 2 });
});

test('retraction impact of the leaked audio: the story, one statement for the knock-on and everything it names, one each for all its claims\' origins before and after', async () => {
  expect(await tripsOf('retraction-impact', { storyId: STORY_ID, sourceId: sourceByRef(2).id })).toBe(1 + 1 + 2);
});

test('actor contradictions: the story, then one statement for the pairs and everything they name', async () => {
  expect(await tripsOf('actor-contradictions', { storyId: STORY_ID })).toBe(2);
});
