import path from 'node:path';
import type { Config } from '../../config/config';
import { homeLayout } from './home-layout';

/**
 * The neo4j.conf of a local server. Pure, so the exact settings are unit-tested;
 * the file is rewritten before every start, so editing it by hand has no lasting effect.
 */
export function renderNeo4jConf(options: Config['localNeo4j']): string {
  if (!path.isAbsolute(options.home) || /[\r\n]/.test(options.home)) {
    throw new Error(`Neo4j home must be an absolute path on one line, got ${JSON.stringify(options.home)}`);
  }
  const layout = homeLayout(options.home);
  const settings: [string, string][] = [
    // Loopback only: the password sits in a plain file, so the server must not be reachable from the network.
    ['server.default_listen_address', '127.0.0.1'],
    ['server.bolt.listen_address', `127.0.0.1:${options.boltPort}`],
    ['server.http.enabled', 'false'],
    ['server.https.enabled', 'false'],
    ['server.memory.heap.initial_size', options.heap],
    ['server.memory.heap.max_size', options.heap],
    ['server.memory.pagecache.size', options.pageCache],
    ['dbms.usage_report.enabled', 'false'],
    // A safety net against runaway queries; the API sets its own, shorter, per-transaction timeout.
    ['db.transaction.timeout', '60s'],
    ['server.directories.data', layout.data],
    ['server.directories.logs', layout.logs],
    ['server.directories.plugins', layout.plugins],
    // Netty waits out a 5 s quiet period twice on shutdown; without it a stop takes ~2 s instead of ~12 s.
    // Internal settings may change between releases: the version is pinned, and strict config validation
    // would refuse to start on one that no longer exists rather than ignore it.
    ['internal.dbms.bolt.netty_server_shutdown_quiet_period', '0'],
    ['internal.dbms.bolt.netty_server_shutdown_timeout', '5s'],
  ];
  const body = settings.map(([key, value]) => `${key}=${value}`).join('\n');
  return `# Written by claimgraph from its configuration before every start.\n${body}\n`;
}

/** The Bolt port a written neo4j.conf listens on: a running server keeps the port it started with. */
export function boltPortInConf(conf: string): number | undefined {
  const match = /^server\.bolt\.listen_address=[^\n]*:(\d+)\s*$/m.exec(conf);
  return match?.[1] ? Number(match[1]) : undefined;
}
