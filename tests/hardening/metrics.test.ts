import { startApiOverSeed, type ApiClient, type ApiHarness } from '../support/graphql-harness';

/** Prometheus metrics at /metrics, counted per yoga instance. */

let api: ApiHarness;
beforeAll(async () => {
  api = await startApiOverSeed();
});
afterAll(() => api.close());

async function scrape(client: ApiClient): Promise<{ status: number; contentType: string | null; text: string }> {
  const response = await client.yoga.fetch('http://claimgraph.test/metrics');
  return { status: response.status, contentType: response.headers.get('content-type'), text: await response.text() };
}

/** The value of one sample line, `name{labels} value`, or undefined when there is no such line. */
function sample(text: string, series: string): number | undefined {
  const line = text.split('\n').find((candidate) => candidate.startsWith(`${series} `));
  return line === undefined ? undefined : Number(line.slice(series.length + 1));
}

test('after a query, /metrics counts it by operation name and observes its duration', async () => {
  const client = api.withEnv({});
  await client.query('query CountStories { stories { totalCount } }');
  const { status, contentType, text } = await scrape(client);
  expect(status).toBe(200);
  expect(contentType).toMatch(/^text\/plain/);
  expect(sample(text, 'graphql_envelop_request{operationName="CountStories",operationType="query"}')).toBe(1);
  expect(sample(text, 'graphql_envelop_request_duration_count{operationName="CountStories",operationType="query"}')).toBe(1);
  expect(sample(text, 'claimgraph_neo4j_round_trips_count{operationName="CountStories"}')).toBe(1);
});

test('errors are counted by the code the client received', async () => {
  const client = api.withEnv({});
  await client.query('{ story(id: "story:none") { id } }');
  await client.query('{ a: story(id: "story:none") { id } b: story(id: "story:gone") { id } }');
  await client.query('{ stories { nodez } }');
  const { text } = await scrape(client);
  expect(sample(text, 'claimgraph_graphql_errors_total{code="NOT_FOUND"}')).toBe(3);
  expect(sample(text, 'claimgraph_graphql_errors_total{code="GRAPHQL_VALIDATION_FAILED"}')).toBe(1);
});

test('each yoga counts only its own requests, so several can be built in one process', async () => {
  const first = api.withEnv({});
  const second = api.withEnv({});
  await first.query('query OnlyFirst { stories { totalCount } }');
  expect(sample((await scrape(first)).text, 'graphql_envelop_request{operationName="OnlyFirst",operationType="query"}')).toBe(1);
  expect((await scrape(second)).text).not.toContain('OnlyFirst');
});
