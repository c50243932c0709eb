import { isAsyncIterable, type Plugin } from 'graphql-yoga';

type ProcessedResult = Parameters<NonNullable<Plugin['onResultProcess']>>[0]['result'];

/**
 * The `extensions.code` of every error a response carries, batched operations included, as clients
 * see them (after masking). Streamed results are not inspected: the API serves none.
 */
export function errorCodesOf(result: ProcessedResult): string[] {
  if (isAsyncIterable(result)) return [];
  const results = Array.isArray(result) ? result : [result];
  return results.flatMap((one) =>
    (one.errors ?? []).map((error) => (typeof error.extensions?.code === 'string' ? error.extensions.code : 'UNCODED')),
  );
}
