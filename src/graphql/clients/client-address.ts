import type { IncomingMessage } from 'node:http';

/** What Node's HTTP server puts in yoga's server context; absent when a test calls `yoga.fetch` in-process. */
interface NodeServerContext {
  req?: Pick<IncomingMessage, 'socket'>;
}

/** Stands for every request whose address cannot be known, so such requests share one client's limits. */
export const UNKNOWN_ADDRESS = 'unknown';

/**
 * The address a request came from: the socket's peer, or behind a trusted reverse proxy the last
 * X-Forwarded-For entry, which the proxy appended (entries before it are whatever the client sent).
 */
export function clientAddress(request: Request, serverContext: unknown, trustProxy: boolean): string {
  if (trustProxy) {
    const forwarded = request.headers.get('x-forwarded-for')?.split(',').at(-1)?.trim();
    if (forwarded) return forwarded;
  }
  return (serverContext as NodeServerContext | undefined)?.req?.socket?.remoteAddress ?? UNKNOWN_ADDRESS;
}
