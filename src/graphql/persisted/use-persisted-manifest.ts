import { usePersistedOperations } from '@graphql-yoga/plugin-persisted-operations';
import { GraphQLError } from 'graphql';
import type { GraphQLParams, Plugin } from 'graphql-yoga';
import type { PersistedManifest } from './persisted-manifest';

const refusal = (code: string, message: string, spec = false) => () =>
  new GraphQLError(message, { extensions: { code, http: { status: 400, ...(spec ? { spec } : {}) } } });

/**
 * The id of a persisted operation: Apollo's `extensions.persistedQuery.sha256Hash` (automatic
 * persisted queries), or the GraphQL-over-HTTP draft's `documentId` (`sha256:<hash>` or the bare hash).
 */
function persistedOperationId(params: GraphQLParams & { documentId?: unknown }): string | null {
  const persistedQuery: unknown = params.extensions?.persistedQuery;
  if (persistedQuery && typeof persistedQuery === 'object' && 'sha256Hash' in persistedQuery && typeof persistedQuery.sha256Hash === 'string') {
    return persistedQuery.sha256Hash;
  }
  return typeof params.documentId === 'string' ? params.documentId.replace(/^sha256:/, '') : null;
}

/**
 * Runs the manifest's operations by hash. With `only`, nothing else runs: a query text is refused
 * with PERSISTED_QUERY_ONLY, so the API serves exactly the operations its owners reviewed.
 */
export function usePersistedManifest(manifest: PersistedManifest, options: { only: boolean }): Plugin {
  const plugin: Plugin = usePersistedOperations({
    getPersistedOperation: (hash) => manifest.documents.get(hash) ?? null,
    allowArbitraryOperations: !options.only,
    extractPersistedOperationId: persistedOperationId,
    customErrors: {
      persistedQueryOnly: refusal(
        'PERSISTED_QUERY_ONLY',
        "This server runs persisted operations only: send the operation's sha256 hash as extensions.persistedQuery.sha256Hash or documentId, not its text.",
      ),
      // Apollo's clients recognise this message and code, and send the query text next.
      notFound: refusal('PERSISTED_QUERY_NOT_FOUND', 'PersistedQueryNotFound'),
      // Yoga's own answer to a request without a query, which the GraphQL-over-HTTP spec sets.
      keyNotFound: refusal('BAD_REQUEST', 'Must provide a query string or a persisted operation id.', true),
    },
  });
  if (options.only) return plugin;
  // Otherwise only a request that names a persisted operation is the plugin's: every other request
  // is yoga's to check, with the status codes the GraphQL-over-HTTP audits expect (`query: 1` is 400).
  const { onParams } = plugin;
  return {
    ...plugin,
    onParams: (payload) => (onParams && persistedOperationId(payload.params) !== null ? onParams(payload) : undefined),
  };
}
