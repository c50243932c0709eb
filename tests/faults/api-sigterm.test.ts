import { once } from 'node:events';
import http from 'node:http';
import { graphqlUrlOf, startUp } from '../support/claimgraph-up';
import type { GraphQLResponse } from '../support/graphql-harness';
import { resetDatabase, withTestDriver } from '../setup/test-neo4j';

/**
 * `claimgraph up` told to stop (SIGTERM, as a container runtime or systemd does) while a request is
 * in flight: the request still gets its answer and the process exits 0.
 */

const STARTUP_TIMEOUT_MS = 120_000;

/**
 * A POST whose body is held back until `send` is called. `Expect: 100-continue` makes the server
 * acknowledge the headers first, so when `accepted` resolves the request is provably in flight
 * inside the server rather than still on its way.
 */
function heldRequest(url: URL, body: string) {
  const request = http.request(url, {
    method: 'POST',
    agent: false,
    headers: {
      'content-type': 'application/json',
      accept: 'application/json',
      'content-length': Buffer.byteLength(body),
      expect: '100-continue',
    },
  });
  const accepted = once(request, 'continue');
  const response = new Promise<{ status: number; text: string }>((resolve, reject) => {
    request.once('error', reject);
    request.once('response', (incoming) => {
      let text = '';
      incoming.setEncoding('utf8');
      incoming.on('data', (chunk: string) => (text += chunk));
      incoming.once('end', () => resolve({ status: incoming.statusCode ?? 0, text }));
      incoming.once('error', reject);
    });
  });
  request.flushHeaders();
  return { accepted, response, send: () => request.end(body) };
}

// `up` migrates (or refuses) a graph of stories another suite left unmarked; an empty one it only marks.
beforeAll(() => withTestDriver(resetDatabase));

test(
  'SIGTERM lets the request in flight finish with 200, refuses new connections, and exits 0',
  async () => {
    const up = startUp();
    try {
      const url = await graphqlUrlOf(up);

      const held = heldRequest(url, JSON.stringify({ query: '{ stories(first: 5) { totalCount nodes { id title } } }' }));
      await held.accepted;
      up.child.kill('SIGTERM');
      await up.waitFor(/SIGTERM: finishing in-flight requests/);

      await expect(fetch(url, { method: 'POST' })).rejects.toThrow();
      held.send();
      const { status, text } = await held.response;
      expect(status).toBe(200);
      const body = JSON.parse(text) as GraphQLResponse<{ stories: { totalCount: number } }>;
      expect(body.errors).toBeUndefined();
      expect(typeof body.data?.stories.totalCount).toBe('number');

      expect(await up.exit).toEqual({ code: 0, signal: null });
      expect(up.stderr()).not.toMatch(/shutdown failed/);
    } finally {
      if (up.child.exitCode === null && up.child.signalCode === null) up.child.kill('SIGKILL');
    }
  },
  STARTUP_TIMEOUT_MS,
);
