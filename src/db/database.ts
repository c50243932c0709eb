import neo4j, { type Driver, type Result, type Session, type SessionConfig } from 'neo4j-driver';
import { DEFAULT_POOL_SIZE } from '../config/config';
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
  /** The bound the driver's pool was made with (createDriver), for the metrics; DEFAULT_POOL_SIZE if not given. */
  poolSize?: number;
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

const PING: CypherQuery = { name: 'ping', text: 'RETURN 1 AS ok' };

/** Metadata names claimgraph's transactions in the server's SHOW TRANSACTIONS and query log. */
const transactionConfig = (timeout: number) => ({ timeout, metadata: { app: 'claimgraph' } });

const noChanges = (): WriteCounters => ({
  nodesCreated: 0,
  nodesDeleted: 0,
  relationshipsCreated: 0,
  relationshipsDeleted: 0,
  propertiesSet: 0,
});

/** Sessions open at the door by access mode, each holding (or waiting for) one pooled connection. */
export interface SessionsInFlight {
  READ: number;
  WRITE: number;
}

/** One attempt, no retries: a readiness probe must hear "no" within a second, not after the retry budget. */
const PING_TIMEOUT_MS = 1_000;

type AccessMode = keyof SessionsInFlight;

/** Sends one statement: in a session (auto-commit) or in a transaction. */
type StatementRunner = (text: string, params: Params) => Result;

/**
 * The one door through which claimgraph talks to Neo4j: reads as auto-commit statements, writes as
 * managed transactions (retried by the driver on transient failures), a timeout on each, plain
 * values out, typed errors.
 */
export class Database {
  private observer?: QueryObserver;
  private signal?: AbortSignal;
  /** Shared by every copy of the door made for a request, so the count covers the whole process. */
  private inFlight: SessionsInFlight = { READ: 0, WRITE: 0 };

  constructor(
    readonly driver: Driver,
    private readonly options: DatabaseOptions,
  ) {}

  /**
   * The same door for one request: `observer` counts its round trips, and aborting `signal` ends its
   * transactions (the session is closed, which makes the server roll back the one running) and
   * refuses new ones with the signal's reason.
   */
  observed(observer: QueryObserver, signal?: AbortSignal): Database {
    const scoped = new Database(this.driver, this.options);
    scoped.observer = observer;
    scoped.signal = signal;
    scoped.inFlight = this.inFlight;
    return scoped;
  }

  /** Connections the driver's pool holds at most: sessions in flight beyond it wait for one. */
  get poolSize(): number {
    return this.options.poolSize ?? DEFAULT_POOL_SIZE;
  }

  /** Sessions open now, by access mode, over every request. */
  sessionsInFlight(): Readonly<SessionsInFlight> {
    return this.inFlight;
  }

  /**
   * One statement in an auto-commit transaction: the server commits as it answers, where a managed
   * transaction costs a COMMIT round trip more. The driver retries it once at most, and only for a
   * failure the server marks idempotent: a refused connection fails the read at once.
   */
  async read(query: CypherQuery, params: Params = {}): Promise<Row[]> {
    const config = transactionConfig(this.options.txTimeoutMs);
    return this.withSession('READ', this.signal, (session) => this.runIn((text, values) => session.run(text, values, config), query, params));
  }

  async write<T>(work: (tx: WriteTransaction) => Promise<T>): Promise<T> {
    const config = transactionConfig(this.options.writeTimeoutMs ?? this.options.txTimeoutMs);
    return this.withSession('WRITE', this.signal, (session) =>
      session.executeWrite((tx) => {
        // Fresh counters per attempt: the driver may retry the whole function on a transient failure.
        const counters = noChanges();
        return work({ run: (query, params = {}) => this.runIn((text, values) => tx.run(text, values), query, params, counters), counters });
      }, config),
    );
  }

  /** Answers whether the server takes a query within a second; for readiness checks. */
  async ping(): Promise<boolean> {
    try {
      await this.withSession(
        'READ',
        AbortSignal.timeout(PING_TIMEOUT_MS),
        async (session) => {
          await session.run(PING.text, {}, { timeout: PING_TIMEOUT_MS });
        },
        { disableAutoCommitRetries: true },
      );
      return true;
    } catch {
      return false;
    }
  }

  /**
   * Runs `work` in a session of its own. An abort answers at once with its reason and closes the
   * session without waiting: closing sends the server a reset, which terminates the running
   * transaction instead of leaving it to its timeout.
   */
  private async withSession<T>(
    mode: AccessMode,
    signal: AbortSignal | undefined,
    work: (session: Session) => Promise<T>,
    extra: Pick<SessionConfig, 'disableAutoCommitRetries'> = {},
  ): Promise<T> {
    signal?.throwIfAborted();
    const session = this.driver.session({
      database: this.options.database,
      defaultAccessMode: mode === 'READ' ? neo4j.session.READ : neo4j.session.WRITE,
      ...extra,
    });
    this.inFlight[mode] += 1;
    let closing: Promise<void> | undefined;
    const close = () => {
      closing ??= session.close().finally(() => {
        this.inFlight[mode] -= 1;
      });
      return closing;
    };
    let onAbort = () => {};
    const aborted = new Promise<never>((_, reject) => {
      onAbort = () => {
        void close();
        reject(signal?.reason);
      };
    });
    signal?.addEventListener('abort', onAbort, { once: true });
    try {
      return await Promise.race([work(session), aborted]);
    } catch (error) {
      throw toDatabaseError(error);
    } finally {
      signal?.removeEventListener('abort', onAbort);
      // After an abort the reset goes on in the background: the caller has its answer already.
      if (!closing) await close();
    }
  }

  private async runIn(run: StatementRunner, query: CypherQuery, params: Params, counters?: WriteCounters): Promise<Row[]> {
    this.observer?.(query);
    const result = await run(query.text, toNeo4jParam(params) as Params);
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
export function createDriver(connection: Neo4jConnection, poolSize = DEFAULT_POOL_SIZE): Driver {
  return neo4j.driver(connection.uri, neo4j.auth.basic(connection.user, connection.password), {
    maxConnectionPoolSize: poolSize,
    connectionAcquisitionTimeout: 10_000,
    connectionTimeout: 5_000,
    // Writes (managed transactions) retry transient failures this long; the 30 s default held a write that long while Neo4j was down.
    maxTransactionRetryTime: 2_000,
    disableLosslessIntegers: true,
    userAgent: 'claimgraph',
  });
}
