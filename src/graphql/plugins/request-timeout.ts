import type { Plugin } from 'graphql-yoga';
import { timeoutError } from '../execution-guard';

/** What the plugin needs of the request context: the controller its database door obeys. */
interface Cancellable {
  cancellation: AbortController;
}

/**
 * Aborts an operation once it has run `timeoutMs`, answering TIMEOUT instead of letting the client
 * wait on a slow chain of Neo4j transactions. The abort goes through the context's cancellation, so
 * the request's running transaction is rolled back too rather than left to its own timeout.
 * Joins any signal set before it (yoga's useExecutionCancellation: the client went away).
 */
export function useRequestTimeout(timeoutMs: number): Plugin<Cancellable> {
  return {
    onExecute: ({ args }) => {
      const budget = args.contextValue.cancellation;
      const timer = setTimeout(() => budget.abort(timeoutError(timeoutMs)), timeoutMs);
      // Execution that ends by rejecting skips onExecuteDone; a stray timer must not hold the process open.
      timer.unref();
      const earlier = 'signal' in args && args.signal instanceof AbortSignal ? args.signal : undefined;
      // Forwarded by hand: on Node 20 an AbortSignal.any() with listeners outlives the request (~7 KB each).
      const forward = () => budget.abort(earlier?.reason);
      if (earlier?.aborted) forward();
      else earlier?.addEventListener('abort', forward, { once: true });
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
