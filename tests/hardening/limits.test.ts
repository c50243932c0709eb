import { readFileSync } from 'node:fs';
import path from 'node:path';
import { getIntrospectionQuery, parse, validate } from 'graphql';
import { buildSchema } from '../../src/graphql/schema';
import { projectRoot } from '../../src/config/config';
import { apiKeyOf, keyedClient } from '../support/curation-client';
import { dataOf, errorCodes, startApiOverSeed, type ApiClient, type ApiHarness, type GraphQLResponse } from '../support/graphql-harness';
import { STORY_ID } from '../support/seed-story';

/** Operations too large for the server are refused with a code before execution, so before any Cypher. */

let api: ApiHarness;
/**
 * The README's examples run as an admin key, which may do all they show (curation writes, key
 * management, refusedWrites), once each, on this suite's own seeded graph.
 */
let admin: ReturnType<typeof keyedClient>;
beforeAll(async () => {
  api = await startApiOverSeed();
  admin = keyedClient(api.yoga, (await apiKeyOf(api.db, 'admin')).key);
});
afterAll(() => api.close());

/** The README's example queries: the documented defaults must let every one of them through. */
const README_QUERIES = [...readFileSync(path.join(projectRoot, 'README.md'), 'utf8').matchAll(/```graphql\n([\s\S]*?)```/g)].map(
  (match) => match[1] ?? '',
);

/** `claims → nodes → assertedBy → claims → … → id`: a valid query exactly `depth` fields deep, one item a list. */
function nestedQuery(depth: number): string {
  const hops = Array.from({ length: depth - 3 }, (_, i) => (i % 2 === 0 ? 'assertedBy(first: 1)' : 'claims(first: 1)'));
  return `query Nested { claims(first: 1) { nodes { ${hops.map((hop) => `${hop} {`).join(' ')} id ${'}'.repeat(hops.length)} } } }`;
}

/** The API as served under another NODE_ENV, without the request log lines that environment would print. */
const under = (nodeEnv: string, more: NodeJS.ProcessEnv = {}) => api.withEnv({ NODE_ENV: nodeEnv, LOG_LEVEL: 'silent', ...more });

/** The limit a refusal names, for each error; a refusal must also carry the validation code. */
function refusals(response: GraphQLResponse<unknown>): { code: string | undefined; limit: unknown }[] {
  return (response.errors ?? []).map((error) => ({ code: error.extensions?.code, limit: error.extensions?.limit }));
}

/** Refused responses never reached execution, which is what reports round trips. */
function expectRefused(response: GraphQLResponse<unknown>, limit: string): void {
  expect(refusals(response)).toEqual([{ code: 'GRAPHQL_VALIDATION_FAILED', limit }]);
  expect(response.data).toBeUndefined();
  expect(response.extensions?.neo4jRoundTrips).toBeUndefined();
}

describe('defaults', () => {
  test('the README has example queries to hold the defaults to', () => {
    expect(README_QUERIES.length).toBeGreaterThanOrEqual(5);
  });

  test.each(README_QUERIES.map((query) => [query.match(/(?:query|mutation) (\w+)/)?.[1], query]))('README example %s passes', async (_name, query) => {
    // An example with variables needs values only its reader has (a change's or a key's id): it is checked against the schema.
    if (/^\s*(?:query|mutation) \w+\(\$/.test(query)) expect(validate(buildSchema(), parse(query))).toEqual([]);
    else dataOf(await admin(query));
  });

  test('a query 10 deep passes; 11 deep is refused, naming the limit', async () => {
    dataOf(await api.query(nestedQuery(10)));
    const refused = await api.query(nestedQuery(11));
    expectRefused(refused, 'depth');
    expect(refused.errors?.[0]?.message).toBe('Query depth limit of 10 exceeded, found 11.');
  });

  test("a page of 100 claims with their sources' publishers and their actors' claims costs too much; 40 do not", async () => {
    const page = (first: number) =>
      `{ claims(first: ${first}) { nodes { id text sources { id title publishedBy { name } } assertedBy { name claims { text } } } } }`;
    const refused = await api.query(page(100));
    expect(refusals(refused)).toEqual([{ code: 'COST_LIMIT_EXCEEDED', limit: 10_000 }]);
    expect(refused.errors?.[0]?.extensions?.cost).toBe(11_601);
    expect(refused.data).toBeUndefined();
    dataOf(await api.query(page(40)));
  });

  test('15 aliases pass, 16 are refused', async () => {
    const aliased = (n: number) => `{ ${Array.from({ length: n }, (_, i) => `s${i}: story(id: "${STORY_ID}") { id }`).join(' ')} }`;
    dataOf(await api.query(aliased(15)));
    expectRefused(await api.query(aliased(16)), 'aliases');
  });

  test('20 directives pass, 21 are refused', async () => {
    const directed = (n: number) => `{ stories(first: 1) { ${'totalCount @include(if: true) '.repeat(n)}} }`;
    dataOf(await api.query(directed(20)));
    expectRefused(await api.query(directed(21)), 'directives');
  });

  test('a document of more than 1000 tokens is refused while parsing', async () => {
    expectRefused(await api.query(`{ ${'__typename '.repeat(999)}}`), 'tokens');
  });

  test('the token limit counts every token but the end of the document', async () => {
    // `{`, `}` and each `__typename`: 18 fields make exactly 20 tokens.
    const fields = (n: number) => `{ ${'__typename '.repeat(n)}}`;
    const client = api.withEnv({ CLAIMGRAPH_MAX_TOKENS: '20' });
    dataOf(await client.query(fields(18)));
    expectRefused(await client.query(fields(19)), 'tokens');
  });

  test('a limit set in the environment replaces the default', async () => {
    const shallow = api.withEnv({ CLAIMGRAPH_MAX_DEPTH: '4' });
    expectRefused(await shallow.query(nestedQuery(5)), 'depth');
    dataOf(await shallow.query(nestedQuery(4)));
  });
});

describe('batching', () => {
  const batch = async (client: ApiClient, size: number) => {
    const response = await client.yoga.fetch('http://claimgraph.test/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/json' },
      body: JSON.stringify(Array.from({ length: size }, () => ({ query: '{ stories(first: 1) { totalCount } }' }))),
    });
    return { status: response.status, body: (await response.json()) as unknown };
  };

  test('up to 10 operations in one request are answered, each with its own result', async () => {
    const { status, body } = await batch(api, 10);
    expect(status).toBe(200);
    expect(body).toHaveLength(10);
  });

  test('11 are refused as a whole with 413 and BAD_REQUEST', async () => {
    const { status, body } = await batch(api, 11);
    expect(status).toBe(413);
    expect(errorCodes(body as GraphQLResponse)).toEqual(['BAD_REQUEST']);
  });

  test('CLAIMGRAPH_MAX_BATCH changes the bound', async () => {
    expect((await batch(api.withEnv({ CLAIMGRAPH_MAX_BATCH: '2' }), 3)).status).toBe(413);
  });
});

