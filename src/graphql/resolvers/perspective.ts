import type { Resolvers } from '../generated/resolvers-types';
import type { ActorRow, StoryRow } from '../rows';
import { neighbours, requiredNode } from './neighbours';

export const perspectiveResolvers: Resolvers = {
  Perspective: {
    story: (perspective, _, ctx) => requiredNode<StoryRow>(ctx.loaders, 'Story', perspective.storyId),
    actors: (perspective, args, ctx) => neighbours<ActorRow>(ctx, 'perspectiveActors', perspective.id, args),
  },
};
