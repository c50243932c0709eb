import type { Resolvers } from '../generated/resolvers-types';
import type { ActorRow, ClaimRow, EventRow, QuestionRow, StoryRow, TensionRow } from '../rows';
import { derivations, neighbours, requiredNode, sourcePublisher } from './neighbours';

export const sourceResolvers: Resolvers = {
  Source: {
    story: (source, _, ctx) => requiredNode<StoryRow>(ctx.loaders, 'Story', source.storyId),
    publishedBy: (source, _, ctx) => sourcePublisher(ctx, source.id),
    authors: (source, _, ctx) => neighbours<ActorRow>(ctx, 'sourceAuthors', source.id),
    claims: (source, _, ctx) => neighbours<ClaimRow>(ctx, 'sourceClaims', source.id),
    events: (source, _, ctx) => neighbours<EventRow>(ctx, 'sourceEvents', source.id),
    questions: (source, _, ctx) => neighbours<QuestionRow>(ctx, 'sourceQuestions', source.id),
    tensions: (source, _, ctx) => neighbours<TensionRow>(ctx, 'sourceTensions', source.id),
    derivedFrom: (source, _, ctx) => derivations(ctx, source.id, 'sourceDerivedFrom'),
    derivatives: (source, _, ctx) => derivations(ctx, source.id, 'sourceDerivatives'),
  },
};
