import type { Plugin } from 'graphql-yoga';
import type { ClaimgraphYoga } from '../yoga';
import { API_KEY_HEADER } from './client-gate';

const ROUTE = /^\/claimreview\/([^/]+)\.jsonld$/;

/** The one operation the route runs: Story.claimReviewFeed at its bound. */
export const CLAIM_REVIEW_FEED = 'query ClaimReviewFeed($storyId: ID!) { story(id: $storyId) { claimReviewFeed } }';

// What an error answered with 200 (as GraphQL answers field errors) means for a plain HTTP client.
const STATUS_OF_CODE: Record<string, number> = { NOT_FOUND: 404, BAD_USER_INPUT: 400, TIMEOUT: 504, SERVICE_UNAVAILABLE: 503 };

interface FeedAnswer {
  data?: { story?: { claimReviewFeed?: string } | null } | null;
  errors?: { extensions?: { code?: string } }[];
}

/**
 * GET /claimreview/<storyId>.jsonld: a story's ClaimReview feed as a JSON-LD document
 * (application/ld+json), for crawlers and pages that want the file rather than a GraphQL answer.
 * It runs CLAIM_REVIEW_FEED as a GraphQL request of the same client (its API key, its address), so
 * every limit of /graphql holds: the client gate, rate and concurrency, cost, timeout, and the
 * persisted-only mode, which refuses it (its text is no manifest entry). Errors keep GraphQL's JSON.
 */
export function useClaimReviewRoute(yoga: () => ClaimgraphYoga, graphqlEndpoint: string): Plugin {
  return {
    onRequest: async ({ request, url, serverContext, endResponse, fetchAPI }) => {
      const match = ROUTE.exec(url.pathname);
      if (!match) return;
      if (request.method !== 'GET' && request.method !== 'HEAD') {
        return endResponse(new fetchAPI.Response(null, { status: 405, headers: { allow: 'GET, HEAD' } }));
      }
      let storyId = match[1] ?? '';
      try {
        storyId = decodeURIComponent(storyId);
      } catch {
        // Malformed escapes stay as sent: Query.story refuses the id as BAD_USER_INPUT.
      }
      const headers = new fetchAPI.Headers({ 'content-type': 'application/json', accept: 'application/json' });
      for (const name of [API_KEY_HEADER, 'x-forwarded-for']) {
        const value = request.headers.get(name);
        if (value !== null) headers.set(name, value);
      }
      const inner = new fetchAPI.Request(new URL(graphqlEndpoint, url), {
        method: 'POST',
        headers,
        body: JSON.stringify({ query: CLAIM_REVIEW_FEED, variables: { storyId } }),
      });
      // The same server context (its socket): the client is known by the same address.
      const answer = await yoga().handleRequest(inner, serverContext as unknown as Record<string, never>);
      if (answer.status !== 200) return endResponse(answer);
      const text = await answer.text();
      const { data, errors } = JSON.parse(text) as FeedAnswer;
      const feed = data?.story?.claimReviewFeed;
      if (errors === undefined && typeof feed === 'string') {
        return endResponse(new fetchAPI.Response(request.method === 'HEAD' ? null : feed, { status: 200, headers: { 'content-type': 'application/ld+json; charset=utf-8' } }));
      }
      const status = STATUS_OF_CODE[errors?.[0]?.extensions?.code ?? ''] ?? 500;
      return endResponse(new fetchAPI.Response(text, { status, headers: { 'content-type': 'application/json; charset=utf-8' } }));
    },
  };
}
