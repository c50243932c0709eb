import type { RequestContext } from '../context';
import { apiError } from '../errors';

/** The request's API key; the role guard has let no write through without one. */
export function writerOf(ctx: RequestContext) {
  if (!ctx.client) throw apiError('UNAUTHENTICATED', 'Writes need an API key in the X-API-Key header.');
  return ctx.client;
}
