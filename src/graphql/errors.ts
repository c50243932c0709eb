import { GraphQLError } from 'graphql';
import type { z } from 'zod';
import { DatabaseError } from '../db/database-errors';
import { VersionConflictError } from '../ingest/write-story-graph';

/** The stable codes clients may branch on, in `errors[].extensions.code`. */
export type ErrorCode =
  | 'BAD_USER_INPUT'
  | 'NOT_FOUND'
  | 'SERVICE_UNAVAILABLE'
  | 'TIMEOUT'
  | 'RESULT_TOO_LARGE'
  | 'PAYLOAD_TOO_LARGE'
  | 'INTERNAL_SERVER_ERROR'
  | 'UNAUTHENTICATED'
  | 'FORBIDDEN'
  | 'CONFLICT'
  | 'RATE_LIMITED';

export const apiError = (code: ErrorCode, message: string, extensions: Record<string, unknown> = {}) =>
  new GraphQLError(message, { extensions: { ...extensions, code } });

export const notFound = (type: string, id: string) => apiError('NOT_FOUND', `No ${type} with id "${id}"`, { id });

/** Zod's findings as one BAD_USER_INPUT error that lists every problem with the argument path. */
export function badInput(error: z.ZodError, argument: string): GraphQLError {
  const problems = error.issues.map((issue) => ({ path: [argument, ...issue.path].join('.'), message: issue.message }));
  const summary = problems.map((p) => `${p.path}: ${p.message}`).join('; ');
  return apiError('BAD_USER_INPUT', `Invalid argument ${summary}`, { problems });
}

const DATABASE_CODES: Record<DatabaseError['code'], ErrorCode> = {
  SERVICE_UNAVAILABLE: 'SERVICE_UNAVAILABLE',
  TIMEOUT: 'TIMEOUT',
  BAD_QUERY_INPUT: 'BAD_USER_INPUT',
};

/**
 * Yoga's error mask: our own coded errors and known database failures pass with their code;
 * anything else is a bug whose details stay in the server log (yoga logs the original), not in the response.
 */
export function maskError(error: unknown): Error {
  const original = error instanceof GraphQLError ? (error.originalError ?? error) : error;
  const path = error instanceof GraphQLError ? error.path : undefined;
  const locations = error instanceof GraphQLError ? error.nodes : undefined;
  if (original instanceof GraphQLError) {
    if (typeof original.extensions.code === 'string') return error instanceof GraphQLError ? error : original;
    // Uncoded GraphQL errors come from graphql-js checking the request (a variable of the wrong type):
    // the client's mistake, said in graphql-js's own words.
    const message = error instanceof GraphQLError ? error.message : original.message;
    return new GraphQLError(message, { nodes: locations, path, extensions: { code: 'BAD_USER_INPUT' } });
  }
  if (original instanceof DatabaseError || original instanceof VersionConflictError) {
    const code = original instanceof DatabaseError ? DATABASE_CODES[original.code] : 'BAD_USER_INPUT';
    return new GraphQLError(original.message, { nodes: locations, path, extensions: { code } });
  }
  return new GraphQLError('Unexpected error.', { nodes: locations, path, extensions: { code: 'INTERNAL_SERVER_ERROR' } });
}
