import { createServer, request as httpRequest, type Server } from 'node:http';
import fc from 'fast-check';
import {
  getNamedType,
  getNullableType,
  getOperationAST,
  isCompositeType,
  isListType,
  isObjectType,
  Kind,
  parse,
  type GraphQLSchema,
} from 'graphql';
import { costModel, operationCost } from '../../src/graphql/cost/operation-cost';
import { ExecutionGuard } from '../../src/graphql/execution-guard';
import { listBounds } from '../../src/graphql/list-bounds';
import { buildSchema } from '../../src/graphql/schema';
import { dataOf, errorCodes, startApiOverSeed, type ApiHarness, type GraphQLResponse } from '../support/graphql-harness';
import { STORY_ID } from '../support/seed-story';

/**
 * Issue 10, items 1–3: every list is bounded, every operation is priced by what its lists may hold
 * (variables included) before anything runs, and an answer over its caps stops with a code.
 */

let api: ApiHarness;
beforeAll(async () => {
  api = await startApiOverSeed();
});
afterAll(() => api.close());

const schema: GraphQLSchema = buildSchema();
const model = costModel(schema);
const priceOf = (query: string, variables: Record<string, unknown> = {}) => {
  const document = parse(query);
  const operation = getOperationAST(document);
  if (!operation) throw new Error('no operation');
  const fragments = document.definitions.filter((definition) => definition.kind === Kind.FRAGMENT_DEFINITION);
  return operationCost(model, operation, fragments, variables);
};

/** The red team's query: one alias took the process from 131 MB to 905 MB; 15 of them killed it. */
const CRASH_ALIAS = `story(id: "${STORY_ID}") { sources { claims { sources { claims { sources { claims { sources { claims { id } } } } } } } } }`;
const crashQuery = (aliases: number) => `{ ${Array.from({ length: aliases }, (_, i) => `a${i}: ${CRASH_ALIAS}`).join(' ')} }`;

const refusal = (response: GraphQLResponse<unknown>) => ({
  codes: errorCodes(response),
  data: response.data,
  ranCypher: response.extensions?.neo4jRoundTrips !== undefined,
});

describe('every list is bounded, and the schema says how', () => {
  const bounds = listBounds();
  const fields = Object.values(schema.getTypeMap())
    .filter((type) => isObjectType(type) && !type.name.startsWith('__'))
    .flatMap((type) => (isObjectType(type) ? Object.values(type.getFields()).map((field) => ({ type, field })) : []));
  // A connection's edges and nodes are sized by the page its field asked for.
  const connectionItem = (typeName: string, fieldName: string) => typeName.endsWith('Connection') && ['edges', 'nodes'].includes(fieldName);

  test('each list field states a @listBound, but a connection page, which `first` and the page size bound', () => {
    const unbounded = fields
      .filter(({ type, field }) => isListType(getNullableType(field.type)) && !connectionItem(type.name, field.name))
      .filter(({ type, field }) => !bounds.has(`${type.name}.${field.name}`))
      .map(({ type, field }) => `${type.name}.${field.name}`);
    expect(unbounded).toEqual([]);
  });

  test('each list of objects is priced by a @listSize, on itself or on its connection', () => {
    const unpriced = fields
      .filter(({ field }) => isListType(getNullableType(field.type)) && isCompositeType(getNamedType(field.type)))
      .filter(({ type, field }) => !connectionItem(type.name, field.name) && !model.listSize(type.name, field.name))
      .map(({ type, field }) => `${type.name}.${field.name}`);
    expect(unpriced).toEqual([]);
  });

  test('a `first` over a field’s bound is refused; within it, the list holds at most `first`', async () => {
    const refused = await api.query(`{ story(id: "${STORY_ID}") { claims(first: 1001) { id } } }`);
    expect(errorCodes(refused)).toEqual(['BAD_USER_INPUT']);
    expect(refused.errors?.[0]?.message).toMatch(/first: must be at most 1000/);
    const all = dataOf(await api.query<{ story: { claims: unknown[] } }>(`{ story(id: "${STORY_ID}") { claims { id } } }`)).story.claims;
    expect(all.length).toBeGreaterThan(20);
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 1, max: 60 }), fc.integer({ min: 1, max: 8 }), async (claims, sources) => {
        const data = dataOf(
          await api.query<{ story: { claims: { sources: unknown[] }[] } }>(
            `query($c: Int, $s: Int) { story(id: "${STORY_ID}") { claims(first: $c) { sources(first: $s) { id } } } }`,
            { c: claims, s: sources },
          ),
        );
        expect(data.story.claims).toHaveLength(Math.min(claims, all.length));
        for (const claim of data.story.claims) expect(claim.sources.length).toBeLessThanOrEqual(sources);
      }),
      { numRuns: 15 },
    );
  });
});

