import type { ClaimgraphYoga } from '../../src/graphql/yoga';
import { startApiOverSeed, type ApiHarness, type GraphQLResponse } from '../support/graphql-harness';
import { loggedYoga as loggedYogaOver, requestLines } from '../support/logged-yoga';
import { STORY_ID } from '../support/seed-story';

/** One structured line per request, tied to the response by its request id. */

let api: ApiHarness;
beforeAll(async () => {
  api = await startApiOverSeed();
});
afterAll(() => api.close());

const loggedYoga = (env: NodeJS.ProcessEnv = {}) => loggedYogaOver(api.db, env);

async function post(yoga: ClaimgraphYoga, body: unknown, headers: Record<string, string> = {}) {
  const response = await yoga.fetch('http://claimgraph.test/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/json', ...headers },
    body: JSON.stringify(body),
  });
  return { requestId: response.headers.get('x-request-id'), json: (await response.json()) as GraphQLResponse };
}

const STORY_CLAIMS = {
  query: 'query StoryClaims($id: ID!) { story(id: $id) { claims { text sources { title } } } }',
  variables: { id: STORY_ID },
};

test('a query logs its request id, operation, duration, round trips and no variables', async () => {
  const { yoga, lines } = loggedYoga();
  const { requestId, json } = await post(yoga, STORY_CLAIMS, { 'x-request-id': 'trace-42' });
  expect(requestId).toBe('trace-42');
  expect(requestLines(lines)).toEqual([
    expect.objectContaining({
      level: 30,
      requestId: 'trace-42',
      method: 'POST',
      path: '/graphql',
      status: 200,
      operationName: 'StoryClaims',
      neo4jRoundTrips: json.extensions?.neo4jRoundTrips,
      errorCodes: [],
    }),
  ]);
  const [line] = requestLines(lines);
  expect(line?.durationMs).toEqual(expect.any(Number));
  expect(line).not.toHaveProperty('variables');
  expect(JSON.stringify(lines)).not.toContain(STORY_ID);
});

test('CLAIMGRAPH_LOG_VARIABLES=true logs them', async () => {
  const { yoga, lines } = loggedYoga({ CLAIMGRAPH_LOG_VARIABLES: 'true' });
  await post(yoga, STORY_CLAIMS);
  expect(requestLines(lines)[0]?.variables).toEqual([STORY_CLAIMS.variables]);
});

test('without an incoming id, or with one unfit for a header, a new id is made and echoed', async () => {
  const { yoga, lines } = loggedYoga();
  const none = await post(yoga, { query: '{ stories { totalCount } }' });
  const unfit = await post(yoga, { query: '{ stories { totalCount } }' }, { 'x-request-id': 'a b'.repeat(100) });
  const ids = [none.requestId, unfit.requestId];
  for (const id of ids) expect(id).toMatch(/^[0-9a-f-]{36}$/);
  expect(new Set(ids).size).toBe(2);
  expect(requestLines(lines).map((line) => line.requestId)).toEqual(ids);
});

test('error codes are logged as the client received them, refusals included', async () => {
  const { yoga, lines } = loggedYoga();
  await post(yoga, { query: '{ story(id: "story:none") { id } }' });
  await post(yoga, { query: '{ stories { nodez } }' });
  expect(requestLines(lines).map((line) => line.errorCodes)).toEqual([['NOT_FOUND'], ['GRAPHQL_VALIDATION_FAILED']]);
});

test('probes log at debug level, operations at info', async () => {
  const { yoga, lines } = loggedYoga();
  await yoga.fetch('http://claimgraph.test/health');
  await post(yoga, { query: '{ stories { totalCount } }' });
  expect(requestLines(lines).map((line) => [line.path, line.level])).toEqual([
    ['/health', 20],
    ['/graphql', 30],
  ]);
});
