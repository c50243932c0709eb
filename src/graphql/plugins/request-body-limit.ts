import type { Plugin } from 'graphql-yoga';
import { refusalResponse } from '../clients/refusal-response';

/**
 * Refuses a request body larger than `maxBytes` before anything reads it: yoga would otherwise
 * buffer and JSON.parse any size a client sends. The size is the declared Content-Length, so a
 * chunked body, whose size is known only once it has been read, is refused too (411): GraphQL
 * clients send JSON of a known length.
 */
export function useRequestBodyLimit(maxBytes: number): Plugin {
  return {
    onRequest: ({ request, fetchAPI, endResponse }) => {
      const declared = request.headers.get('content-length');
      if (declared !== null && Number(declared) > maxBytes) {
        endResponse(
          refusalResponse(fetchAPI.Response, {
            status: 413,
            code: 'PAYLOAD_TOO_LARGE',
            message: `The request body is larger than the ${maxBytes} bytes this server reads.`,
            extensions: { limit: maxBytes },
          }),
        );
      } else if (declared === null && /chunked/i.test(request.headers.get('transfer-encoding') ?? '')) {
        endResponse(
          refusalResponse(fetchAPI.Response, {
            status: 411,
            code: 'PAYLOAD_TOO_LARGE',
            message: 'Send the request body with a Content-Length: this server does not read chunked bodies.',
            extensions: { limit: maxBytes },
          }),
        );
      }
    },
  };
}