describe('the cost counts list sizes', () => {
  test('the crash query and its 15-alias form are refused before any Cypher runs', async () => {
    for (const aliases of [1, 15]) {
      const response = await api.query(crashQuery(aliases));
      expect(refusal(response)).toEqual({ codes: ['COST_LIMIT_EXCEEDED'], data: undefined, ranCypher: false });
      expect(response.errors?.[0]?.extensions).toMatchObject({ limit: 10_000 });
      expect(Number(response.errors?.[0]?.extensions?.cost)).toBeGreaterThan(1e9);
    }
  });

  test('`first: $n` costs what `first: n` costs, for any n and nesting', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1000 }), fc.integer({ min: 0, max: 1000 }), (outer, inner) => {
        const literal = priceOf(`{ claims(first: ${outer}) { nodes { sources(first: ${inner}) { id } } } }`);
        const variables = priceOf('query($a: Int, $b: Int) { claims(first: $a) { nodes { sources(first: $b) { id } } } }', { a: outer, b: inner });
        expect(variables).toBe(literal);
        // The connection object, `outer` claims, and `inner` sources under each.
        expect(literal).toBe(1 + outer * (1 + inner));
      }),
    );
  });

  test('a variable that asks for a page over the limit is refused as the literal is', async () => {
    const query = 'query($n: Int) { claims(first: $n) { nodes { id text sources { id title publishedBy { name } } assertedBy { name claims { text } } } } }';
    const refused = await api.query(query, { n: 100 });
    expect(refusal(refused)).toEqual({ codes: ['COST_LIMIT_EXCEEDED'], data: undefined, ranCypher: false });
    dataOf(await api.query(query, { n: 40 }));
  });

  test('a list argument is priced by its length, an absent slicing argument by the assumed size', () => {
    expect(priceOf('query($ids: [ID!]!) { nodes(ids: $ids) { id } }', { ids: ['claim:a', 'claim:b', 'claim:c'] })).toBe(3);
    expect(priceOf(`{ story(id: "x") { claims { id } } }`)).toBe(1 + 50);
    expect(priceOf(`{ story(id: "x") { claims { id } } } `)).toBe(priceOf(`{ story(id: "x") { claims(first: 50) { id } } }`));
  });

  test('a fragment is priced wherever it is spread, and skipped selections are not', () => {
    const spread = priceOf('{ claims(first: 10) { nodes { ...F } } } fragment F on Claim { sources(first: 4) { id } }');
    expect(spread).toBe(1 + 10 * (1 + 4));
    expect(priceOf('query($no: Boolean!) { claims(first: 10) @include(if: $no) { nodes { id } } }', { no: false })).toBe(0);
  });
});

