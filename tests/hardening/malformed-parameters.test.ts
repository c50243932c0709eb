import fc from 'fast-check';
import { startApiOverSeed, type ApiHarness, type GraphQLResponse } from '../support/graphql-harness';
import { loggedYoga, type LogLine } from '../support/logged-yoga';

/**
 * `variables` and `extensions` that are not JSON objects are the client's mistake: HTTP 400 with a
 * code, and nothing above a warning in the log (an error line with a stack would page someone).
 */

let api: ApiHarness;
beforeAll(async () => {
  api = await startApiOverSeed();
});
afterAll(() => api.close());

const WARN = 40;

/** Text that JSON.parse refuses. */
const notJson = fc.oneof(
  fc.constantFrom('{bad', '{"a":', '[1,', 'undefined', "{'a':1}", '{"a":1}}', 'NaN'),
  fc.string({ minLength: 1, maxLength: 40 }),
).filter((text) => {
  try {
    JSON.parse(text);
    return false;
  } catch {
    return true;
  }
});

/** JSON that is neither an object nor null (null stands for "none"). */
const jsonNotObject = fc
  .oneof(fc.integer(), fc.double({ noNaN: true, noDefaultInfinity: true }), fc.string(), fc.boolean(), fc.array(fc.jsonValue(), { maxLength: 3 }))
  .map((value) => JSON.stringify(value));

const malformed = fc.record({
  method: fc.constantFrom('GET', 'POST'),
  parameter: fc.constantFrom('variables', 'extensions'),
  value: fc.oneof(notJson, jsonNotObject),
});

/** The parameters in a GET query string, or in a form-urlencoded POST body (yoga's two parsers that read JSON text). */
async function send(yoga: ReturnType<typeof loggedYoga>['yoga'], method: string, parameter: string, value: string) {
  const search = new URLSearchParams({ query: '{__typename}', [parameter]: value });
  const accept = { accept: 'application/graphql-response+json' };
  const response =
    method === 'GET'
      ? await yoga.fetch(`http://claimgraph.test/graphql?${search}`, { headers: accept })
      : await yoga.fetch('http://claimgraph.test/graphql', {
          method,
          headers: { ...accept, 'content-type': 'application/x-www-form-urlencoded' },
          body: search.toString(),
        });
  return { status: response.status, body: (await response.json()) as GraphQLResponse };
}

test('the reported case: variables={bad answers 400 BAD_REQUEST', async () => {
  const { yoga } = loggedYoga(api.db);
  const response = await yoga.fetch('http://claimgraph.test/graphql?query={__typename}&variables={bad');
  expect(response.status).toBe(400);
  const body = (await response.json()) as GraphQLResponse;
  expect(body.errors?.map((error) => error.extensions?.code)).toEqual(['BAD_REQUEST']);
  expect(body.errors?.[0]?.message).toMatch(/"variables" parameter is not valid JSON/);
});

test('any malformed variables or extensions parameter answers 400 with a code and logs nothing above a warning', async () => {
  const { yoga, lines } = loggedYoga(api.db);
  await fc.assert(
    fc.asyncProperty(malformed, async ({ method, parameter, value }) => {
      lines.length = 0;
      const { status, body } = await send(yoga, method, parameter, value);
      expect(status).toBe(400);
      expect(body.errors?.length).toBeGreaterThan(0);
      for (const error of body.errors ?? []) expect(['BAD_REQUEST', 'BAD_USER_INPUT']).toContain(error.extensions?.code);
      expect(lines.filter((line: LogLine) => Number(line.level) > WARN)).toEqual([]);
    }),
    { numRuns: 150 },
  );
});

test('well-formed parameters still run', async () => {
  const { yoga } = loggedYoga(api.db);
  const search = new URLSearchParams({ query: 'query Q($n: Int) { stories(first: $n) { totalCount } }', variables: '{"n":1}', extensions: '{}' });
  const response = await yoga.fetch(`http://claimgraph.test/graphql?${search}`);
  expect(response.status).toBe(200);
  expect(((await response.json()) as GraphQLResponse).errors).toBeUndefined();
});
