import type { Config } from '../config/config';
import type { Database } from '../db/database';
import { createLoaders, type Loaders } from './loaders/create-loaders';

export interface RequestContext {
  db: Database;
  loaders: Loaders;
  api: Config['api'];
  /** Statements this request has sent to Neo4j so far. */
  roundTrips: () => number;
}

/** Builds each request's context: its own round-trip counter, and loaders that batch per request. */
export function requestContextFactory(db: Database, api: Config['api']): () => RequestContext {
  return () => {
    let sent = 0;
    const observed = db.observed(() => {
      sent += 1;
    });
    return { db: observed, loaders: createLoaders(observed), api, roundTrips: () => sent };
  };
}
