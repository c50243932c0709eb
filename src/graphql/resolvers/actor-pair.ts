import type { RequestContext } from '../context';
import type { ClaimRelation, Resolvers } from '../generated/resolvers-types';
import type { AtVersion } from '../loaders/create-loaders';
import type { ActorPairRow, ActorRow, AssertedRow, AssertionRow, ClaimRow, TensionRow } from '../rows';
import { requiredNode } from './neighbours';

/**
 * Who contradicts (or backs) whom among the claims of `storyIds` (actor-pairs.cypher). Read at a
 * version, the pairs carry it, so that their actors and claims are read at it too (resolve-at-version.ts).
 */
export async function actorPairsOf(
  ctx: RequestContext,
  storyIds: string[],
  relation: ClaimRelation,
  first: number,
  at: AtVersion | null,
): Promise<ActorPairRow[]> {
  const pairs = await ctx.loaders.actorPairs<Omit<ActorPairRow, 'relation'>>(storyIds, relation, first, at);
  return pairs.map((pair) => ({ ...pair, relation, ...(at && { atVersion: at.version, atStoryId: at.storyId }) }));
}

/** An ASSERTS edge answered as ids, with both its ends read through the loaders. */
const assertionOf = async (ctx: RequestContext, claimId: string, { actorId, channel, at }: AssertedRow): Promise<AssertionRow> => ({
  actor: await requiredNode<ActorRow>(ctx.loaders, 'Actor', actorId),
  claim: await requiredNode<ClaimRow>(ctx.loaders, 'Claim', claimId),
  channel,
  at,
});

export const actorPairResolvers: Resolvers = {
  ActorPair: {
    actor: ({ actorId }, _, ctx) => requiredNode<ActorRow>(ctx.loaders, 'Actor', actorId),
    counterpart: ({ counterpartId }, _, ctx) => requiredNode<ActorRow>(ctx.loaders, 'Actor', counterpartId),
  },
  ClaimPair: {
    claim: ({ claimId }, _, ctx) => requiredNode<ClaimRow>(ctx.loaders, 'Claim', claimId),
    counterpart: ({ counterpartId }, _, ctx) => requiredNode<ClaimRow>(ctx.loaders, 'Claim', counterpartId),
    tension: ({ tensionId }, _, ctx) => (tensionId === null ? null : requiredNode<TensionRow>(ctx.loaders, 'Tension', tensionId)),
    claimAssertions: (pair, _, ctx) => Promise.all(pair.claimAssertions.map((asserted) => assertionOf(ctx, pair.claimId, asserted))),
    counterpartAssertions: (pair, _, ctx) =>
      Promise.all(pair.counterpartAssertions.map((asserted) => assertionOf(ctx, pair.counterpartId, asserted))),
  },
};
