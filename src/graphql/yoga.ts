import { renderGraphiQL } from '@graphql-yoga/render-graphiql';
import { createYoga, useReadinessCheck, type Plugin, type YogaServerInstance } from 'graphql-yoga';
import type { Config } from '../config/config';
import type { Database } from '../db/database';
import { requestContextFactory, type RequestContext } from './context';
import { maskError } from './errors';
import { buildSchema } from './schema';

const EXAMPLE_QUERY = `# claimgraph: try the story's tensions and who says what.
query Tensions {
  stories(first: 5) {
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

/** Builds the GraphQL server without listening, so tests call `yoga.fetch` in-process. */
export function buildYoga(db: Database, config: Pick<Config, 'api' | 'http' | 'env'>): ClaimgraphYoga {
  return createYoga<Record<string, never>, RequestContext>({
    schema: buildSchema(),
    context: requestContextFactory(db, config.api),
    graphqlEndpoint: '/graphql',
    healthCheckEndpoint: '/health',
    landingPage: false,
    graphiql: config.http.graphiql ? { title: 'claimgraph', defaultQuery: EXAMPLE_QUERY } : false,
    // GraphiQL's page inlined from the package, so it works on machines without internet access.
    renderGraphiQL,
    maskedErrors: { maskError: (error, _message, isDev) => maskError(error, Boolean(isDev)) },
    logging: config.env === 'test' ? false : 'info',
    plugins: [
      roundTripReport,
      useReadinessCheck({ endpoint: '/ready', check: () => db.ping() }),
    ],
  });
}
