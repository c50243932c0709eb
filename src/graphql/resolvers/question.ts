import type { Resolvers } from '../generated/resolvers-types';
import type { ActorRow, ClaimRow, EventRow, SourceRow, StoryRow } from '../rows';
import { neighbours, requiredNode } from './neighbours';
import { graphqlTypeOf } from './node-types';

export const questionResolvers: Resolvers = {
  Question: {
    story: (question, _, ctx) => requiredNode<StoryRow>(ctx.loaders, 'Story', question.storyId),
    sources: (question, args, ctx) => neighbours<SourceRow>(ctx, 'questionSources', question.id, args),
    concerns: (question, args, ctx) => neighbours<ClaimRow | EventRow | ActorRow>(ctx, 'questionConcerns', question.id, args),
  },
  QuestionSubject: {
    __resolveType: (subject) => {
      const type = graphqlTypeOf(subject);
      if (type !== 'Claim' && type !== 'Event' && type !== 'Actor') throw new Error(`${subject.id} cannot be a question's subject`);
      return type;
    },
  },
};
