import { readFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';

/**
 * The limit column's statements: for each workload, one hand-written Cypher statement giving the
 * same answer as claimgraph's operation, in bench/limits/<workload>.cypher. Run through the bare
 * driver (serve-api.ts limit), they bound what any API over this graph could reach.
 */

export const LIMIT_WORKLOADS = ['dashboard', 'researcher', 'fact-checker', 'search', 'corroboration', 'retraction-impact', 'actor-contradictions'] as const;

const LIMITS_DIRECTORY = path.join(__dirname, '..', 'limits');

export const limitStatement = (workload: string) => readFileSync(path.join(LIMITS_DIRECTORY, `${workload}.cypher`), 'utf8');

/** What the limit server is asked: a workload's statement with one variable set. */
export const LimitRequest = z.object({ workload: z.string(), variables: z.record(z.string(), z.string()) });

/** The limit server's answer: the statement's records as plain objects (integers as numbers). */
export const LimitAnswer = z.object({ rows: z.array(z.record(z.string(), z.unknown())) });
export type LimitRows = z.infer<typeof LimitAnswer>['rows'];

export const limitBody = (workload: string, variables: Record<string, string>) => JSON.stringify({ workload, variables });
