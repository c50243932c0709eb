import type { Resolvers } from '../generated/resolvers-types';
import type { ClaimRow, EventRow, PerspectiveRow, QuestionRow, SourceRow, StoryRow } from '../rows';
import { actorAssertions, neighbours } from './neighbours';

export const actorResolvers: Resolvers = {
  Actor: {
    stories: (actor, args, ctx) => neighbours<StoryRow>(ctx, 'actorStories', actor.id, args),
    assertions: (actor, args, ctx) => actorAssertions(ctx, actor, args),
    claims: (actor, args, ctx) => neighbours<ClaimRow>(ctx, 'actorAssertions', actor.id, args),
    perspectives: (actor, args, ctx) => neighbours<PerspectiveRow>(ctx, 'actorPerspectives', actor.id, args),
    published: (actor, args, ctx) => neighbours<SourceRow>(ctx, 'actorPublished', actor.id, args),
    authored: (actor, args, ctx) => neighbours<SourceRow>(ctx, 'actorAuthored', actor.id, args),
    events: (actor, args, ctx) => neighbours<EventRow>(ctx, 'actorEvents', actor.id, args),
    questions: (actor, args, ctx) => neighbours<QuestionRow>(ctx, 'actorQuestions', actor.id, args),
  },
};
