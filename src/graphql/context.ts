import { setMaxListeners } from 'node:events';
import type { ApiKeyIdentity } from '../api-keys/api-key-store';
import type { Config } from '../config/config';
import type { Database } from '../db/database';
import type { RefusedWriteLog } from '../observability/refused-write-log';
import type { RequestClients } from './clients/request-clients';
import { createCurationLoaders, type CurationLoaders } from './curation/curation-loaders';
import { ExecutionGuard } from './execution-guard';
import { createLoaders, type Loaders } from './loaders/create-loaders';

export interface RequestContext {
  db: Database;
  loaders: Loaders;
  api: Config['api'];
  /** Statements this request has sent to Neo4j so far. */
  roundTrips: () => number;
  /**
   * Aborted when the request must stop (over its time budget, or its client gone): execution stops,
   * and so do the request's Neo4j transactions, the running one rolled back by the server.
   */
  cancellation: AbortController;
  /** The request's result bounds and deadline, which every object and list field reports to. */
  guard: ExecutionGuard;
  /** The API key the request came with (role-guard.ts checks its role); null for an anonymous request. */
  client: ApiKeyIdentity | null;
  /** Curation read per request: items' revisions, verdicts, reliability and retraction. */
  curation: CurationLoaders;
  /** The process's newest refused write attempts (Query.refusedWrites). */
  refusedWrites: RefusedWriteLog;
}

/** Builds each request's context: its own round-trip counter, cancellation, and loaders that batch per request. */
export function requestContextFactory(
  db: Database,
  api: Config['api'],
  limits: Config['limits'],
  clients: RequestClients,
  refusedWrites: RefusedWriteLog,
): (initial: { request: Request }) => RequestContext {
  return ({ request }) => {
    let sent = 0;
    const cancellation = new AbortController();
    // The database door listens once per statement in flight and stops when the statement ends; a
    // wave over many fields has more than Node's default of 10 in flight at once, and that is no leak.
    setMaxListeners(0, cancellation.signal);
    const observed = db.observed(() => {
      sent += 1;
    }, cancellation.signal);
    const guard = new ExecutionGuard(limits, cancellation);
    return {
      db: observed,
      loaders: createLoaders(observed),
      api,
      roundTrips: () => sent,
      cancellation,
      guard,
      client: clients.of(request),
      curation: createCurationLoaders(observed),
      refusedWrites,
    };
  };
}
