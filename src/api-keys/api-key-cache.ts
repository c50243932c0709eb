import { hashApiKey, looksLikeApiKey } from './api-key-secret';
import type { ApiKeyIdentity, ApiKeyStore } from './api-key-store';

/** Keys remembered at most; past it the oldest lookups are dropped, so random keys cannot grow memory. */
const MAX_ENTRIES = 10_000;

interface Entry {
  expires: number;
  /** A promise, so that concurrent requests with one key share one lookup. */
  identity: Promise<ApiKeyIdentity | undefined>;
}

/**
 * Resolves the keys clients send, reusing each answer (unknown keys too) for `ttlMs`: a request
 * costs no Neo4j round trip for its key, and a revocation takes effect within `ttlMs`.
 */
export class ApiKeyCache {
  private readonly entries = new Map<string, Entry>();

  constructor(
    private readonly store: Pick<ApiKeyStore, 'findActive'>,
    private readonly ttlMs: number,
  ) {}

  /** The key's identity, or undefined for a malformed, unknown or revoked key. */
  resolve(key: string, now = Date.now()): Promise<ApiKeyIdentity | undefined> {
    if (!looksLikeApiKey(key)) return Promise.resolve(undefined);
    const hash = hashApiKey(key);
    const cached = this.entries.get(hash);
    if (cached && cached.expires > now) return cached.identity;
    this.entries.delete(hash);
    if (this.entries.size >= MAX_ENTRIES) this.entries.delete(this.entries.keys().next().value ?? '');
    const identity = this.store.findActive(hash);
    this.entries.set(hash, { expires: now + this.ttlMs, identity });
    // A failed lookup is not remembered: the next request asks again.
    identity.catch(() => {
      if (this.entries.get(hash)?.identity === identity) this.entries.delete(hash);
    });
    return identity;
  }
}
