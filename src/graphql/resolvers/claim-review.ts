import { claimReviewsOf } from '../curation/claim-review';
import type { Resolvers } from '../generated/resolvers-types';

/** ClaimReview JSON-LD out: per claim, per part split off one, and per story, from one statement per request (queries/claim-reviews.cypher). */
export const claimReviewResolvers: Resolvers = {
  Claim: {
    claimReview: async (claim, _, ctx) => {
      const [subject] = await ctx.curation.claimReviews(claim.id);
      return subject ? JSON.stringify(claimReviewsOf(subject)) : null;
    },
  },
  ClaimSplit: {
    claimReview: async (split, _, ctx) => {
      const [subject] = await ctx.curation.claimReviews(split.id);
      return subject ? JSON.stringify(claimReviewsOf(subject)) : null;
    },
  },
  Story: {
    claimReviewFeed: async (story, args, ctx) => {
      const subjects = await ctx.curation.claimReviews(story.id);
      return JSON.stringify(subjects.slice(0, args.first ?? undefined).flatMap(claimReviewsOf));
    },
  },
};
