import { useDisableIntrospection } from '@graphql-yoga/plugin-disable-introspection';
import { renderGraphiQL } from '@graphql-yoga/render-graphiql';
import {
  createYoga,
  useExecutionCancellation,
  useReadinessCheck,
  type Plugin,
  type YogaServerInstance,
} from 'graphql-yoga';
import { Registry } from 'prom-client';
import type { Config } from '../config/config';
import type { Database } from '../db/database';
import { createLogger, type Logger } from '../observability/logger';
import { RefusedWriteLog } from '../observability/refused-write-log';
import { yogaLogger } from '../observability/yoga-logger';
import { browserSafety } from './browser-safety';
import { requestContextFactory, type RequestContext } from './context';
import { boundedDocumentCache } from './document-cache';
import { HeavyLane } from './heavy-lane';
import { maskError } from './errors';
import { PersistedManifest } from './persisted/persisted-manifest';
import { usePersistedManifest } from './persisted/use-persisted-manifest';
import { armorLimitPlugins } from './plugins/armor-limits';
import { useClaimReviewRoute } from './plugins/claim-review-route';
import { useClientGate } from './plugins/client-gate';
import { useCostLimit } from './plugins/cost-limit';
import { useRequestBodyLimit } from './plugins/request-body-limit';
import { stripSuggestions } from './plugins/strip-suggestions';
import { metricsPlugins } from './plugins/metrics';
import { OperationNameLabels } from './plugins/operation-name-labels';
import { rejectMalformedParameters } from './plugins/reject-malformed-parameters';
import { useRefusedWriteLogging } from './plugins/refused-write-logging';
import { useRequestLogging } from './plugins/request-logging';
import { useRequestTimeout } from './plugins/request-timeout';
import { RequestClients } from './clients/request-clients';
import { knownRootTypes } from './plugins/known-root-types';
import { useRoleGuard } from './plugins/role-guard';
import { buildSchema } from './schema';

const EXAMPLE_QUERY = `# claimgraph: try the story's tensions and who says what.
query Tensions {
  stories(first: 3) {
    nodes {
      id
      title
      tensions {
        text
        sideA { label claims { text assertedBy { name } } }
        sideB { label claims { text assertedBy { name } } }
      }
    }
  }
}
`;

/** Reports in `extensions.neo4jRoundTrips` how many statements the request sent to Neo4j. */
const roundTripReport: Plugin<RequestContext> = {
  onExecute: () => ({
    onExecuteDone: ({ args, result, setResult }) => {
      if (!('data' in result)) return;
      setResult({ ...result, extensions: { ...result.extensions, neo4jRoundTrips: args.contextValue.roundTrips() } });
    },
  }),
};

export type ClaimgraphYoga = YogaServerInstance<Record<string, never>, RequestContext>;

export interface YogaExtras {
  /** Where request and yoga log lines go; by default a new logger at `config.log.level` on stdout. */
  logger?: Logger;
}

const GRAPHQL_ENDPOINT = '/graphql';

/** Builds the GraphQL server without listening, so tests call `yoga.fetch` in-process. */
export function buildYoga(
  db: Database,
  config: Pick<Config, 'api' | 'http' | 'env' | 'limits' | 'log' | 'metrics' | 'persistedOperations' | 'clients' | 'browser'>,
  extras: YogaExtras = {},
): ClaimgraphYoga {
  const logger = extras.logger ?? createLogger(config.log);
  // Suggestions spell out the schema, which production does not reveal through introspection either.
  const hideSuggestions = config.env !== 'development';
  const persisted = PersistedManifest.read(config.persistedOperations.file);
  const browser = browserSafety(config.browser);
  const clients = new RequestClients();
  const registry = new Registry();
  const refusedWrites = new RefusedWriteLog();
  const yoga: ClaimgraphYoga = createYoga<Record<string, never>, RequestContext>({
    schema: buildSchema(),
    context: requestContextFactory(db, config.api, config.limits, clients, refusedWrites),
    graphqlEndpoint: GRAPHQL_ENDPOINT,
    cors: browser.cors,
    healthCheckEndpoint: '/health',
    landingPage: false,
    graphiql: config.http.graphiql ? { title: 'claimgraph', defaultQuery: EXAMPLE_QUERY } : false,
    // GraphiQL's page inlined from the package, so it works on machines without internet access.
    renderGraphiQL,
    maskedErrors: { maskError: (error) => maskError(error) },
    logging: yogaLogger(logger),
    batching: { limit: config.limits.batch },
    parserAndValidationCache: boundedDocumentCache(),
    plugins: [
      useRequestBodyLimit(config.limits.bodyBytes),
      // Before the gate, which lets it pass: the GraphQL request it makes goes through the gate and the rest.
      useClaimReviewRoute(() => yoga, GRAPHQL_ENDPOINT),
      useClientGate(db, config.clients, GRAPHQL_ENDPOINT, clients),
      ...browser.plugins,
      useRequestLogging(logger, { variables: config.log.variables, graphqlEndpoint: GRAPHQL_ENDPOINT, clients }),
      rejectMalformedParameters,
      usePersistedManifest(persisted, { only: config.persistedOperations.only }),
      ...metricsPlugins(registry, db, new OperationNameLabels(persisted.operationNames(), config.metrics.operationNames)),
      ...armorLimitPlugins(config.limits, { hideSuggestions }),
      useCostLimit({
        maxCost: config.limits.cost,
        maxPageSize: config.api.maxPageSize,
        heavyCost: config.limits.heavyCost,
        lane: new HeavyLane(config.limits.heavySlots),
        requestTimeoutMs: config.limits.requestTimeoutMs,
      }),
      ...(hideSuggestions ? [stripSuggestions] : []),
      knownRootTypes,
      useRefusedWriteLogging(logger, registry, refusedWrites),
      useRoleGuard(),
      ...(config.http.introspection ? [] : [useDisableIntrospection()]),
      // Cancellation first: the timeout joins the client's abort signal that it sets.
      useExecutionCancellation(),
      useRequestTimeout(config.limits.requestTimeoutMs),
      roundTripReport,
      useReadinessCheck({ endpoint: '/ready', check: () => db.ping() }),
    ],
  });
  return yoga;
}
