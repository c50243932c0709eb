import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { exportJWK, generateKeyPair, SignJWT, type JWTPayload } from 'jose';
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
beforeAll(async () => {
  api = await startApiOverSeed();
  const pair = await generateKeyPair('RS256');
  rsaKey = pair.privateKey as CryptoKey;
  const published = { keys: [{ ...(await exportJWK(pair.publicKey)), kid: 'k1', alg: 'RS256', use: 'sig' }] };
  jwks = createServer((_, response) => response.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(published)));
  await new Promise<void>((resolve) => jwks.listen(0, '127.0.0.1', resolve));
  jwksUrl = `http://127.0.0.1:${(jwks.address() as AddressInfo).port}/.well-known/jwks.json`;
});
afterAll(async () => {
  await new Promise((resolve) => jwks.close(resolve));
  await api.close();
});

/** A token as the provider would sign it: HS256 with the shared secret unless another key is given. */
async function token(claims: JWTPayload, { secret = SECRET, expiresIn = '5m', rsa = false }: { secret?: string; expiresIn?: string; rsa?: boolean } = {}) {
  const jwt = new SignJWT({ iss: ISSUER, aud: AUDIENCE, sub: 'user-1', ...claims })
    .setProtectedHeader(rsa ? { alg: 'RS256', kid: 'k1' } : { alg: 'HS256' })
    .setIssuedAt()
    .setExpirationTime(expiresIn);
  return jwt.sign(rsa ? rsaKey : new TextEncoder().encode(secret));
}

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

test("a provider's JWKS verifies its RS256 tokens; a secret's token is refused there", async () => {
  const { yoga } = api.withEnv({ CLAIMGRAPH_JWT_JWKS_URL: jwksUrl, CLAIMGRAPH_JWT_ISSUER: ISSUER, CLAIMGRAPH_JWT_AUDIENCE: AUDIENCE, CLAIMGRAPH_JWT_ROLE_CLAIM: 'claimgraph_role' });
  expect(dataOf(await grade(bearer(yoga, await token({ claimgraph_role: 'editor', sub: 'bob' }, { rsa: true })), 3)).setSourceReliability.change.by).toBe('jwt:bob');
  expect(errorCodes(await grade(bearer(yoga, await token({ claimgraph_role: 'editor' })), 3))).toEqual(['UNAUTHENTICATED']);
  // The role is read from the configured claim only.
  expect(errorCodes(await grade(bearer(yoga, await token({ role: 'editor' }, { rsa: true })), 3))).toEqual(['UNAUTHENTICATED']);
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
  expect(loadConfig(HS256).clients.jwt).toEqual({ key: { secret: SECRET }, issuer: ISSUER, audience: AUDIENCE, roleClaim: 'role' });
  expect(problemsOf({ ...HS256, CLAIMGRAPH_JWT_JWKS_URL: 'https://login.example.org/jwks' })).toEqual(['CLAIMGRAPH_JWT_SECRET']);
  expect(problemsOf({ CLAIMGRAPH_JWT_SECRET: SECRET })).toEqual(['CLAIMGRAPH_JWT_ISSUER', 'CLAIMGRAPH_JWT_AUDIENCE']);
  expect(problemsOf({ ...HS256, CLAIMGRAPH_JWT_SECRET: 'short' })).toEqual(['CLAIMGRAPH_JWT_SECRET']);
  expect(problemsOf({ CLAIMGRAPH_JWT_JWKS_URL: 'ftp://login.example.org/jwks', CLAIMGRAPH_JWT_ISSUER: ISSUER, CLAIMGRAPH_JWT_AUDIENCE: AUDIENCE })).toEqual(['CLAIMGRAPH_JWT_JWKS_URL']);
});
