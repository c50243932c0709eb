import pino, { type DestinationStream, type Logger } from 'pino';
import type { Config } from '../config/config';

export type { Logger };

/** The process's structured logger: one JSON object per line on stdout, or on `destination` (tests). */
export function createLogger(log: Config['log'], destination?: DestinationStream): Logger {
  const options = { level: log.level, base: { service: 'claimgraph' }, timestamp: pino.stdTimeFunctions.isoTime };
  return destination ? pino(options, destination) : pino(options);
}
