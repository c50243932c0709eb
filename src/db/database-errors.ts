import { Neo4jError } from 'neo4j-driver';

/** Failures of the database that callers may branch on, by code rather than by message text. */
export type DatabaseErrorCode = 'SERVICE_UNAVAILABLE' | 'TIMEOUT' | 'BAD_QUERY_INPUT';

export class DatabaseError extends Error {
  constructor(
    readonly code: DatabaseErrorCode,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = 'DatabaseError';
  }
}

const UNAVAILABLE = new Set(['ServiceUnavailable', 'SessionExpired']);

/**
 * Every pooled connection stayed busy past the driver's acquisition timeout. The driver gives this
 * error no code of its own, so its message is the only mark (neo4j-driver-core, internal/pool/pool.js).
 */
const POOL_EXHAUSTED = /^Connection acquisition timed out/;

/** Maps driver errors to typed ones; anything unrecognised is rethrown untouched (and masked upstream). */
export function toDatabaseError(error: unknown): unknown {
  if (!(error instanceof Neo4jError)) return error;
  if (UNAVAILABLE.has(error.code)) {
    return new DatabaseError('SERVICE_UNAVAILABLE', 'The graph database is unavailable; try again shortly', { cause: error });
  }
  if (POOL_EXHAUSTED.test(error.message)) {
    return new DatabaseError('SERVICE_UNAVAILABLE', 'The graph database is busy with other requests; try again shortly', { cause: error });
  }
  if (error.code.startsWith('Neo.ClientError.Transaction.TransactionTimedOut')) {
    return new DatabaseError('TIMEOUT', 'The query took longer than its time budget', { cause: error });
  }
  // The only procedures claimgraph calls are the full-text ones, whose failures come from parsing user text.
  if (error.code === 'Neo.ClientError.Procedure.ProcedureCallFailed') {
    return new DatabaseError('BAD_QUERY_INPUT', 'The search text could not be parsed', { cause: error });
  }
  return error;
}
