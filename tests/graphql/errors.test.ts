import neo4j from 'neo4j-driver';
import { Writable } from 'node:stream';
import { createLogger } from '../../src/observability/logger';
import { loadConfig } from '../../src/config/config';
import { Database } from '../../src/db/database';
import { buildYoga } from '../../src/graphql/yoga';
import { clientOf, errorCodes, startApiOverSeed, type ApiHarness, type GraphQLResponse } from '../support/graphql-harness';
import { seed, STORY_ID } from '../support/seed-story';
import { testNeo4jConnection } from '../setup/test-neo4j';

/** The error contract: which code a client gets for what, and that nothing else leaks. */

let api: ApiHarness;
beforeAll(async () => {
  api = await startApiOverSeed();
});
afterAll(() => api.close());

/** The parts of a failed response a client relies on. */
const failure = (response: GraphQLResponse<Record<string, unknown>>) => ({
  codes: errorCodes(response),
  paths: (response.errors ?? []).map((error) => error.path ?? null),
  data: response.data,
});

const LOOKUPS = ['story', 'actor', 'claim', 'event', 'source', 'question', 'perspective', 'tension'] as const;

const MALFORMED_IDS = [
  '',
  'claim',
  'claim:',
  ':abc',
  'Claim:abc',
  'claim:ABC',
  'claim: abc',
  'claim:-abc',
  'claim:abc def',
  "claim:x' OR 1=1",
  'widget:abc',
  `claim:${'a'.repeat(200)}`,
];

describe('malformed ids are BAD_USER_INPUT, refused before any Cypher runs', () => {
  test.each(MALFORMED_IDS)('node(id: %j)', async (id) => {
    const response = await api.query('query($id: ID!) { node(id: $id) { id } }', { id });
    expect(failure(response)).toEqual({ codes: ['BAD_USER_INPUT'], paths: [['node']], data: { node: null } });
    expect(response.extensions?.neo4jRoundTrips).toBe(0);
  });

  test.each(LOOKUPS.flatMap((field) => [`${field}:Not-Lowercase`, `${field}`, 'nope'].map((id) => [field, id] as const)))(
    '%s(id: %j)',
    async (field, id) => {
      const response = await api.query(`query($id: ID!) { ${field}(id: $id) { id } }`, { id });
      expect(failure(response)).toEqual({ codes: ['BAD_USER_INPUT'], paths: [[field]], data: { [field]: null } });
      expect(response.extensions?.neo4jRoundTrips).toBe(0);
    },
  );

  test('nodes(ids) with one malformed id among good ones', async () => {
    const response = await api.query('query($ids: [ID!]!) { nodes(ids: $ids) { id } }', { ids: [STORY_ID, 'claim:BAD'] });
    expect(failure(response).codes).toEqual(['BAD_USER_INPUT']);
    expect(response.extensions?.neo4jRoundTrips).toBe(0);
  });

  const claimId = seed.claims[0]?.id ?? '';
  test.each([
    ['claims', 'ClaimFilter', { storyId: 'meta-surveillance-layoffs' }],
    ['claims', 'ClaimFilter', { actorId: claimId }],
    ['claims', 'ClaimFilter', { sourceId: 'source:Meta' }],
    ['events', 'EventFilter', { actorId: 'actor:' }],
    ['events', 'EventFilter', { storyId: STORY_ID.toUpperCase() }],
    ['sources', 'SourceFilter', { publisherId: 'meta' }],
    ['actors', 'ActorFilter', { storyId: claimId }],
    ['questions', 'QuestionFilter', { storyId: 'story' }],
    ['perspectives', 'PerspectiveFilter', { actorId: 'actor:Mark Zuckerberg' }],
    ['tensions', 'TensionFilter', { claimId: 'tension:meta-surveillance-layoffs:ae62753f112c' }],
  ] as const)('%s(filter: %s = %j)', async (root, type, filter) => {
    const response = await api.query(`query($filter: ${type}) { ${root}(filter: $filter) { totalCount } }`, { filter });
    expect(failure(response)).toEqual({ codes: ['BAD_USER_INPUT'], paths: [[root]], data: null });
    expect(response.extensions?.neo4jRoundTrips).toBe(0);
  });
});

describe('well-formed ids of nothing', () => {
  test.each(LOOKUPS)('%s(id) of an unknown id is NOT_FOUND, naming the id', async (field) => {
    const id = `${field}:meta-surveillance-layoffs:no-such-${field}`;
    const response = await api.query(`query($id: ID!) { ${field}(id: $id) { id } }`, { id });
    expect(failure(response)).toEqual({ codes: ['NOT_FOUND'], paths: [[field]], data: { [field]: null } });
    expect(response.errors?.[0]?.extensions?.id).toBe(id);
  });

  test.each([
    ['claim', seed.sources[0]?.id],
    ['source', seed.claims[0]?.id],
    ['story', seed.actors[0]?.id],
    ['tension', STORY_ID],
  ] as const)('%s(id) of an existing node of another type (%s) is NOT_FOUND', async (field, id) => {
    const response = await api.query(`query($id: ID!) { ${field}(id: $id) { id } }`, { id });
    expect(failure(response).codes).toEqual(['NOT_FOUND']);
  });

  test('node(id) of an unknown id is null without an error', async () => {
    const response = await api.query('{ node(id: "claim:meta-surveillance-layoffs:000000000000") { id } }');
    expect(response).toMatchObject({ data: { node: null } });
    expect(response.errors).toBeUndefined();
  });
});

