import fc from 'fast-check';
import { ApiKeyCache } from '../api-key-cache';
import { generateApiKey, hashApiKey } from '../api-key-secret';
import type { ApiKeyIdentity } from '../api-key-store';

/** A store that knows the given keys and records every hash it is asked for. */
function storeOf(known: Record<string, ApiKeyIdentity>) {
  const asked: string[] = [];
  const byHash = new Map(Object.entries(known).map(([key, identity]) => [hashApiKey(key), identity]));
  return { asked, findActive: async (hash: string) => (asked.push(hash), byHash.get(hash)) };
}

const TTL = 10_000;

test('a key is looked up once per TTL; known and unknown answers are both reused', async () => {
  const { key } = generateApiKey();
  const unknown = generateApiKey().key;
  const store = storeOf({ [key]: { id: 'key_1', role: 'reader' } });
  const cache = new ApiKeyCache(store, TTL);
  expect(await cache.resolve(key, 0)).toEqual({ id: 'key_1', role: 'reader' });
  expect(await cache.resolve(key, TTL - 1)).toEqual({ id: 'key_1', role: 'reader' });
  expect(await cache.resolve(unknown, 0)).toBeUndefined();
  expect(await cache.resolve(unknown, 5)).toBeUndefined();
  expect(store.asked).toEqual([hashApiKey(key), hashApiKey(unknown)]);
  // Past the TTL the store is asked again: this is how a revocation reaches a running API.
  await cache.resolve(key, TTL);
  expect(store.asked).toEqual([hashApiKey(key), hashApiKey(unknown), hashApiKey(key)]);
});

test('requests arriving together with one key share one lookup', async () => {
  const { key } = generateApiKey();
  const store = storeOf({ [key]: { id: 'key_1', role: 'reader' } });
  const cache = new ApiKeyCache(store, TTL);
  await Promise.all(Array.from({ length: 20 }, () => cache.resolve(key, 0)));
  expect(store.asked).toHaveLength(1);
});

test('a failed lookup is not remembered', async () => {
  const { key } = generateApiKey();
  let calls = 0;
  const cache = new ApiKeyCache(
    { findActive: async () => (calls += 1) === 1 ? Promise.reject(new Error('Neo4j is down')) : { id: 'key_1', role: 'reader' as const } },
    TTL,
  );
  await expect(cache.resolve(key, 0)).rejects.toThrow('Neo4j is down');
  expect(await cache.resolve(key, 1)).toEqual({ id: 'key_1', role: 'reader' });
});

test('text that is not shaped like a key is refused without asking the store', async () => {
  const store = storeOf({});
  const cache = new ApiKeyCache(store, TTL);
  await fc.assert(
    fc.asyncProperty(
      fc.string({ maxLength: 80 }).filter((text) => !/^cg_[A-Za-z0-9_-]{43}$/.test(text)),
      async (text) => {
        expect(await cache.resolve(text)).toBeUndefined();
      },
    ),
  );
  expect(store.asked).toEqual([]);
});

test('generated keys are 32 random bytes behind cg_, each different, and hashed to 64 hex digits', () => {
  const keys = Array.from({ length: 100 }, () => generateApiKey());
  for (const { key, hash } of keys) {
    expect(key).toMatch(/^cg_[A-Za-z0-9_-]{43}$/);
    expect(Buffer.from(key.slice(3), 'base64url')).toHaveLength(32);
    expect(hash).toMatch(/^[0-9a-f]{64}$/);
    expect(hash).toBe(hashApiKey(key));
  }
  expect(new Set(keys.map(({ key }) => key)).size).toBe(100);
});
