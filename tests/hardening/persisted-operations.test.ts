import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import { parse, print } from 'graphql';
import { loadConfig, projectRoot } from '../../src/config/config';
import { documentHash, PersistedManifest } from '../../src/graphql/persisted/persisted-manifest';
import { buildYoga, type ClaimgraphYoga } from '../../src/graphql/yoga';
import { apiKeyOf } from '../support/curation-client';
import { startApiOverSeed, type ApiHarness, type GraphQLResponse } from '../support/graphql-harness';

/** Persisted operations: the manifest's operations run by hash; with CLAIMGRAPH_PERSISTED_ONLY=true nothing else runs. */

const README = readFileSync(path.join(projectRoot, 'README.md'), 'utf8');
const README_EXAMPLES = [...README.matchAll(/^```graphql\n([\s\S]*?)^```/gm)].map((match) => print(parse(match[1] ?? '')));
const MANIFEST = PersistedManifest.read(path.join(projectRoot, 'persisted-operations.json'));

let api: ApiHarness;
let open: ClaimgraphYoga;
let persistedOnly: ClaimgraphYoga;
/** Every request comes with an admin's key, so that the manifest's curation and key examples run too (idempotency keys make their repeats safe). */
let adminKey: string;
const yogaUnder = (env: NodeJS.ProcessEnv) => buildYoga(api.db, loadConfig({ ...process.env, NODE_ENV: 'test', ...env }));
beforeAll(async () => {
  api = await startApiOverSeed();
  adminKey = (await apiKeyOf(api.db, 'admin')).key;
  open = yogaUnder({});
  persistedOnly = yogaUnder({ CLAIMGRAPH_PERSISTED_ONLY: 'true' });
});
afterAll(() => api.close());

interface Answer {
  status: number;
  body: GraphQLResponse;
}

async function post(yoga: ClaimgraphYoga, body: unknown): Promise<Answer> {
  const response = await yoga.fetch('http://claimgraph.test/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json', 'x-api-key': adminKey },
    body: JSON.stringify(body),
  });
  return { status: response.status, body: (await response.json()) as GraphQLResponse };
}

const byHash = (hash: string) => ({ extensions: { persistedQuery: { version: 1, sha256Hash: hash } } });
const codesOf = ({ body }: Answer) => (body.errors ?? []).map((error) => error.extensions?.code);

function expectData(answer: Answer): void {
  expect(answer.body.errors).toBeUndefined();
  expect(answer.status).toBe(200);
  expect(answer.body.data).toEqual(expect.any(Object));
}

function expectRefused(answer: Answer, code: string): void {
  expect(codesOf(answer)).toEqual([code]);
  expect(answer.status).toBe(400);
  expect(answer.body.data).toBeUndefined();
}

test("the manifest holds exactly the README's example queries, so the two cannot drift apart", () => {
  expect(README_EXAMPLES.length).toBeGreaterThanOrEqual(5);
  expect(new Set(MANIFEST.documents.values())).toEqual(new Set(README_EXAMPLES));
  expect(MANIFEST.documents.size).toBe(README_EXAMPLES.length);
});

describe('by default (CLAIMGRAPH_PERSISTED_ONLY=false)', () => {
  test('any operation runs, and a persisted one runs by its hash too', async () => {
    expectData(await post(open, { query: '{ stories { totalCount } }' }));
    const [hash] = MANIFEST.documents.keys();
    expectData(await post(open, byHash(hash ?? '')));
  });

  test('an unknown hash is PERSISTED_QUERY_NOT_FOUND, which Apollo clients answer by sending the text', async () => {
    const unknown = await post(open, byHash(documentHash('{ __typename }')));
    expectRefused(unknown, 'PERSISTED_QUERY_NOT_FOUND');
    expect(unknown.body.errors?.[0]?.message).toBe('PersistedQueryNotFound');
    expectData(await post(open, { query: '{ __typename }', ...byHash(documentHash('{ __typename }')) }));
  });
});

