import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { exportJWK, exportSPKI, generateKeyPair, SignJWT, type JWTPayload } from 'jose';
import { ConfigError, loadConfig } from '../../src/config/config';
import type { ClaimgraphYoga } from '../../src/graphql/yoga';
import { apiKeyOf, keyedClient, SET_SOURCE_RELIABILITY } from '../support/curation-client';
import { dataOf, errorCodes, startApiOverSeed, type ApiHarness, type GraphQLResponse } from '../support/graphql-harness';
import { sourceByRef } from '../support/seed-story';

/**
 * Optional bearer tokens of an identity provider (CLAIMGRAPH_JWT_*): a verified token's role claim
 * is the client's role, checked in the client gate beside API keys, which work as before. Tokens
 * are signed here, with a shared secret (HS256) and with an RSA key served as a JWKS.
 */

const SECRET = 'a shared secret of at least thirty-two characters';
const ISSUER = 'https://login.example.org/';
const AUDIENCE = 'claimgraph';
const HS256 = { CLAIMGRAPH_JWT_SECRET: SECRET, CLAIMGRAPH_JWT_ISSUER: ISSUER, CLAIMGRAPH_JWT_AUDIENCE: AUDIENCE };

let api: ApiHarness;
let jwks: Server;
let jwksUrl = '';
let rsaKey: CryptoKey;
let publicPem = '';
let publishedJwk = '';
beforeAll(async () => {
  api = await startApiOverSeed();
  const pair = await generateKeyPair('RS256');
  rsaKey = pair.privateKey as CryptoKey;
  const published = { keys: [{ ...(await exportJWK(pair.publicKey)), kid: 'k1', alg: 'RS256', use: 'sig' }] };
  publicPem = await exportSPKI(pair.publicKey);
  publishedJwk = JSON.stringify(published.keys[0]);
  jwks = createServer((_, response) => response.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(published)));
  await new Promise<void>((resolve) => jwks.listen(0, '127.0.0.1', resolve));
  jwksUrl = `http://127.0.0.1:${(jwks.address() as AddressInfo).port}/.well-known/jwks.json`;
});
afterAll(async () => {
  await new Promise((resolve) => jwks.close(resolve));
  await api.close();
});

/** A token as the provider would sign it: HS256 with the shared secret unless another key is given; issued now unless the claims say (`iat: undefined`: none). */
async function token(claims: JWTPayload, { secret = SECRET, expiresIn = '5m', rsa = false }: { secret?: string; expiresIn?: string; rsa?: boolean } = {}) {
  const jwt = new SignJWT({ iss: ISSUER, aud: AUDIENCE, sub: 'user-1', ...claims })
    .setProtectedHeader(rsa ? { alg: 'RS256', kid: 'k1' } : { alg: 'HS256' })
    .setExpirationTime(expiresIn);
  if (!('iat' in claims)) jwt.setIssuedAt();
  return jwt.sign(rsa ? rsaKey : new TextEncoder().encode(secret));
}

const nowSeconds = () => Math.floor(Date.now() / 1000);
/** A claim of a type the JWT types do not allow, as a forger may write it. */
const forged = (claims: Record<string, unknown>) => claims as JWTPayload;

/** Runs an operation with `Authorization: Bearer <token>` (and an API key, where given). */
const bearer =
  (yoga: ClaimgraphYoga, jwt: string, apiKey?: string) =>
  async <T = Record<string, unknown>>(query: string, variables?: Record<string, unknown>) => {
    const response = await yoga.fetch('http://claimgraph.test/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${jwt}`, ...(apiKey ? { 'x-api-key': apiKey } : {}) },
      body: JSON.stringify({ query, variables }),
    });
    return { status: response.status, ...((await response.json()) as GraphQLResponse<T>) };
  };

