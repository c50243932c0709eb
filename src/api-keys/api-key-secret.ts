import { createHash, randomBytes } from 'node:crypto';

/** Makes a claimgraph key recognisable in a config file or a leaked log (secret scanners match prefixes). */
export const API_KEY_PREFIX = 'cg_';

/** 32 random bytes in base64url are 43 characters. */
const API_KEY_PATTERN = /^cg_[A-Za-z0-9_-]{43}$/;

/** A new key, and the hash that alone is stored. */
export interface ApiKeySecret {
  key: string;
  hash: string;
}

/** The SHA-256 of a key, hex: enough for 256 random bits, which need no slow password hash. */
export const hashApiKey = (key: string): string => createHash('sha256').update(key, 'utf8').digest('hex');

/** Whether `text` has the shape of a key at all; anything else is refused without a lookup. */
export const looksLikeApiKey = (text: string): boolean => API_KEY_PATTERN.test(text);

/** 32 random bytes behind the prefix. */
export function generateApiKey(): ApiKeySecret {
  const key = `${API_KEY_PREFIX}${randomBytes(32).toString('base64url')}`;
  return { key, hash: hashApiKey(key) };
}