describe('CLAIMGRAPH_PERSISTED_ONLY=true', () => {
  test.each([...MANIFEST.documents.entries()].map(([hash, document]) => [/(?:query|mutation) (\w+)/.exec(document)?.[1], hash]))(
    '%s runs by its hash, as extensions.persistedQuery and as documentId',
    async (_name, hash) => {
      // An operation with variables is found by its hash, then wants the values only its reader has.
      const expectRan = /^(?:query|mutation) \w+\(\$/.test(MANIFEST.documents.get(hash) ?? '')
        ? (answer: Answer) => expect([...new Set(codesOf(answer))]).toEqual(['BAD_USER_INPUT'])
        : expectData;
      expectRan(await post(persistedOnly, byHash(hash)));
      expectRan(await post(persistedOnly, { documentId: `sha256:${hash}` }));
    },
  );

  test('a persisted operation runs from a GET with the hash in the extensions parameter', async () => {
    const [hash] = MANIFEST.documents.keys();
    const search = new URLSearchParams({ extensions: JSON.stringify(byHash(hash ?? '').extensions) });
    const response = await persistedOnly.fetch(`http://claimgraph.test/graphql?${search}`);
    expectData({ status: response.status, body: (await response.json()) as GraphQLResponse });
  });

  test('any query text is refused with PERSISTED_QUERY_ONLY and HTTP 400, even the text of a persisted operation', async () => {
    const text = fc.oneof(
      fc.constantFrom(...README_EXAMPLES, '{ __typename }', '{ stories { totalCount } }', 'query { __schema { types { name } } }'),
      fc.string({ minLength: 1 }),
    );
    await fc.assert(
      fc.asyncProperty(text, fc.option(fc.constantFrom(...MANIFEST.documents.keys()), { nil: undefined }), async (query, hash) => {
        expectRefused(await post(persistedOnly, { query, ...(hash ? byHash(hash) : {}) }), 'PERSISTED_QUERY_ONLY');
      }),
      { numRuns: 100 },
    );
  });

  test('an unknown hash is PERSISTED_QUERY_NOT_FOUND; a request with neither text nor hash is BAD_REQUEST', async () => {
    await fc.assert(
      fc.asyncProperty(fc.stringMatching(/^[0-9a-f]{64}$/), async (hash) => {
        fc.pre(!MANIFEST.documents.has(hash));
        expectRefused(await post(persistedOnly, byHash(hash)), 'PERSISTED_QUERY_NOT_FOUND');
      }),
      { numRuns: 30 },
    );
    expectRefused(await post(persistedOnly, { variables: {} }), 'BAD_REQUEST');
  });
});

describe('CLAIMGRAPH_PERSISTED_OPERATIONS_FILE', () => {
  const scratch = mkdtempSync(path.join(tmpdir(), 'claimgraph-persisted-'));

  test('points at another manifest, whose operations are then the only ones', async () => {
    const document = 'query StoryCount {\n  stories {\n    totalCount\n  }\n}';
    const file = path.join(scratch, 'other.json');
    writeFileSync(file, JSON.stringify({ [documentHash(document)]: document }));
    const other = yogaUnder({ CLAIMGRAPH_PERSISTED_ONLY: 'true', CLAIMGRAPH_PERSISTED_OPERATIONS_FILE: file });
    expectData(await post(other, byHash(documentHash(document))));
    const [readmeHash] = MANIFEST.documents.keys();
    expectRefused(await post(other, byHash(readmeHash ?? '')), 'PERSISTED_QUERY_NOT_FOUND');
  });

  test('a manifest whose key is not the hash of its document stops the server from starting, naming the file', () => {
    const file = path.join(scratch, 'tampered.json');
    writeFileSync(file, JSON.stringify({ [documentHash('{ __typename }')]: '{ stories { totalCount } }' }));
    expect(() => yogaUnder({ CLAIMGRAPH_PERSISTED_OPERATIONS_FILE: file })).toThrow(`${file}: not a valid persisted operations manifest`);
    expect(() => yogaUnder({ CLAIMGRAPH_PERSISTED_OPERATIONS_FILE: path.join(scratch, 'missing.json') })).toThrow(/missing\.json/);
  });
});

test("README's curl example for persisted mode sends a body that runs", async () => {
  const curl = /curl [^\n]*-d '([^']+)'[^\n]*\/graphql/.exec(README);
  expect(curl).not.toBeNull();
  expectData(await post(persistedOnly, JSON.parse(curl?.[1] ?? 'null')));
});
