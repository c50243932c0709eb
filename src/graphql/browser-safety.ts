import { useCSRFPrevention } from '@graphql-yoga/plugin-csrf-prevention';
import { GraphQLError } from 'graphql';
import type { CORSOptions, Plugin } from 'graphql-yoga';
import type { BrowserSafety } from '../config/config';
import { API_KEY_HEADER } from './plugins/client-gate';

/** Yoga's header for clients that send no API key; any custom header makes a browser ask first (preflight). */
const CSRF_HEADER = 'x-graphql-yoga-csrf';

/** A bearer token of the identity provider (CLAIMGRAPH_JWT_*): a header no HTML form can send either. */
const AUTHORIZATION_HEADER = 'authorization';

/** What yoga is given for browsers: its `cors` option and the plugins to add. */
export interface BrowserSafetyOptions {
  cors: (request: Request) => CORSOptions;
  plugins: Plugin[];
}

/**
 * Yoga's own CORS default answers every origin and allows credentials. Here only the configured
 * origins get CORS headers (none by default), never with credentials; CSRF prevention, when on,
 * refuses a request that a plain HTML form or <img> could send: one without a preflighted content
 * type, an API key, a bearer token or yoga's CSRF header.
 */
export function browserSafety(settings: BrowserSafety): BrowserSafetyOptions {
  const allowedHeaders = ['content-type', 'accept', API_KEY_HEADER, AUTHORIZATION_HEADER, ...(settings.csrfPrevention ? [CSRF_HEADER] : [])];
  const cors = (request: Request): CORSOptions => {
    const origin = request.headers.get('origin');
    if (origin === null || !settings.corsOrigins.includes(origin)) return false;
    return { origin: [origin], methods: ['GET', 'POST'], allowedHeaders, exposedHeaders: ['retry-after'], credentials: false };
  };
  return {
    cors,
    plugins: [...(settings.corsOrigins.length > 0 ? [varyByOrigin] : []), ...(settings.csrfPrevention ? [csrfPrevention()] : [])],
  };
}

/** With an allow-list the CORS headers depend on the Origin, so a cache must not serve one origin's answer to another. */
const varyByOrigin: Plugin = {
  onResponse: ({ response }) => {
    if (!/\bOrigin\b/.test(response.headers.get('vary') ?? '')) response.headers.append('vary', 'Origin');
  },
};

/** Yoga's plugin, its refusal given a code (the error mask would answer an uncoded one as BAD_USER_INPUT with 200). */
function csrfPrevention(): Plugin {
  const yogaPlugin = useCSRFPrevention({ requestHeaders: [CSRF_HEADER, API_KEY_HEADER, AUTHORIZATION_HEADER] });
  return {
    onRequestParse: (payload) => {
      try {
        return yogaPlugin.onRequestParse?.(payload);
      } catch (error) {
        const message = error instanceof Error ? error.message : String(error);
        throw new GraphQLError(message, { extensions: { code: 'CSRF_PREVENTED', http: { status: 403 } } });
      }
    },
  };
}