const revisionOf = async (sourceId: string) => dataOf(await api.query<{ source: { revision: number } }>(`{ source(id: "${sourceId}") { revision } }`)).source.revision;
const grade = async (client: ReturnType<typeof bearer>, ref: number) => {
  const sourceId = sourceByRef(ref).id;
  return client<{ setSourceReliability: { change: { by: string } } }>(SET_SOURCE_RELIABILITY, { input: { sourceId, expectedRevision: await revisionOf(sourceId), grade: 'B', rationale: 'Checked.' } });
};

test("an editor's token writes, audited by its subject; a reader's reads and is FORBIDDEN to write; an admin's (a list of roles) lists keys", async () => {
  const { yoga } = api.withEnv(HS256);
  const written = dataOf(await grade(bearer(yoga, await token({ role: 'editor', sub: 'alice' })), 1));
  expect(written.setSourceReliability.change.by).toBe('jwt:alice');
  const reader = bearer(yoga, await token({ role: 'READER' }));
  dataOf(await reader('{ stories(first: 1) { totalCount } }'));
  expect(errorCodes(await grade(reader, 1))).toEqual(['FORBIDDEN']);
  dataOf(await bearer(yoga, await token({ role: ['reader', 'admin', 'staff'] }))('{ apiKeys(first: 1) { id } }'));
});

test('a token that does not verify, is expired, for another issuer or audience, unsigned, or naming no role is 401 UNAUTHENTICATED before anything runs', async () => {
  const { yoga } = api.withEnv(HS256);
  const unsigned = `${Buffer.from('{"alg":"none"}').toString('base64url')}.${Buffer.from(JSON.stringify({ iss: ISSUER, aud: AUDIENCE, sub: 'x', role: 'admin', exp: 4_000_000_000 })).toString('base64url')}.`;
  const refused: [string, string][] = [
    ['another secret', await token({ role: 'editor' }, { secret: 'another secret of at least thirty-two characters' })],
    ['expired', await token({ role: 'editor' }, { expiresIn: '-1m' })],
    ['another issuer', await token({ role: 'editor', iss: 'https://elsewhere.example.org/' })],
    ['another audience', await token({ role: 'editor', aud: 'another-service' })],
    ['no role', await token({})],
    ['an unknown role', await token({ role: 'superuser' })],
    ['no subject', await token({ role: 'editor', sub: undefined })],
    ['an empty subject', await token({ role: 'editor', sub: '' })],
    ['a numeric subject', await token(forged({ role: 'editor', sub: 42 }))],
    ['an object subject', await token(forged({ role: 'editor', sub: { id: 'alice' } }))],
    ['a subject of 257 characters', await token({ role: 'editor', sub: 'u'.repeat(257) })],
    ['not valid before a minute from now', await token({ role: 'editor', nbf: nowSeconds() + 60 })],
    ['issued 25 hours ago (older than CLAIMGRAPH_JWT_MAX_TOKEN_AGE_SECONDS)', await token({ role: 'editor', iat: nowSeconds() - 25 * 3600 })],
    ['no issue time', await token({ role: 'editor', iat: undefined })],
    ['unsigned', unsigned],
    ['signed with the JWKS key where a secret is configured', await token({ role: 'editor' }, { rsa: true })],
    ['not a token', 'not-a-token'],
  ];
  for (const [why, jwt] of refused) {
    const answer = await grade(bearer(yoga, jwt), 2);
    expect({ why, status: answer.status, codes: errorCodes(answer), ran: answer.extensions?.neo4jRoundTrips }).toEqual({ why, status: 401, codes: ['UNAUTHENTICATED'], ran: undefined });
  }
  expect(await revisionOf(sourceByRef(2).id)).toBe(0);
});

test('a few seconds of clock skew are tolerated; a subject of 256 characters and a token issued 23 hours ago are taken', async () => {
  const { yoga } = api.withEnv(HS256);
  for (const claims of [{ nbf: nowSeconds() + 10 }, { iat: nowSeconds() + 10 }, { sub: 's'.repeat(256) }, { iat: nowSeconds() - 23 * 3600 }]) {
    const answer = await bearer(yoga, await token({ role: 'reader', ...claims }))('{ stories(first: 1) { totalCount } }');
    expect({ claims, status: answer.status }).toEqual({ claims, status: 200 });
  }
});

