import type { Resolvers } from '../generated/resolvers-types';
import type { ActorRow, ClaimRow, MentionRow, SourceRow, StoryRow } from '../rows';
import { neighbours, requiredNode } from './neighbours';

/** A mention has one claim and at most one actor its words credit, read as lists of one. */
const ONE = { first: 1 } as const;

export const mentionResolvers: Resolvers = {
  Mention: {
    story: (mention, _, ctx) => requiredNode<StoryRow>(ctx.loaders, 'Story', mention.storyId),
    claim: (mention, _, ctx) => requiredNode<ClaimRow>(ctx.loaders, 'Claim', mention.claimId),
    sources: (mention, args, ctx) => neighbours<SourceRow>(ctx, 'mentionSources', mention.id, args),
    attributedTo: async (mention, _, ctx) => (await neighbours<ActorRow>(ctx, 'mentionAttributedTo', mention.id, ONE))[0] ?? null,
  },
};
