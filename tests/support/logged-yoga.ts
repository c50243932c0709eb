import { Writable } from 'node:stream';
import { loadConfig } from '../../src/config/config';
import type { Database } from '../../src/db/database';
import { buildYoga, type ClaimgraphYoga } from '../../src/graphql/yoga';
import { createLogger } from '../../src/observability/logger';

export type LogLine = Record<string, unknown>;

/** A stream for a logger whose lines land in `lines`, parsed. */
export function logSink(): { sink: Writable; lines: LogLine[] } {
  const lines: LogLine[] = [];
  const sink = new Writable({
    write(chunk: Buffer, _encoding, done) {
      lines.push(...chunk.toString('utf8').trim().split('\n').map((line) => JSON.parse(line) as LogLine));
      done();
    },
  });
  return { sink, lines };
}

/** A yoga over `db` whose log lines, down to debug, land in an array, parsed. */
export function loggedYoga(db: Database, env: NodeJS.ProcessEnv = {}): { yoga: ClaimgraphYoga; lines: LogLine[] } {
  const { sink, lines } = logSink();
  const config = loadConfig({ ...process.env, NODE_ENV: 'test', ...env });
  return { yoga: buildYoga(db, config, { logger: createLogger({ ...config.log, level: 'debug' }, sink) }), lines };
}

export const requestLines = (lines: LogLine[]) => lines.filter((line) => line.msg === 'request');