test("a provider's JWKS verifies its RS256 tokens; a secret's token is refused there", async () => {
  const { yoga } = api.withEnv({ CLAIMGRAPH_JWT_JWKS_URL: jwksUrl, CLAIMGRAPH_JWT_ISSUER: ISSUER, CLAIMGRAPH_JWT_AUDIENCE: AUDIENCE, CLAIMGRAPH_JWT_ROLE_CLAIM: 'claimgraph_role' });
  expect(dataOf(await grade(bearer(yoga, await token({ claimgraph_role: 'editor', sub: 'bob' }, { rsa: true })), 3)).setSourceReliability.change.by).toBe('jwt:bob');
  expect(errorCodes(await grade(bearer(yoga, await token({ claimgraph_role: 'editor' })), 3))).toEqual(['UNAUTHENTICATED']);
  // The role is read from the configured claim only.
  expect(errorCodes(await grade(bearer(yoga, await token({ role: 'editor' }, { rsa: true })), 3))).toEqual(['UNAUTHENTICATED']);
  // Algorithm confusion: HS256 "signed" with the published public key's bytes, as if they were a shared secret.
  for (const publicBytes of [publicPem, publishedJwk]) {
    expect(errorCodes(await grade(bearer(yoga, await token({ claimgraph_role: 'admin' }, { secret: publicBytes })), 3))).toEqual(['UNAUTHENTICATED']);
  }
});

