import type { Plugin } from 'graphql-yoga';
import { RateLimiterMemory, RateLimiterRes } from 'rate-limiter-flexible';
import { ApiKeyCache } from '../../api-keys/api-key-cache';
import { ApiKeyStore } from '../../api-keys/api-key-store';
import type { ClientLimits } from '../../config/config';
import type { Database } from '../../db/database';
import { BearerTokenRefusal, BearerTokens } from '../clients/bearer-tokens';
import { clientAddress } from '../clients/client-address';
import { ConcurrencyLimiter } from '../clients/concurrency-limiter';
import { refusalResponse, type Refusal } from '../clients/refusal-response';
import type { RequestClients } from '../clients/request-clients';

export const API_KEY_HEADER = 'x-api-key';

/** `Authorization: Bearer <token>`, the scheme case-insensitive (RFC 6750). */
const BEARER = /^bearer\s+(\S+)\s*$/i;

/** Said to a client refused for running too many operations at once: one may end within a second. */
const CONCURRENCY_RETRY_SECONDS = 1;

const rateLimited = (retryAfter: number, reason: string): Refusal => ({
  status: 429,
  code: 'RATE_LIMITED',
  message: `Too many requests: ${reason}. Retry after ${retryAfter} s.`,
  extensions: { retryAfter },
  headers: { 'retry-after': String(retryAfter) },
});

const unauthenticated = (message: string): Refusal => ({
  status: 401,
  code: 'UNAUTHENTICATED',
  message,
  headers: { 'www-authenticate': `ApiKey header="X-API-Key"` },
});

/**
 * Identifies the client of each GraphQL request (its API key, else a bearer token of the configured
 * identity provider, else its address) and holds it to `limits` before the request is parsed: an
 * unknown or revoked key, a token that does not verify or names no role, or no key where anonymous
 * requests are off, answers 401 UNAUTHENTICATED; over the rate or the concurrency limit, 429
 * RATE_LIMITED with Retry-After. Other endpoints (/health, /ready, /metrics) pass untouched. An
 * accepted key or token is remembered in `clients` for the request's context (its role) and log line.
 */
export function useClientGate(db: Database, limits: ClientLimits, graphqlEndpoint: string, clients: RequestClients): Plugin {
  const keys = new ApiKeyCache(new ApiKeyStore(db), limits.keyCacheMs);
  const tokens = limits.jwt ? new BearerTokens(limits.jwt) : null;
  const rate = new RateLimiterMemory({ points: limits.ratePerMinute, duration: 60 });
  const concurrency = new ConcurrencyLimiter(limits.maxConcurrent);

  const overRate = (spent: RateLimiterRes) => rateLimited(Math.max(1, Math.ceil(spent.msBeforeNext / 1000)), `more than ${limits.ratePerMinute} a minute`);

  /** Takes a request from the client's budget; a refusal when the budget is spent. */
  const charge = async (client: string): Promise<Refusal | undefined> => {
    try {
      await rate.consume(client);
      return undefined;
    } catch (error) {
      if (!(error instanceof RateLimiterRes)) throw error;
      return overRate(error);
    }
  };

  /**
   * A bearer token's client, when tokens are accepted and the request sends one instead of an API
   * key. Every failure, the provider's as well as the token's, is charged to the address, and an
   * address whose budget is spent is refused before verifying: a failed check may fetch the
   * provider's key set again, so the gate must not relay unthrottled attempts to it.
   */
  const identifyBearer = async (verifier: BearerTokens, token: string, request: Request, address: string): Promise<{ client: string } | { refusal: Refusal }> => {
    const addressClient = `address:${address}`;
    const spent = await rate.get(addressClient);
    if (spent !== null && spent.remainingPoints <= 0) return { refusal: overRate(spent) };
    try {
      const identity = await verifier.identify(token);
      clients.remember(request, identity);
      return { client: `key:${identity.id}` };
    } catch (error) {
      const refusal = await charge(addressClient);
      if (refusal) return { refusal };
      if (!(error instanceof BearerTokenRefusal)) return { refusal: { status: 503, code: 'SERVICE_UNAVAILABLE', message: 'The bearer token could not be checked; try again.' } };
      return { refusal: unauthenticated(error.message) };
    }
  };

  /** The client a request counts against, or why it is refused. Refused keys are charged to the address, so guessing keys costs rate too. */
  const identify = async (request: Request, address: string): Promise<{ client: string } | { refusal: Refusal }> => {
    const key = request.headers.get(API_KEY_HEADER);
    const bearer = BEARER.exec(request.headers.get('authorization') ?? '')?.[1];
    if (key === null && tokens && bearer !== undefined) return identifyBearer(tokens, bearer, request, address);
    if (key === null) {
      if (limits.anonymous) return { client: `address:${address}` };
      return { refusal: (await charge(`address:${address}`)) ?? unauthenticated('This server requires an API key in the X-API-Key header.') };
    }
    let identity;
    try {
      identity = await keys.resolve(key);
    } catch {
      return { refusal: { status: 503, code: 'SERVICE_UNAVAILABLE', message: 'The API key could not be checked; try again.' } };
    }
    if (identity) {
      clients.remember(request, identity);
      return { client: `key:${identity.id}` };
    }
    return { refusal: (await charge(`address:${address}`)) ?? unauthenticated('The API key is unknown or revoked.') };
  };

  return {
    onRequest: async ({ request, serverContext, url, fetchAPI, endResponse, requestHandler, setRequestHandler }) => {
      // Preflights carry no key; CORS answers them.
      if (url.pathname !== graphqlEndpoint || request.method === 'OPTIONS') return;
      const identified = await identify(request, clientAddress(request, serverContext, limits.trustProxy));
      if ('refusal' in identified) return endResponse(refusalResponse(fetchAPI.Response, identified.refusal));
      const overRate = await charge(identified.client);
      if (overRate) return endResponse(refusalResponse(fetchAPI.Response, overRate));
      const release = concurrency.tryAcquire(identified.client);
      if (!release) {
        return endResponse(
          refusalResponse(fetchAPI.Response, rateLimited(CONCURRENCY_RETRY_SECONDS, `more than ${limits.maxConcurrent} operations at once`)),
        );
      }
      setRequestHandler(async (...args) => {
        try {
          return await requestHandler(...args);
        } finally {
          release();
        }
      });
    },
  };
}
