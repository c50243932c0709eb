import type { DocumentNode } from 'graphql';
import type { YogaServerOptions } from 'graphql-yoga';
import { LRUCache } from 'lru-cache';

/**
 * Documents kept parsed, by their text. Yoga's default keeps 1,000 of any size: a client sending
 * distinct large documents (a generator, or an attacker) held ~300 MB of syntax trees in the API
 * process. Legitimate clients reuse a few operations, so a small cache, bounded also by the text it
 * holds, keeps them all; the validation cache is keyed by these documents and goes with them.
 */
export function boundedDocumentCache(): Exclude<YogaServerOptions<object, object>['parserAndValidationCache'], boolean | undefined> {
  const bounded = <T extends object>() =>
    new LRUCache<string, T>({ max: 200, maxSize: 512 * 1024, sizeCalculation: (_value, text) => Math.max(1, text.length) });
  return { documentCache: bounded<DocumentNode>(), errorCache: bounded<object>() };
}