/** A JWKS endpoint that answers `status` and `body` and counts its fetches. */
async function brokenJwks(status: number, body: string): Promise<{ url: string; fetches: () => number; close: () => Promise<void> }> {
  let fetches = 0;
  const server = createServer((_, response) => {
    fetches += 1;
    response.writeHead(status, { 'content-type': 'application/json' }).end(body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/jwks.json`,
    fetches: () => fetches,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

test("a JWKS that cannot be fetched, fails, or holds no key set is 503, charged to the address: a spent address fetches it no more", async () => {
  const failing = await brokenJwks(500, '{}');
  const invalid = await brokenJwks(200, '{"keys":"none"}');
  const gone = await brokenJwks(200, '{}');
  await gone.close();
  try {
    const editorToken = await token({ claimgraph_role: 'editor' }, { rsa: true });
    for (const [why, url] of [['unreachable', gone.url], ['answering 500', failing.url], ['no key set', invalid.url]] as const) {
      const { yoga } = api.withEnv({ CLAIMGRAPH_JWT_JWKS_URL: url, CLAIMGRAPH_JWT_ISSUER: ISSUER, CLAIMGRAPH_JWT_AUDIENCE: AUDIENCE, CLAIMGRAPH_JWT_ROLE_CLAIM: 'claimgraph_role' });
      const answer = await grade(bearer(yoga, editorToken), 2);
      expect({ why, status: answer.status, codes: errorCodes(answer) }).toEqual({ why, status: 503, codes: ['SERVICE_UNAVAILABLE'] });
    }
    const fetchedBefore = failing.fetches();
    const { yoga } = api.withEnv({ CLAIMGRAPH_JWT_JWKS_URL: failing.url, CLAIMGRAPH_JWT_ISSUER: ISSUER, CLAIMGRAPH_JWT_AUDIENCE: AUDIENCE, CLAIMGRAPH_RATE_LIMIT_PER_MINUTE: '2' });
    const statuses = [];
    for (let attempt = 0; attempt < 5; attempt += 1) statuses.push((await grade(bearer(yoga, editorToken), 2)).status);
    expect({ statuses, fetches: failing.fetches() - fetchedBefore }).toEqual({ statuses: [503, 503, 429, 429, 429], fetches: 2 });
  } finally {
    await Promise.all([failing.close(), invalid.close()]);
  }
  expect(await revisionOf(sourceByRef(2).id)).toBe(0);
});

test('off by default: a token is no identity (a write is UNAUTHENTICATED, a read anonymous); API keys work as before, and win over a token', async () => {
  const editorToken = await token({ role: 'editor' });
  const off = bearer(api.yoga, editorToken);
  expect(errorCodes(await grade(off, 4))).toEqual(['UNAUTHENTICATED']);
  dataOf(await off('{ stories(first: 1) { totalCount } }'));
  const { yoga } = api.withEnv(HS256);
  const reader = await apiKeyOf(api.db, 'reader', 'reader beside tokens');
  expect(errorCodes(await grade(bearer(yoga, editorToken, reader.key), 4))).toEqual(['FORBIDDEN']);
  const editor = await apiKeyOf(api.db, 'editor', 'editor beside tokens');
  dataOf(await keyedClient(yoga, editor.key)(SET_SOURCE_RELIABILITY, { input: { sourceId: sourceByRef(4).id, expectedRevision: 0, grade: 'C', rationale: 'Key.' } }));
});

test('the configuration takes a secret or a JWKS, not both, each with an issuer and an audience; off when neither is set', () => {
  const problemsOf = (env: NodeJS.ProcessEnv) => {
    try {
      loadConfig(env);
      return [];
    } catch (error) {
      return error instanceof ConfigError ? error.problems.map((problem) => problem.split(':')[0]) : ['not a ConfigError'];
    }
  };
  expect(loadConfig({}).clients.jwt).toBeNull();
  expect(loadConfig(HS256).clients.jwt).toEqual({ key: { secret: SECRET }, issuer: ISSUER, audience: AUDIENCE, roleClaim: 'role', maxTokenAgeSeconds: 86_400 });
  expect(loadConfig({ ...HS256, CLAIMGRAPH_JWT_MAX_TOKEN_AGE_SECONDS: '3600' }).clients.jwt?.maxTokenAgeSeconds).toBe(3600);
  expect(problemsOf({ ...HS256, CLAIMGRAPH_JWT_MAX_TOKEN_AGE_SECONDS: '0' })).toEqual(['CLAIMGRAPH_JWT_MAX_TOKEN_AGE_SECONDS']);
  expect(problemsOf({ ...HS256, CLAIMGRAPH_JWT_JWKS_URL: 'https://login.example.org/jwks' })).toEqual(['CLAIMGRAPH_JWT_SECRET']);
  expect(problemsOf({ CLAIMGRAPH_JWT_SECRET: SECRET })).toEqual(['CLAIMGRAPH_JWT_ISSUER', 'CLAIMGRAPH_JWT_AUDIENCE']);
  expect(problemsOf({ ...HS256, CLAIMGRAPH_JWT_SECRET: 'short' })).toEqual(['CLAIMGRAPH_JWT_SECRET']);
  // Whoever could alter a plain-http fetch of the key set could serve their own key: https, or http to this machine only.
  const jwksAt = (url: string) => problemsOf({ CLAIMGRAPH_JWT_JWKS_URL: url, CLAIMGRAPH_JWT_ISSUER: ISSUER, CLAIMGRAPH_JWT_AUDIENCE: AUDIENCE });
  for (const url of ['ftp://login.example.org/jwks', 'http://login.example.org/jwks', 'http://10.0.0.1/jwks', 'http://127.0.0.1.example.org/jwks', 'http://localhost.example.org/jwks', 'not a url']) {
    expect({ url, problems: jwksAt(url) }).toEqual({ url, problems: ['CLAIMGRAPH_JWT_JWKS_URL'] });
  }
  for (const url of ['https://login.example.org/.well-known/jwks.json', 'http://127.0.0.1:8080/jwks', 'http://localhost/jwks', 'http://[::1]:8080/jwks']) {
    expect({ url, problems: jwksAt(url) }).toEqual({ url, problems: [] });
  }
});
