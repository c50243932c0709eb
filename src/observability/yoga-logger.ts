import { format } from 'node:util';
import type { YogaLogger } from 'graphql-yoga';
import type { Logger } from './logger';

type Level = keyof YogaLogger;

/** Yoga's own messages (startup warnings, unexpected failures) as structured lines of our logger. */
export function yogaLogger(logger: Logger): YogaLogger {
  const yoga = logger.child({ component: 'yoga' });
  const forward =
    (level: Level) =>
    (...args: unknown[]): void => {
      const [first, ...rest] = args;
      // An Error goes under `err`, so pino keeps its stack as a field rather than flattening it into the message.
      if (first instanceof Error) yoga[level]({ err: first }, rest.length > 0 ? format(...rest) : first.message);
      else yoga[level](format(...args));
    };
  return { debug: forward('debug'), info: forward('info'), warn: forward('warn'), error: forward('error') };
}
