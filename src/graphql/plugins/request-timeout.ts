import type { Plugin } from 'graphql-yoga';
import { apiError } from '../errors';

/**
 * Aborts an operation's execution once it has run `timeoutMs`, answering TIMEOUT instead of letting the
 * client wait on a slow chain of Neo4j transactions (each of which has its own, shorter, timeout).
 * Joins any signal set before it (yoga's useExecutionCancellation: the client went away).
 */
export function useRequestTimeout(timeoutMs: number): Plugin {
  return {
    onExecute: ({ args }) => {
      const budget = new AbortController();
      const timer = setTimeout(
        () => budget.abort(apiError('TIMEOUT', `The request ran out of its ${timeoutMs} ms time budget.`)),
        timeoutMs,
      );
      // Execution that ends by rejecting skips onExecuteDone; a stray timer must not hold the process open.
      timer.unref();
      const earlier = 'signal' in args && args.signal instanceof AbortSignal ? args.signal : undefined;
      // Forwarded by hand: on Node 20 an AbortSignal.any() with listeners outlives the request (~7 KB each).
      const forward = () => budget.abort(earlier?.reason);
      earlier?.addEventListener('abort', forward, { once: true });
      Object.assign(args, { signal: budget.signal });
      return {
        onExecuteDone: () => {
          clearTimeout(timer);
          earlier?.removeEventListener('abort', forward);
        },
      };
    },
  };
}
