import { usePrometheus } from '@graphql-yoga/plugin-prometheus';
import { getOperationAST } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import { Counter, Histogram, type Registry } from 'prom-client';
import { errorCodesOf } from '../../observability/error-codes-of';
import type { RequestContext } from '../context';

export const METRICS_ENDPOINT = '/metrics';

/**
 * Prometheus metrics at /metrics, all in `registry` (one per yoga, so several servers in one process
 * never clash over a metric name): operations and their durations by operation name (the plugin's),
 * errors by the `extensions.code` clients received, and Neo4j statements per operation. The driver
 * exposes no connection-pool numbers publicly, so pool usage is not among them.
 */
export function metricsPlugins(registry: Registry): (Plugin | Plugin<RequestContext>)[] {
  const prometheus = usePrometheus({
    registry,
    endpoint: METRICS_ENDPOINT,
    metrics: {
      graphql_envelop_request: true,
      graphql_envelop_request_duration: true,
      graphql_envelop_phase_validate: true,
      graphql_envelop_phase_execute: true,
      graphql_yoga_http_duration: true,
      // Errors are counted below by their code, which this plugin's error counter does not label.
      graphql_envelop_error_result: false,
      graphql_envelop_request_time_summary: false,
      graphql_envelop_phase_parse: false,
      graphql_envelop_phase_context: false,
      graphql_envelop_phase_subscribe: false,
      graphql_envelop_deprecated_field: false,
      graphql_envelop_schema_change: false,
    },
    // The full URL would make a label value of every GET query string.
    labels: { url: false },
  });
  const errors = new Counter({
    name: 'claimgraph_graphql_errors_total',
    help: 'Errors in GraphQL responses, by extensions.code',
    labelNames: ['code'],
    registers: [registry],
  });
  const roundTrips = new Histogram({
    name: 'claimgraph_neo4j_round_trips',
    help: 'Cypher statements one GraphQL operation sent to Neo4j',
    labelNames: ['operationName'],
    buckets: [0, 1, 2, 4, 8, 16, 32, 64],
    registers: [registry],
  });
  const claimgraphMetrics: Plugin<RequestContext> = {
    onExecute: ({ args }) => ({
      onExecuteDone: () => {
        const operationName = getOperationAST(args.document, args.operationName)?.name?.value ?? 'Anonymous';
        roundTrips.observe({ operationName }, args.contextValue.roundTrips());
      },
    }),
    onResultProcess: ({ result }) => {
      for (const code of errorCodesOf(result)) errors.inc({ code });
    },
  };
  return [prometheus, claimgraphMetrics];
}
