import { randomUUID } from 'node:crypto';
import { getOperationAST } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import { errorCodesOf } from '../../observability/error-codes-of';
import type { Logger } from '../../observability/logger';
import { LOG_TEXT_LIMITS, truncateForLog } from '../../observability/truncate-for-log';
import type { RequestClients } from '../clients/request-clients';
import type { RequestContext } from '../context';

export const REQUEST_ID_HEADER = 'x-request-id';

/** An incoming id is kept only if it is short and plain, so it can go into a header and a log line as is. */
const ACCEPTED_REQUEST_ID = /^[\w.:-]{1,128}$/;

interface RequestRecord {
  id: string;
  startedAt: number;
  /** Names the client asked for; the executed operations' names replace them once known. */
  requested: string[];
  executed: string[];
  variables: unknown[];
  roundTrips: number;
  errorCodes: string[];
}

/** Variables logged as themselves while their JSON is short, else as their JSON text cut to the bound. */
function boundedVariables(variables: unknown): unknown {
  const json = JSON.stringify(variables) ?? '';
  return json.length <= LOG_TEXT_LIMITS.text ? variables : truncateForLog(json, LOG_TEXT_LIMITS.text);
}

export interface RequestLoggingOptions {
  /** Include each operation's variables (off by default: they may hold what users typed). */
  variables: boolean;
  graphqlEndpoint: string;
  /** The requests' API keys, whose ids the lines carry: a refused write is logged with the key that tried it. */
  clients: RequestClients;
}

/**
 * One log line per HTTP request: request id (the caller's `x-request-id` or a new one, echoed in the
 * response), operation names, duration, Neo4j round trips and error codes. Probes and the metrics
 * scrape log at debug level, so they do not drown the operations. Names and variables, which
 * clients choose, are cut to a bound (truncate-for-log.ts).
 */
export function useRequestLogging(logger: Logger, options: RequestLoggingOptions): Plugin<RequestContext> {
  const records = new WeakMap<Request, RequestRecord>();
  return {
    // Wraps the whole request, so it also sees requests yoga answers before any plugin's onRequest (/health).
    instrumentation: {
      request: ({ request }, handle) => {
        const incoming = request.headers.get(REQUEST_ID_HEADER);
        records.set(request, {
          id: incoming && ACCEPTED_REQUEST_ID.test(incoming) ? incoming : randomUUID(),
          startedAt: performance.now(),
          requested: [],
          executed: [],
          variables: [],
          roundTrips: 0,
          errorCodes: [],
        });
        return handle();
      },
    },
    onParams: ({ request, params }) => {
      const record = records.get(request);
      if (!record) return;
      // Only a string: yoga itself answers 400 to any other operationName, after this hook.
      if (typeof params.operationName === 'string') record.requested.push(truncateForLog(params.operationName, LOG_TEXT_LIMITS.name));
      if (options.variables && params.variables) record.variables.push(boundedVariables(params.variables));
    },
    onExecute: ({ args }) => {
      const context = args.contextValue;
      const record = records.get(context.request);
      const name = getOperationAST(args.document, args.operationName)?.name?.value ?? 'anonymous';
      record?.executed.push(truncateForLog(name, LOG_TEXT_LIMITS.name));
      return {
        onExecuteDone: () => {
          if (record) record.roundTrips += context.roundTrips();
        },
      };
    },
    onResultProcess: ({ request, result }) => {
      records.get(request)?.errorCodes.push(...errorCodesOf(result));
    },
    onResponse: ({ request, response }) => {
      const record = records.get(request);
      if (!record) return;
      response.headers.set(REQUEST_ID_HEADER, record.id);
      const path = new URL(request.url).pathname;
      const failed = response.status >= 500 || record.errorCodes.includes('INTERNAL_SERVER_ERROR');
      const level = failed ? 'error' : path === options.graphqlEndpoint ? 'info' : 'debug';
      const operations = record.executed.length > 0 ? record.executed : record.requested;
      logger[level](
        {
          requestId: record.id,
          method: request.method,
          path,
          status: response.status,
          durationMs: Math.round((performance.now() - record.startedAt) * 10) / 10,
          operationName: operations.join(',') || undefined,
          apiKeyId: options.clients.of(request)?.id,
          neo4jRoundTrips: record.roundTrips,
          errorCodes: record.errorCodes,
          ...(options.variables ? { variables: record.variables } : {}),
        },
        'request',
      );
    },
  };
}
