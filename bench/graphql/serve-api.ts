import { readFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type RequestListener, type ServerResponse } from 'node:http';
import path from 'node:path';
import { Neo4jGraphQL } from '@neo4j/graphql';
import { createSchema, createYoga } from 'graphql-yoga';
import neo4j, { type Driver } from 'neo4j-driver';
import { loadConfig } from '../../src/config/config';
import { openDatabase } from '../../src/db/connect';
import { startServer } from '../../src/server';
import { UNLIMITED_CLIENTS } from '../unlimited-clients';
import { LIMIT_WORKLOADS, LimitRequest, limitStatement } from './limit-statements';
import { observedDriver } from './observed-driver';

/**
 * One API under test, in a process of its own so that the load driver, the API and Neo4j do not
 * share an event loop: `serve-api.ts claimgraph|peer|hello|limit`. Connects with BENCH_NEO4J_URI,
 * BENCH_NEO4J_USER and BENCH_NEO4J_PASSWORD, listens on a free loopback port, prints
 * `LISTENING <graphql url>` on stdout, and stops on SIGTERM.
 */

export const API_KINDS = ['claimgraph', 'peer', 'hello', 'limit'] as const;
export type ApiKind = (typeof API_KINDS)[number];

/** Where the peer reports how many statements it has sent to Neo4j so far (it has no extensions of its own). */
export const STATEMENTS_PATH = '/bench/neo4j-statements';

const PEER_TYPE_DEFS = path.join(__dirname, 'peer-type-defs.graphql');

/** @neo4j/graphql over the benchmark's type definitions. */
export const peerLibrary = (driver: Driver) => new Neo4jGraphQL({ typeDefs: readFileSync(PEER_TYPE_DEFS, 'utf8'), driver });
const log = (line: string) => process.stderr.write(`${line}\n`);

function connection() {
  const { BENCH_NEO4J_URI: uri, BENCH_NEO4J_USER: user = 'neo4j', BENCH_NEO4J_PASSWORD: password } = process.env;
  if (!uri || !password) throw new Error('BENCH_NEO4J_URI and BENCH_NEO4J_PASSWORD must be set');
  return { uri, user, password };
}

async function listen(handler: RequestListener): Promise<{ url: string; close: () => Promise<void> }> {
  const server = createServer(handler);
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', resolve);
  });
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    url: `http://127.0.0.1:${port}/graphql`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

/** claimgraph exactly as `claimgraph up` serves it against a server the user runs. */
async function serveClaimgraph() {
  const { uri, user, password } = connection();
  const config = loadConfig({
    ...process.env,
    NODE_ENV: 'production',
    HOST: '127.0.0.1',
    PORT: '0',
    NEO4J_URI: uri,
    NEO4J_USER: user,
    NEO4J_PASSWORD: password,
    CLAIMGRAPH_SEED: 'false',
    CLAIMGRAPH_GRAPHIQL: 'false',
    // The agreement check's first requests meet a server just started (cold JVM, plans not yet compiled): on a
    // busy machine planning the larger statements took longer than the default 30 s budget. Not a bound on any cell.
    CLAIMGRAPH_REQUEST_TIMEOUT_MS: '120000',
    // BENCH_CLIENT_LIMITS=defaults measures the per-client limits a deployment has (bench/bounded-api.ts starve).
    ...(process.env.BENCH_CLIENT_LIMITS === 'defaults' ? {} : UNLIMITED_CLIENTS),
  });
  // The bench wrote its corpus with this claimgraph's writer, unmarked: nothing to migrate.
  const db = await openDatabase(config, log);
  const server = await startServer(db, config);
  return { url: server.url.replace('localhost', '127.0.0.1'), close: () => server.close() };
}

/** The same pool and timeouts as claimgraph's driver. */
const benchDriver = (userAgent: string, options: { disableLosslessIntegers?: boolean } = {}): Driver => {
  const { uri, user, password } = connection();
  return neo4j.driver(uri, neo4j.auth.basic(user, password), {
    maxConnectionPoolSize: 50,
    connectionAcquisitionTimeout: 10_000,
    connectionTimeout: 5_000,
    userAgent,
    ...options,
  });
};

async function servePeer() {
  // Integers left as the library expects them.
  const driver = benchDriver('claimgraph-bench-peer');
  // Counted rather than assumed: @neo4j/graphql sends one statement per root field, and more on its first request.
  let statements = 0;
  const counting = observedDriver(driver, () => {
    statements += 1;
  });
  const library = peerLibrary(counting);
  await library.checkNeo4jCompat();
  const yoga = createYoga({ schema: await library.getSchema(), graphqlEndpoint: '/graphql', landingPage: false, graphiql: false });
  const server = await listen((request: IncomingMessage, response: ServerResponse) => {
    if (request.url === STATEMENTS_PATH) {
      response.end(String(statements));
      return;
    }
    void yoga(request, response);
  });
  return { url: server.url, close: async () => (await server.close(), await driver.close()) };
}

/**
 * The limit: each workload's hand-written statement (bench/limits/<workload>.cypher) through the bare
 * driver, behind the least HTTP that the load driver can measure like the APIs. It takes
 * `{ workload, variables }` and answers `{ rows }`, the records as plain objects.
 */
async function serveLimit() {
  const driver = benchDriver('claimgraph-bench-limit', { disableLosslessIntegers: true });
  const statements = new Map<string, string>(LIMIT_WORKLOADS.map((name) => [name, limitStatement(name)]));
  const server = await listen((request: IncomingMessage, response: ServerResponse) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      void (async () => {
        try {
          const { workload, variables } = LimitRequest.parse(JSON.parse(Buffer.concat(chunks).toString('utf8')));
          const text = statements.get(workload);
          if (text === undefined) throw new Error(`no limit statement for ${workload}`);
          const session = driver.session({ database: 'neo4j', defaultAccessMode: neo4j.session.READ });
          try {
            const result = await session.executeRead((tx) => tx.run(text, variables));
            response.setHeader('content-type', 'application/json');
            response.end(JSON.stringify({ rows: result.records.map((record) => record.toObject()) }));
          } finally {
            await session.close();
          }
        } catch (error) {
          response.statusCode = 500;
          response.end(JSON.stringify({ error: error instanceof Error ? error.message : String(error) }));
        }
      })();
    });
  });
  return { url: server.url, close: async () => (await server.close(), await driver.close()) };
}

/** graphql-yoga with nothing behind it: the floor any yoga server stands on. */
async function serveHello() {
  const schema = createSchema({ typeDefs: 'type Query { hello: String! }', resolvers: { Query: { hello: () => 'world' } } });
  const yoga = createYoga({ schema, graphqlEndpoint: '/graphql', landingPage: false, graphiql: false });
  return listen((request, response) => void yoga(request, response));
}

async function main(kind: string | undefined): Promise<void> {
  const serve = { claimgraph: serveClaimgraph, peer: servePeer, hello: serveHello, limit: serveLimit }[kind as ApiKind];
  if (!serve) throw new Error(`usage: serve-api.ts ${API_KINDS.join('|')}`);
  const server = await serve();
  process.stdout.write(`LISTENING ${server.url}\n`);
  process.once('SIGTERM', () => {
    server.close().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  });
}

if (require.main === module) {
  main(process.argv[2]).catch((error: unknown) => {
    log(error instanceof Error ? (error.stack ?? error.message) : String(error));
    process.exit(1);
  });
}
