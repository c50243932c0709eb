import type { Resolvers } from '../generated/resolvers-types';
import type { ActorRow, QuestionRow, SourceRow, StoryRow } from '../rows';
import { neighbours, requiredNode } from './neighbours';

export const eventResolvers: Resolvers = {
  Event: {
    story: (event, _, ctx) => requiredNode<StoryRow>(ctx.loaders, 'Story', event.storyId),
    sources: (event, args, ctx) => neighbours<SourceRow>(ctx, 'eventSources', event.id, args),
    participants: (event, args, ctx) => neighbours<ActorRow>(ctx, 'eventParticipants', event.id, args),
    questions: (event, args, ctx) => neighbours<QuestionRow>(ctx, 'eventQuestions', event.id, args),
  },
};