describe('field suggestions', () => {
  const misspelt = '{ stories { nodez { id } } }';
  const misspeltVariable = {
    query: 'query Ordered($field: ClaimOrderField!) { claims(orderBy: { field: $field }) { totalCount } }',
    variables: { field: 'POSITON' },
  };

  test('development suggests the field or value meant', async () => {
    const dev = under('development');
    expect((await dev.query(misspelt)).errors?.[0]?.message).toMatch(/Did you mean "nodes"\?/);
    expect((await dev.query(misspeltVariable.query, misspeltVariable.variables)).errors?.[0]?.message).toMatch(/Did you mean/);
  });

  test.each(['production', 'test'])('%s hides suggestions, in validation and in variables', async (env) => {
    const client = under(env);
    const unknownField = await client.query(misspelt);
    expect(unknownField.errors?.[0]?.message).toBe('Cannot query field "nodez" on type "StoryConnection".');
    expect(errorCodes(unknownField)).toEqual(['GRAPHQL_VALIDATION_FAILED']);
    const badValue = await client.query(misspeltVariable.query, misspeltVariable.variables);
    expect(badValue.errors).toHaveLength(1);
    expect(badValue.errors?.[0]?.message).not.toMatch(/Did you mean|POSITION/);
  });
});

describe('introspection', () => {
  const schemaQuery = '{ __schema { queryType { name } } }';

  test("GraphiQL's full introspection query passes when introspection is on", async () => {
    const response = await api.query<{ __schema: { types: unknown[] } }>(getIntrospectionQuery({ inputValueDeprecation: true }));
    expect(dataOf(response).__schema.types.length).toBeGreaterThan(20);
  });

  test('production refuses introspection unless CLAIMGRAPH_INTROSPECTION=true', async () => {
    const refused = await under('production').query(schemaQuery);
    expect(refused.data).toBeUndefined();
    expect(new Set(errorCodes(refused))).toEqual(new Set(['GRAPHQL_VALIDATION_FAILED']));
    expect(refused.errors?.[0]?.message).toMatch(/introspection has been disabled/);
    dataOf(await under('production', { CLAIMGRAPH_INTROSPECTION: 'true' }).query(schemaQuery));
  });

  test('CLAIMGRAPH_INTROSPECTION=false turns it off in development too', async () => {
    const refused = await under('development', { CLAIMGRAPH_INTROSPECTION: 'false' }).query(schemaQuery);
    expect(refused.errors?.[0]?.message).toMatch(/introspection has been disabled/);
  });
});
