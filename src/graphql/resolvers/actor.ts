import type { Resolvers } from '../generated/resolvers-types';
import type { ClaimRow, EventRow, PerspectiveRow, QuestionRow, SourceRow, StoryRow } from '../rows';
import { actorAssertions, neighbours } from './neighbours';

export const actorResolvers: Resolvers = {
  Actor: {
    stories: (actor, _, ctx) => neighbours<StoryRow>(ctx, 'actorStories', actor.id),
    assertions: (actor, _, ctx) => actorAssertions(ctx, actor),
    claims: (actor, _, ctx) => neighbours<ClaimRow>(ctx, 'actorAssertions', actor.id),
    perspectives: (actor, _, ctx) => neighbours<PerspectiveRow>(ctx, 'actorPerspectives', actor.id),
    published: (actor, _, ctx) => neighbours<SourceRow>(ctx, 'actorPublished', actor.id),
    authored: (actor, _, ctx) => neighbours<SourceRow>(ctx, 'actorAuthored', actor.id),
    events: (actor, _, ctx) => neighbours<EventRow>(ctx, 'actorEvents', actor.id),
    questions: (actor, _, ctx) => neighbours<QuestionRow>(ctx, 'actorQuestions', actor.id),
  },
};
