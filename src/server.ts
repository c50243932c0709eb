import { createServer, type Server } from 'node:http';
import type { Config } from './config/config';
import type { Database } from './db/database';
import { buildYoga } from './graphql/yoga';

export interface RunningServer {
  url: string;
  /** Stops taking connections, lets in-flight requests finish, then closes the driver. */
  close(): Promise<void>;
}

/** Serves the GraphQL API over HTTP until closed. */
export async function startServer(db: Database, config: Config): Promise<RunningServer> {
  const yoga = buildYoga(db, config);
  const server: Server = createServer(yoga);
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(config.http.port, config.http.host, resolve);
  });
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : config.http.port;
  const host = config.http.host === '127.0.0.1' || config.http.host === '0.0.0.0' ? 'localhost' : config.http.host;
  return {
    url: `http://${host}:${port}${yoga.graphqlEndpoint}`,
    close: async () => {
      await new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        server.closeIdleConnections();
      });
      await db.driver.close();
    },
  };
}

/** Closes the server on SIGINT/SIGTERM and exits 0 once in-flight requests are done. */
export function closeOnSignals(server: RunningServer, log: (line: string) => void): void {
  let closing = false;
  const shutdown = (signal: NodeJS.Signals) => {
    if (closing) return;
    closing = true;
    log(`${signal}: finishing in-flight requests, then stopping`);
    server.close().then(
      () => process.exit(0),
      (error: unknown) => {
        log(`shutdown failed: ${String(error)}`);
        process.exit(1);
      },
    );
  };
  process.once('SIGINT', shutdown);
  process.once('SIGTERM', shutdown);
}
