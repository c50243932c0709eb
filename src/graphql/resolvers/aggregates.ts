import type { RequestContext } from '../context';
import type { AggregateBy, Resolvers } from '../generated/resolvers-types';
import type { AtVersion } from '../loaders/create-loaders';
import type { ActorRow, AggregateRow } from '../rows';
import { requiredNode } from './neighbours';

/** The groupings whose keys are actors' ids. */
const BY_ACTOR: ReadonlySet<AggregateBy> = new Set(['CLAIM_SPEAKER', 'SOURCE_PUBLISHER']);

/**
 * The items of `storyIds` counted by one grouping (aggregates.cypher). Read at a version, the answer
 * carries it, so that its actors are read at it too (resolve-at-version.ts).
 */
export async function aggregateOf(ctx: RequestContext, storyIds: readonly string[], by: AggregateBy, at: AtVersion | null): Promise<AggregateRow> {
  const aggregate = await ctx.loaders.aggregate<AggregateRow>([...new Set(storyIds)], by, at?.version);
  // The statement answers every key, an empty grouping as total 0.
  if (!aggregate) throw new Error(`aggregates.cypher gave no answer for ${by}`);
  return { ...aggregate, ...(at && { atVersion: at.version, atStoryId: at.storyId }) };
}

export const aggregateResolvers: Resolvers = {
  Aggregate: {
    groups: (aggregate) => aggregate.groups.map((group) => ({ ...group, by: aggregate.by })),
  },
  AggregateGroup: {
    actor: (group, _, ctx) => (BY_ACTOR.has(group.by) && group.key !== null ? requiredNode<ActorRow>(ctx.loaders, 'Actor', group.key) : null),
  },
};
