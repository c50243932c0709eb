import { apiError, type ErrorCode } from '../errors';

/** How a request refused before parsing is answered: a GraphQL error with a code, on an HTTP status. */
export interface Refusal {
  status: 401 | 429 | 503;
  code: ErrorCode;
  message: string;
  extensions?: Record<string, unknown>;
  headers?: Record<string, string>;
}

/** The response for a refusal, shaped like any GraphQL error response so clients read its code the same way. */
export function refusalResponse(ResponseClass: typeof Response, refusal: Refusal): Response {
  const body = JSON.stringify({ errors: [apiError(refusal.code, refusal.message, refusal.extensions).toJSON()] });
  return new ResponseClass(body, {
    status: refusal.status,
    headers: { 'content-type': 'application/json; charset=utf-8', ...refusal.headers },
  });
}
