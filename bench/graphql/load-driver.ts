import autocannon from 'autocannon';
import { z } from 'zod';
import { LimitAnswer, type LimitRows } from './limit-statements';
import type { Variables } from './workloads';

/**
 * Drives one API with one operation: autocannon over keep-alive connections, each request taking
 * the next variable set of the pool in turn. Errors are transport errors, timeouts, non-2xx answers,
 * and 200 answers that carry GraphQL `errors` (which HTTP-level tools would count as successes).
 */

export interface LoadFigures {
  connections: number;
  seconds: number;
  requests: number;
  requestsPerSecond: number;
  p50: number;
  p99: number;
  errors: number;
}

/** A request body per variable set; bodies are built once so building them is not measured. */
export function requestBodies(query: string, pool: readonly Variables[]): string[] {
  return pool.length === 0 ? [JSON.stringify({ query })] : pool.map((variables) => JSON.stringify({ query, variables }));
}

/** A 200 answer whose body has an `errors` key: inside JSON strings a quote is always escaped. */
const hasGraphqlErrors = (body: string) => body.includes('"errors":[');

export async function drive(url: string, bodies: readonly string[], connections: number, seconds: number): Promise<LoadFigures> {
  let next = 0;
  let graphqlErrors = 0;
  const result = await autocannon({
    url,
    connections,
    duration: seconds,
    timeout: 30,
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/json' },
    requests: [
      {
        method: 'POST',
        setupRequest: (request) => ({ ...request, body: bodies[next++ % bodies.length] ?? '' }),
        onResponse: (status, body) => {
          if (status === 200 && hasGraphqlErrors(body)) graphqlErrors += 1;
        },
      },
    ],
  });
  const requests = result.requests.total;
  return {
    connections,
    seconds: result.duration,
    requests,
    requestsPerSecond: requests / result.duration,
    p50: result.latency.p50,
    p99: result.latency.p99,
    errors: result.errors + result.non2xx + graphqlErrors,
  };
}

const GraphqlAnswer = z.object({
  data: z.unknown().optional(),
  errors: z.array(z.object({ message: z.string() })).optional(),
  extensions: z.object({ neo4jRoundTrips: z.number().optional() }).passthrough().optional(),
});
export type GraphqlAnswer = z.infer<typeof GraphqlAnswer>;

/** One request, its answer parsed: for the agreement check and round-trip samples, never under load. */
export async function ask(url: string, body: string): Promise<GraphqlAnswer> {
  const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', accept: 'application/json' }, body });
  const answer = GraphqlAnswer.parse(await response.json());
  if (answer.errors?.length) throw new Error(`${url} answered with errors: ${answer.errors.map((e) => e.message).join('; ')}`);
  return answer;
}

/** One request to the limit server: its rows, or the statement's error. */
export async function askLimit(url: string, body: string): Promise<LimitRows> {
  const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
  if (!response.ok) throw new Error(`${url} answered ${response.status}: ${await response.text()}`);
  return LimitAnswer.parse(await response.json()).rows;
}
