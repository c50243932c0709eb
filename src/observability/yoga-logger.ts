import { format } from 'node:util';
import type { YogaLogger } from 'graphql-yoga';
import type { Logger } from './logger';
import { LOG_TEXT_LIMITS, truncateForLog } from './truncate-for-log';

type Level = keyof YogaLogger;

/** The error with its message and stack cut to the log's bound: an error's message may echo what a client sent. */
function boundedError(error: Error): Error {
  const bounded = Object.assign(Object.create(Object.getPrototypeOf(error) as object) as Error, error);
  bounded.message = truncateForLog(error.message, LOG_TEXT_LIMITS.text);
  if (error.stack !== undefined) bounded.stack = truncateForLog(error.stack, LOG_TEXT_LIMITS.text);
  return bounded;
}

/** Yoga's own messages (startup warnings, unexpected failures) as structured lines of our logger. */
export function yogaLogger(logger: Logger): YogaLogger {
  const yoga = logger.child({ component: 'yoga' });
  const text = (args: unknown[]) => truncateForLog(format(...args), LOG_TEXT_LIMITS.text);
  const forward =
    (level: Level) =>
    (...args: unknown[]): void => {
      const [first, ...rest] = args;
      // An Error goes under `err`, so pino keeps its stack as a field rather than flattening it into the message.
      if (first instanceof Error) {
        const err = boundedError(first);
        yoga[level]({ err }, rest.length > 0 ? text(rest) : err.message);
      } else yoga[level](text(args));
    };
  return { debug: forward('debug'), info: forward('info'), warn: forward('warn'), error: forward('error') };
}
