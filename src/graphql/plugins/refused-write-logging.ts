import { getOperationAST, Kind, type DocumentNode, type GraphQLError, type SelectionSetNode } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import { Counter, type Registry } from 'prom-client';
import type { Logger } from '../../observability/logger';
import type { RefusedWriteLog } from '../../observability/refused-write-log';
import { LOG_TEXT_LIMITS, truncateForLog } from '../../observability/truncate-for-log';
import type { RequestContext } from '../context';

/** The codes of a write refused for who asked (no key, a weaker key) or for what it was based on (a stale revision). */
const REFUSALS = new Set(['UNAUTHENTICATED', 'FORBIDDEN', 'CONFLICT']);

/** The root fields an operation selects, through fragments, each once: names from the schema, never aliases. */
function rootFields(document: DocumentNode, selectionSet: SelectionSetNode, seen = new Set<string>()): Set<string> {
  for (const selection of selectionSet.selections) {
    if (selection.kind === Kind.FIELD) seen.add(selection.name.value);
    else if (selection.kind === Kind.INLINE_FRAGMENT) rootFields(document, selection.selectionSet, seen);
    else {
      const fragment = document.definitions.find((definition) => definition.kind === Kind.FRAGMENT_DEFINITION && definition.name.value === selection.name.value);
      if (fragment?.kind === Kind.FRAGMENT_DEFINITION) rootFields(document, fragment.selectionSet, seen);
    }
  }
  return seen;
}

/**
 * Every mutation operation refused UNAUTHENTICATED, FORBIDDEN or CONFLICT, whether by the role
 * guard before execution or by a resolver: a `refused write` log line at warn with the key's id and
 * role, the metric `claimgraph_refused_writes_total{code, role}` (role `none` without a key), and an
 * entry in `refusals` for Query.refusedWrites. Placed before the role guard, so that its hook runs
 * for operations the guard stops.
 */
export function useRefusedWriteLogging(logger: Logger, registry: Registry, refusals: RefusedWriteLog): Plugin<RequestContext> {
  const refused = new Counter({
    name: 'claimgraph_refused_writes_total',
    help: 'Mutation operations refused UNAUTHENTICATED, FORBIDDEN or CONFLICT, by code and by the role of their API key (none: no key)',
    labelNames: ['code', 'role'],
    registers: [registry],
  });
  return {
    onExecute: ({ args }) => {
      const operation = getOperationAST(args.document, args.operationName);
      if (operation?.operation !== 'mutation') return undefined;
      return {
        onExecuteDone: ({ result }) => {
          if (!('errors' in result)) return;
          const errors: readonly GraphQLError[] = result.errors ?? [];
          const codes = [...new Set(errors.map((error) => String(error.extensions?.code)))].filter((code) => REFUSALS.has(code));
          if (codes.length === 0) return;
          const client = args.contextValue.client;
          const entry = {
            at: new Date().toISOString(),
            by: client?.id ?? null,
            role: client?.role ?? null,
            operationName: operation.name ? truncateForLog(operation.name.value, LOG_TEXT_LIMITS.name) : null,
            fields: [...rootFields(args.document, operation.selectionSet)],
            codes,
          };
          refusals.record(entry);
          for (const code of codes) refused.inc({ code, role: entry.role ?? 'none' });
          logger.warn({ apiKeyId: entry.by ?? undefined, role: entry.role ?? undefined, operationName: entry.operationName ?? undefined, fields: entry.fields, codes }, 'refused write');
        },
      };
    },
  };
}
