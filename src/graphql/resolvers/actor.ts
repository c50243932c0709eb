import type { Resolvers } from '../generated/resolvers-types';
import { StoryId } from '../../model/story-graph';
import type { AssertionRow, ClaimRow, EventRow, PerspectiveRow, QuestionRow, SourceRow, StoryRow, TimelineEntryRow } from '../rows';
import { validate } from '../validate';
import { actorAssertions, neighbours, requiredNode, sliceOf } from './neighbours';

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
    timeline: async (actor, args, ctx) => {
      const storyId = validate(StoryId.nullish(), args.storyId, 'storyId') ?? null;
      const entries = await ctx.loaders.timeline<TimelineEntryRow>(actor.id, storyId, sliceOf(args).first);
      // Claims and sources come through the node loaders: one statement per label for the whole timeline.
      return Promise.all(
        entries.map(
          async ({ claimId, channel, at, disclosures }): Promise<AssertionRow> => ({
            actor,
            claim: await requiredNode<ClaimRow>(ctx.loaders, 'Claim', claimId),
            channel,
            at,
            disclosures: await Promise.all(
              disclosures.map(async (disclosure) => ({ ...disclosure, source: await requiredNode<SourceRow>(ctx.loaders, 'Source', disclosure.sourceId) })),
            ),
          }),
        ),
      );
    },
  },
};
