import fc from 'fast-check';
import { ApiKeyStore } from '../../src/api-keys/api-key-store';
import type { ClaimgraphYoga } from '../../src/graphql/yoga';
import { errorCodes, startApiOverSeed, type ApiHarness, type GraphQLResponse } from '../support/graphql-harness';

/** What a browser on another site may do with the API: by default, nothing cross-origin. */

const ALLOWED = 'https://app.example.org';
const CORS_HEADERS = ['access-control-allow-origin', 'access-control-allow-credentials', 'access-control-allow-headers', 'access-control-allow-methods'];

let api: ApiHarness;
beforeAll(async () => {
  api = await startApiOverSeed();
});
afterAll(() => api.close());

/** The preflight a browser sends before a cross-origin JSON POST with an API key. */
const preflight = (yoga: ClaimgraphYoga, origin: string) =>
  yoga.fetch('http://claimgraph.test/graphql', {
    method: 'OPTIONS',
    headers: { origin, 'access-control-request-method': 'POST', 'access-control-request-headers': 'content-type, x-api-key' },
  });

const crossOriginPost = (yoga: ClaimgraphYoga, origin: string, headers: Record<string, string> = {}) =>
  yoga.fetch('http://claimgraph.test/graphql', {
    method: 'POST',
    headers: { origin, 'content-type': 'application/json', accept: 'application/json', ...headers },
    body: JSON.stringify({ query: '{ __typename }' }),
  });

const corsHeadersOf = (response: Response) => CORS_HEADERS.filter((name) => response.headers.has(name));

/** Origins a browser could send, none of them the allowed one. */
const foreignOrigins = fc.webUrl().map((url) => new URL(url).origin).filter((origin) => origin !== ALLOWED && origin !== 'null');

describe('CORS', () => {
  test('by default no origin gets any CORS header, on a preflight or on the request itself', async () => {
    await fc.assert(
      fc.asyncProperty(fc.oneof(foreignOrigins, fc.constant(ALLOWED)), async (origin) => {
        expect(corsHeadersOf(await preflight(api.yoga, origin))).toEqual([]);
        expect(corsHeadersOf(await crossOriginPost(api.yoga, origin))).toEqual([]);
      }),
      { numRuns: 30 },
    );
  });

  describe(`with CLAIMGRAPH_CORS_ORIGINS=${ALLOWED},http://localhost:5173`, () => {
    let yoga: ClaimgraphYoga;
    beforeAll(() => {
      yoga = api.withEnv({ CLAIMGRAPH_CORS_ORIGINS: `${ALLOWED},http://localhost:5173`, CLAIMGRAPH_RATE_LIMIT_PER_MINUTE: '1' }).yoga;
    });

    test('a listed origin may POST with an API key, never with credentials, and responses vary by origin', async () => {
      const answer = await preflight(yoga, ALLOWED);
      expect(answer.headers.get('access-control-allow-origin')).toBe(ALLOWED);
      expect(answer.headers.get('access-control-allow-methods')).toBe('GET, POST');
      expect(answer.headers.get('access-control-allow-headers')?.split(', ')).toEqual(expect.arrayContaining(['content-type', 'x-api-key']));
      expect(answer.headers.has('access-control-allow-credentials')).toBe(false);
      expect(answer.headers.get('vary')).toMatch(/\bOrigin\b/);
    });

    test('other origins get no CORS header', async () => {
      await fc.assert(
        fc.asyncProperty(foreignOrigins, async (origin) => {
          const answer = await preflight(yoga, origin);
          expect(corsHeadersOf(answer)).toEqual([]);
          expect(answer.headers.get('vary')).toMatch(/\bOrigin\b/);
        }),
        { numRuns: 30 },
      );
    });

    test('a refusal reaches the listed origin readable, Retry-After included', async () => {
      await crossOriginPost(yoga, ALLOWED);
      const refused = await crossOriginPost(yoga, ALLOWED);
      expect(refused.status).toBe(429);
      expect(refused.headers.get('access-control-allow-origin')).toBe(ALLOWED);
      expect(refused.headers.get('access-control-expose-headers')).toMatch(/retry-after/i);
    });
  });
});

describe('GET', () => {
  const get = (yoga: ClaimgraphYoga, query: string, headers: Record<string, string> = {}) =>
    yoga.fetch(`http://claimgraph.test/graphql?query=${encodeURIComponent(query)}`, { headers: { accept: 'application/json', ...headers } });

  test('answers queries only: a mutation over GET is refused with 405, a subscription is not in the schema', async () => {
    expect((await get(api.yoga, '{ __typename }')).status).toBe(200);
    const mutation = await get(api.yoga, 'mutation { __typename }');
    expect(mutation.status).toBe(405);
    expect(mutation.headers.get('allow')).toBe('POST');
    const subscription = (await (await get(api.yoga, 'subscription { __typename }')).json()) as GraphQLResponse;
    expect(subscription.data).toBeUndefined();
    expect(errorCodes(subscription)).toEqual(['BAD_USER_INPUT']);
    expect(subscription.errors?.[0]?.message).toMatch(/subscription/i);
  });

  test('CSRF prevention is off by default: a GET with no custom header is served', async () => {
    expect((await get(api.yoga, '{ __typename }')).status).toBe(200);
  });

  test('with CLAIMGRAPH_CSRF_PREVENTION=true a GET needs a header a form cannot send: the CSRF header or an API key', async () => {
    const guarded = api.withEnv({ CLAIMGRAPH_CSRF_PREVENTION: 'true' }).yoga;
    const bare = await get(guarded, '{ __typename }');
    expect(bare.status).toBe(403);
    expect(errorCodes((await bare.json()) as GraphQLResponse)).toEqual(['CSRF_PREVENTED']);
    expect((await get(guarded, '{ __typename }', { 'x-graphql-yoga-csrf': '1' })).status).toBe(200);
    const { key } = await new ApiKeyStore(api.db).create('browser');
    expect((await get(guarded, '{ __typename }', { 'x-api-key': key })).status).toBe(200);
    // A JSON POST is preflighted by browsers anyway.
    expect((await crossOriginPost(guarded, ALLOWED)).status).toBe(200);
  });
});
