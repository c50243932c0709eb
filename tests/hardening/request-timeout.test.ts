import { dataOf, errorCodes, startApiOverSeed, type ApiHarness } from '../support/graphql-harness';

/** A request that outlives its budget is answered with TIMEOUT instead of leaving the client waiting. */

let api: ApiHarness;
beforeAll(async () => {
  api = await startApiOverSeed();
});
afterAll(() => api.close());

const HEAVY = '{ stories { nodes { claims { text assertedBy { name claims { text sources { title } } } } } } }';

test('within the default budget the query answers', async () => {
  expect(dataOf(await api.query(HEAVY)).stories).toBeDefined();
});

test('a budget of 1 ms answers TIMEOUT, without data, at once', async () => {
  const hurried = api.withEnv({ CLAIMGRAPH_REQUEST_TIMEOUT_MS: '1' });
  const started = Date.now();
  const response = await hurried.query(HEAVY);
  expect(errorCodes(response)).toEqual(['TIMEOUT']);
  expect(response.errors?.[0]?.message).toBe('The request ran out of its 1 ms time budget.');
  expect(response.data ?? null).toBeNull();
  expect(Date.now() - started).toBeLessThan(1_000);
});
