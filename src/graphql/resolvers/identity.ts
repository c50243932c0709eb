import type { Resolvers } from '../generated/resolvers-types';
import type { ActorRow, ClaimRow, SourceRow, StoryRow } from '../rows';
import { neighbours, requiredNode, sliceOf } from './neighbours';

/** The shared identities (src/model/shared-identities.ts): what every story's record of one source or statement points to. */
export const identityResolvers: Resolvers = {
  SourceIdentity: {
    sources: (identity, args, ctx) => neighbours<SourceRow>(ctx, 'sourceIdentitySources', identity.id, args),
    stories: (identity, args, ctx) => ctx.loaders.identityStories<StoryRow>(identity.id, sliceOf(args).first),
  },
  ClaimIdentity: {
    speaker: (identity, _, ctx) => (identity.speakerId === null ? null : requiredNode<ActorRow>(ctx.loaders, 'Actor', identity.speakerId)),
    claims: (identity, args, ctx) => neighbours<ClaimRow>(ctx, 'claimIdentityClaims', identity.id, args),
    mentionCount: (identity, _, ctx) => ctx.loaders.mentionCount(identity.id),
  },
};
