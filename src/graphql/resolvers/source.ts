import type { Resolvers } from '../generated/resolvers-types';
import type { ActorRow, ClaimRow, EventRow, QuestionRow, SourceIdentityRow, StoryRow, TensionRow } from '../rows';
import { derivations, neighbour, neighbours, requiredNode, sourcePublisher } from './neighbours';

export const sourceResolvers: Resolvers = {
  Source: {
    story: (source, _, ctx) => requiredNode<StoryRow>(ctx.loaders, 'Story', source.storyId),
    publishedBy: (source, _, ctx) => sourcePublisher(ctx, source.id),
    anonymousSourcing: (source) => (source.anonymousSourcing ?? []).length > 0,
    authors: (source, args, ctx) => neighbours<ActorRow>(ctx, 'sourceAuthors', source.id, args),
    claims: (source, args, ctx) => neighbours<ClaimRow>(ctx, 'sourceClaims', source.id, args),
    events: (source, args, ctx) => neighbours<EventRow>(ctx, 'sourceEvents', source.id, args),
    questions: (source, args, ctx) => neighbours<QuestionRow>(ctx, 'sourceQuestions', source.id, args),
    tensions: (source, args, ctx) => neighbours<TensionRow>(ctx, 'sourceTensions', source.id, args),
    derivedFrom: (source, args, ctx) => derivations(ctx, source.id, 'sourceDerivedFrom', args),
    derivatives: (source, args, ctx) => derivations(ctx, source.id, 'sourceDerivatives', args),
    identity: (source, _, ctx) => neighbour<SourceIdentityRow>(ctx, 'sourceIdentity', source.id),
  },
};