describe('arguments GraphQL itself checks', () => {
  test.each([
    ['an unknown enum value', '{ claims(filter: { kinds: [RUMOUR] }) { totalCount } }'],
    ['an unknown order field', '{ claims(orderBy: { field: POPULARITY }) { totalCount } }'],
    ['an Int beyond 32 bits', '{ claims(first: 10000000000) { totalCount } }'],
    ['an unknown field', '{ story(id: "story:meta-surveillance-layoffs") { headline } }'],
  ])('%s, written in the query, fails validation', async (_, query) => {
    // Several validation rules may each object to the same literal; every objection is a validation error.
    const codes = errorCodes(await api.query(query));
    expect(codes.length).toBeGreaterThan(0);
    expect(new Set(codes)).toEqual(new Set(['GRAPHQL_VALIDATION_FAILED']));
  });

  test.each([
    ['a date that does not exist', '2026-02-30'],
    ['a date without leading zeros', '2026-5-1'],
    ['a word', 'yesterday'],
    ['a date-time', '2026-05-20T00:00:00Z'],
  ])('a Date argument with %s is BAD_USER_INPUT, in the query or in a variable', async (_, from) => {
    const inQuery = await api.query(`{ events(filter: { from: ${JSON.stringify(from)} }) { totalCount } }`);
    const inVariable = await api.query('query($from: Date) { events(filter: { from: $from }) { totalCount } }', { from });
    expect([errorCodes(inQuery), errorCodes(inVariable)]).toEqual([['BAD_USER_INPUT'], ['BAD_USER_INPUT']]);
  });

  test('a Date argument that is no string is BAD_USER_INPUT', async () => {
    expect(errorCodes(await api.query('{ events(filter: { from: 20260520 }) { totalCount } }'))).toEqual(['BAD_USER_INPUT']);
  });

  // GraphQL's own variable coercion errors carry no code of their own: the client sent a bad value.
  test.each([
    ['an unknown enum value in a variable', 'query($kinds: [ClaimKind!]) { claims(filter: { kinds: $kinds }) { totalCount } }', { kinds: ['RUMOUR'] }],
    ['an unknown order field in a variable', 'query($o: ClaimOrder) { claims(orderBy: $o) { totalCount } }', { o: { field: 'POPULARITY' } }],
    ['a string for an Int variable', 'query($n: Int) { claims(first: $n) { totalCount } }', { n: 'ten' }],
    ['an Int variable beyond 32 bits', 'query($n: Int) { claims(first: $n) { totalCount } }', { n: 1e10 }],
    ['a string for a Boolean variable', 'query($n: Boolean) { sources(filter: { numbered: $n }) { totalCount } }', { n: 'yes' }],
    ['an unknown input field in a variable', 'query($f: ClaimFilter) { claims(filter: $f) { totalCount } }', { f: { author: 'x' } }],
    ['a required variable left out', 'query($id: ID!) { claim(id: $id) { id } }', {}],
  ])('%s is BAD_USER_INPUT', async (_, query, variables) => {
    const quiet = jest.spyOn(console, 'error').mockImplementation(() => undefined);
    try {
      expect(errorCodes(await api.query(query, variables))).toEqual(['BAD_USER_INPUT']);
    } finally {
      quiet.mockRestore();
    }
  });

  test.each([
    ['claims', 0],
    ['stats', -1],
    ['graph', 0],
    ['timeline', -3],
  ])('Story.%s(version: %d) is BAD_USER_INPUT', async (field, version) => {
    const response = await api.query(`query($id: ID!, $v: Int) { story(id: $id) { ${field}(version: $v) { __typename } } }`, { id: STORY_ID, v: version });
    expect(failure(response)).toEqual({ codes: ['BAD_USER_INPUT'], paths: [['story', field]], data: { story: null } });
  });
});

describe('unexpected errors', () => {
  test('are masked: "Unexpected error." and INTERNAL_SERVER_ERROR, the details only in the server log', async () => {
    // A natural misconfiguration: NEO4J_DATABASE naming a database the server does not have.
    const { uri, user, password } = testNeo4jConnection();
    const driver = neo4j.driver(uri, neo4j.auth.basic(user, password), { disableLosslessIntegers: true });
    let logged = '';
    const sink = new Writable({
      write(chunk: Buffer, _encoding, done) {
        logged += chunk.toString('utf8');
        done();
      },
    });
    try {
      const config = loadConfig({ NODE_ENV: 'test' });
      const db = new Database(driver, { database: 'nosuchdatabase', txTimeoutMs: 5_000 });
      const misconfigured = clientOf(buildYoga(db, config, { logger: createLogger({ ...config.log, level: 'error' }, sink) }));
      const response = await misconfigured.query('{ claims(first: 1) { totalCount } }');
      expect(response.errors).toEqual([expect.objectContaining({ message: 'Unexpected error.', extensions: { code: 'INTERNAL_SERVER_ERROR' } })]);
      expect(JSON.stringify(response)).not.toMatch(/nosuchdatabase|Graph not found|Neo4jError/);
      expect(logged).toMatch(/nosuchdatabase/);
    } finally {
      await driver.close();
    }
  });
});
