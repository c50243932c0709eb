import { createCounter, createHistogram, usePrometheus, type FillLabelsFnParams } from '@graphql-yoga/plugin-prometheus';
import { getOperationAST } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import { Counter, Gauge, Histogram, type Registry } from 'prom-client';
import type { Database } from '../../db/database';
import { errorCodesOf } from '../../observability/error-codes-of';
import type { RequestContext } from '../context';
import type { OperationNameLabels } from './operation-name-labels';

export const METRICS_ENDPOINT = '/metrics';

/**
 * Prometheus metrics at /metrics, all in `registry` (one per yoga, so several servers in one process
 * never clash over a metric name): operations and their durations by operation name (the plugin's),
 * errors by the `extensions.code` clients received, Neo4j statements per operation, and the pool's
 * use as the database door sees it (neo4j-driver 6 reports nothing about its pool itself).
 * Operation names go through `operationNames`, which bounds how many label values they take.
 */
export function metricsPlugins(registry: Registry, db: Database, operationNames: OperationNameLabels): (Plugin | Plugin<RequestContext>)[] {
  // The plugin's own two metrics, under their own names, with the operation name bounded.
  const operationLabels = ({ operationName, operationType }: FillLabelsFnParams) => ({
    operationName: operationNames.of(operationName),
    operationType: operationType ?? 'query',
  });
  const labelNames = ['operationName', 'operationType'] as const;
  const prometheus = usePrometheus({
    registry,
    endpoint: METRICS_ENDPOINT,
    // Operations and their execution time only: every metric builds label objects on each request.
    // The execute phase histogram repeated request_duration exactly, validation is cached per
    // document, and the HTTP histogram re-derived the operation per request; the three took about
    // 4% of a `{ __typename }` request's CPU (bench profile, 6.7% in the plugin and prom-client → 3.4%).
    metrics: {
      graphql_envelop_request: createCounter({
        registry,
        counter: { name: 'graphql_envelop_request', help: 'Counts the amount of GraphQL requests executed through Envelop', labelNames },
        fillLabelsFn: operationLabels,
      }),
      graphql_envelop_request_duration: createHistogram({
        registry,
        histogram: { name: 'graphql_envelop_request_duration', help: 'Time spent on running the GraphQL operation from parse to execute', labelNames },
        fillLabelsFn: operationLabels,
      }),
      // Errors are counted below by their code, which this plugin's error counter does not label.
      graphql_envelop_error_result: false,
      graphql_envelop_phase_validate: false,
      graphql_envelop_phase_execute: false,
      graphql_yoga_http_duration: false,
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
  const inFlight = db.sessionsInFlight();
  new Gauge({
    name: 'claimgraph_neo4j_sessions_in_flight',
    help: 'Neo4j sessions open, each running one transaction on a pooled connection or waiting for one, by access mode',
    labelNames: ['mode'],
    registers: [registry],
    // Read at scrape time: nothing is done per request for it.
    collect() {
      this.set({ mode: 'read' }, inFlight.READ);
      this.set({ mode: 'write' }, inFlight.WRITE);
    },
  });
  new Gauge({
    name: 'claimgraph_neo4j_pool_max_connections',
    help: 'Connections the Neo4j driver pool holds at most; sessions in flight beyond it wait for one',
    registers: [registry],
  }).set(db.poolSize);
  const claimgraphMetrics: Plugin<RequestContext> = {
    onExecute: ({ args }) => ({
      onExecuteDone: () => {
        const operationName = operationNames.of(getOperationAST(args.document, args.operationName)?.name?.value);
        roundTrips.observe({ operationName }, args.contextValue.roundTrips());
      },
    }),
    onResultProcess: ({ result }) => {
      for (const code of errorCodesOf(result)) errors.inc({ code });
    },
  };
  return [prometheus, claimgraphMetrics];
}
