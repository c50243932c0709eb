import type { ApiKeyIdentity } from '../../api-keys/api-key-store';

/**
 * The API key each request was accepted with, from the client gate (which checks it before the
 * request is parsed) to the request's context and log line. Held by the request object, so it goes
 * with the request.
 */
export class RequestClients {
  private readonly byRequest = new WeakMap<Request, ApiKeyIdentity>();

  remember(request: Request, identity: ApiKeyIdentity): void {
    this.byRequest.set(request, identity);
  }

  /** The request's key, or null for an anonymous request. */
  of(request: Request): ApiKeyIdentity | null {
    return this.byRequest.get(request) ?? null;
  }
}
