import type { ClaimgraphYoga } from '../../src/graphql/yoga';
import type { GraphQLResponse } from './graphql-harness';

export interface RawResponse {
  status: number;
  headers: Headers;
  body: GraphQLResponse;
}

/** A GraphQL POST through yoga in-process with the headers given, answered with its status and headers too. */
export async function postGraphQL(yoga: ClaimgraphYoga, query: string, headers: Record<string, string> = {}): Promise<RawResponse> {
  const response = await yoga.fetch('http://claimgraph.test/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/json', ...headers },
    body: JSON.stringify({ query }),
  });
  return { status: response.status, headers: response.headers, body: (await response.json()) as GraphQLResponse };
}
