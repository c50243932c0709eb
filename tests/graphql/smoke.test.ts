import { startApiOverSeed, type ApiHarness } from '../support/graphql-harness';

let api: ApiHarness;
beforeAll(async () => {
  api = await startApiOverSeed();
});
afterAll(() => api.close());

test('the seeded story is served', async () => {
  const result = await api.query<{ story: { title: string; stats: { sources: number } } }>(
    '{ story(id: "story:meta-surveillance-layoffs") { title stats { sources } } }',
  );
  expect(result.errors).toBeUndefined();
  expect(result.data?.story.title).toBe("Meta's Employee Surveillance for AI Training Data, Then Mass Layoffs");
});
