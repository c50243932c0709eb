import neo4j, { type Driver, type ManagedTransaction } from 'neo4j-driver';
import type { CypherQuery } from './cypher-file';
import { toDatabaseError } from './database-errors';
import { toNeo4jParam, toPlainValue, type PlainValue } from './plain-value';

export type Row = Record<string, PlainValue>;
export type Params = Record<string, unknown>;

/** Called once per statement sent: how request contexts count round trips. */
export type QueryObserver = (query: CypherQuery) => void;

export interface DatabaseOptions {
  database: string;
  /** Time budget of a read transaction (an API request's statements). */
  txTimeoutMs: number;
  /** Time budget of a write transaction (a whole story version); defaults to txTimeoutMs. */
  writeTimeoutMs?: number;
}

/** What a write changed, summed over its statements, as the server counted it. */
export interface WriteCounters {
  nodesCreated: number;
  nodesDeleted: number;
  relationshipsCreated: number;
  relationshipsDeleted: number;
  propertiesSet: number;
}

/** A write transaction's handle: statements run in it commit or roll back together. */
export interface WriteTransaction {
  run(query: CypherQuery, params?: Params): Promise<Row[]>;
  readonly counters: WriteCounters;
}

const noChanges = (): WriteCounters => ({
  nodesCreated: 0,
  nodesDeleted: 0,
  relationshipsCreated: 0,
  relationshipsDeleted: 0,
  propertiesSet: 0,
});

/**
 * The one door through which claimgraph talks to Neo4j: managed transactions (retried by the
 * driver on transient failures), a timeout on each, plain values out, typed errors.
 */
export class Database {
  constructor(
    readonly driver: Driver,
    private readonly options: DatabaseOptions,
    private readonly observer?: QueryObserver,
  ) {}

  /** The same door with an observer, for a request that counts its own round trips. */
  observed(observer: QueryObserver): Database {
    return new Database(this.driver, this.options, observer);
  }

  async read(query: CypherQuery, params: Params = {}): Promise<Row[]> {
    return this.transaction('READ', (tx) => this.runIn(tx, query, params));
  }

  async write<T>(work: (tx: WriteTransaction) => Promise<T>): Promise<T> {
    return this.transaction('WRITE', (tx) => {
      // Fresh counters per attempt: the driver may retry the whole function on a transient failure.
      const counters = noChanges();
      return work({ run: (query, params = {}) => this.runIn(tx, query, params, counters), counters });
    });
  }

  /** Answers whether the server takes queries now; for readiness checks. */
  async ping(): Promise<boolean> {
    try {
      await this.read({ name: 'ping', text: 'RETURN 1 AS ok' });
      return true;
    } catch {
      return false;
    }
  }

  private async transaction<T>(mode: 'READ' | 'WRITE', work: (tx: ManagedTransaction) => Promise<T>): Promise<T> {
    const session = this.driver.session({
      database: this.options.database,
      defaultAccessMode: mode === 'READ' ? neo4j.session.READ : neo4j.session.WRITE,
    });
    const timeout = mode === 'WRITE' ? (this.options.writeTimeoutMs ?? this.options.txTimeoutMs) : this.options.txTimeoutMs;
    const config = { timeout, metadata: { app: 'claimgraph' } };
    try {
      return mode === 'READ' ? await session.executeRead(work, config) : await session.executeWrite(work, config);
    } catch (error) {
      throw toDatabaseError(error);
    } finally {
      await session.close();
    }
  }

  private async runIn(tx: ManagedTransaction, query: CypherQuery, params: Params, counters?: WriteCounters): Promise<Row[]> {
    this.observer?.(query);
    const result = await tx.run(query.text, toNeo4jParam(params) as Params);
    if (counters) {
      const updates = result.summary.counters.updates();
      counters.nodesCreated += updates.nodesCreated;
      counters.nodesDeleted += updates.nodesDeleted;
      counters.relationshipsCreated += updates.relationshipsCreated;
      counters.relationshipsDeleted += updates.relationshipsDeleted;
      counters.propertiesSet += updates.propertiesSet;
    }
    return result.records.map((record) => {
      const row: Row = {};
      for (const key of record.keys) row[String(key)] = toPlainValue(record.get(key));
      return row;
    });
  }
}

export interface Neo4jConnection {
  uri: string;
  user: string;
  password: string;
}

/** A driver with a bounded pool and plain JS numbers (story graphs hold no integers beyond 2^53). */
export function createDriver(connection: Neo4jConnection): Driver {
  return neo4j.driver(connection.uri, neo4j.auth.basic(connection.user, connection.password), {
    maxConnectionPoolSize: 50,
    connectionAcquisitionTimeout: 10_000,
    connectionTimeout: 5_000,
    // Transient failures are retried this long; the 30 s default held every request and /ready that long while Neo4j was down.
    maxTransactionRetryTime: 2_000,
    disableLosslessIntegers: true,
    userAgent: 'claimgraph',
  });
}
