import net from 'node:net';
import { loadConfig } from '../../src/config/config';
import { createDriver, Database } from '../../src/db/database';
import { buildYoga } from '../../src/graphql/yoga';
import { freePort } from '../support/disposable-neo4j';

/**
 * /ready answers 503 within a readiness probe's patience whatever state Neo4j is in: its ping is one
 * attempt with a one-second deadline, not a transaction retried for the driver's retry budget.
 */

/** Generous for a loaded machine; the retried transaction it replaced took 2-3 s, a silent server 5 s and more. */
const READY_WITHIN_MS = 2_000;

async function readiness(uri: string): Promise<{ status: number; ms: number }> {
  const driver = createDriver({ uri, user: 'neo4j', password: 'unused' });
  try {
    const yoga = buildYoga(new Database(driver, { database: 'neo4j', txTimeoutMs: 15_000 }), loadConfig({ NODE_ENV: 'test' }));
    // The first request of a yoga sets up its plugins; the time measured is the readiness check's.
    await yoga.fetch('http://claimgraph.test/health');
    const started = Date.now();
    const response = await yoga.fetch('http://claimgraph.test/ready');
    return { status: response.status, ms: Date.now() - started };
  } finally {
    await driver.close();
  }
}

test('/ready answers 503 quickly when nothing listens at the database address', async () => {
  const { status, ms } = await readiness(`bolt://127.0.0.1:${await freePort()}`);
  expect({ status, quick: ms < READY_WITHIN_MS }).toEqual({ status: 503, quick: true });
});

describe('a database address that takes connections and never answers', () => {
  const silent = net.createServer();
  const sockets = new Set<net.Socket>();
  silent.on('connection', (socket) => sockets.add(socket));
  beforeAll(() => new Promise<void>((resolve) => silent.listen(0, '127.0.0.1', resolve)));
  afterAll(async () => {
    for (const socket of sockets) socket.destroy();
    await new Promise((resolve) => silent.close(resolve));
  });

  test('/ready answers 503 within its deadline rather than the driver connection timeout', async () => {
    const { port } = silent.address() as net.AddressInfo;
    const { status, ms } = await readiness(`bolt://127.0.0.1:${port}`);
    expect({ status, quick: ms < READY_WITHIN_MS }).toEqual({ status: 503, quick: true });
  });
});
