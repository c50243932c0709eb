import type { Resolvers } from '../generated/resolvers-types';
import type { ActorRow, QuestionRow, SourceRow, StoryRow } from '../rows';
import { neighbours, requiredNode } from './neighbours';

export const eventResolvers: Resolvers = {
  Event: {
    story: (event, _, ctx) => requiredNode<StoryRow>(ctx.loaders, 'Story', event.storyId),
    sources: (event, _, ctx) => neighbours<SourceRow>(ctx, 'eventSources', event.id),
    participants: (event, _, ctx) => neighbours<ActorRow>(ctx, 'eventParticipants', event.id),
    questions: (event, _, ctx) => neighbours<QuestionRow>(ctx, 'eventQuestions', event.id),
  },
};