describe('result caps', () => {
  const manyObjects = `{ story(id: "${STORY_ID}") { claims { sources { id } assertedBy { id } } } }`;

  test('an answer with more objects than CLAIMGRAPH_MAX_RESULT_NODES stops with RESULT_TOO_LARGE and no data', async () => {
    const capped = api.withEnv({ CLAIMGRAPH_MAX_RESULT_NODES: '40' });
    const response = await capped.query(manyObjects);
    expect(errorCodes(response)).toEqual(['RESULT_TOO_LARGE']);
    expect(response.data ?? null).toBeNull();
    expect(response.errors?.[0]?.extensions).toMatchObject({ limit: 40 });
    dataOf(await api.withEnv({ CLAIMGRAPH_MAX_RESULT_NODES: '1000' }).query(manyObjects));
  });

  test('an answer over CLAIMGRAPH_MAX_RESULT_BYTES stops with RESULT_TOO_LARGE and no data', async () => {
    const query = `{ story(id: "${STORY_ID}") { claims { text } } }`;
    const answered = JSON.stringify(dataOf(await api.query(query))).length;
    const response = await api.withEnv({ CLAIMGRAPH_MAX_RESULT_BYTES: String(Math.max(1_024, Math.floor(answered / 2))) }).query(query);
    expect(errorCodes(response)).toEqual(['RESULT_TOO_LARGE']);
    expect(response.data ?? null).toBeNull();
  });
});

describe('request bodies', () => {
  let server: Server;
  let port = 0;
  beforeAll(async () => {
    server = createServer(api.withEnv({ CLAIMGRAPH_MAX_BODY_BYTES: '2048' }).yoga);
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const address = server.address();
    port = typeof address === 'object' && address ? address.port : 0;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  /** A POST over real HTTP, with a Content-Length or else chunked. */
  const post = (body: string, chunked: boolean) =>
    new Promise<{ status: number; code: unknown }>((resolve, reject) => {
      const headers: Record<string, string | number> = { 'content-type': 'application/json', accept: 'application/json' };
      if (!chunked) headers['content-length'] = Buffer.byteLength(body);
      const req = httpRequest({ host: '127.0.0.1', port, path: '/graphql', method: 'POST', headers }, (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () => {
          const parsed = JSON.parse(Buffer.concat(chunks).toString('utf8')) as GraphQLResponse<unknown>;
          resolve({ status: res.statusCode ?? 0, code: parsed.errors?.[0]?.extensions?.code });
        });
      });
      req.on('error', reject);
      // Written before end(): Node then sends the body chunked, having no length to declare.
      if (chunked) req.write(body);
      req.end(chunked ? undefined : body);
    });

  test('a body over CLAIMGRAPH_MAX_BODY_BYTES is refused with 413 before it is read; one under it is answered', async () => {
    const padded = (bytes: number) => JSON.stringify({ query: '{ __typename }', variables: { pad: 'x'.repeat(bytes) } });
    expect(await post(padded(4_000), false)).toEqual({ status: 413, code: 'PAYLOAD_TOO_LARGE' });
    expect(await post(padded(1_000), false)).toEqual({ status: 200, code: undefined });
  });

  test('a chunked body, whose size is unknown until read, is refused with 411', async () => {
    expect(await post(JSON.stringify({ query: '{ __typename }' }), true)).toEqual({ status: 411, code: 'PAYLOAD_TOO_LARGE' });
  });
});

describe('the time budget ends CPU-bound work', () => {
  test('a resolver within the deadline runs', () => {
    const guard = new ExecutionGuard({ resultNodes: 10, resultBytes: 10_000, requestTimeoutMs: 60_000 }, new AbortController());
    expect(() => guard.check()).not.toThrow();
  });

  test('a resolver that starts past the deadline stops the request with TIMEOUT, though no timer could fire', () => {
    const cancellation = new AbortController();
    const guard = new ExecutionGuard({ resultNodes: 10, resultBytes: 10_000, requestTimeoutMs: 5 }, cancellation);
    // Busy, as a long synchronous stretch of execution is: the event loop runs no timer meanwhile.
    const until = Date.now() + 20;
    while (Date.now() <= until);
    expect(() => guard.check()).toThrow('The request ran out of its 5 ms time budget.');
    expect(cancellation.signal.aborted).toBe(true);
  });
});
