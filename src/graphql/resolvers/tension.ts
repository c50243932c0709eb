import type { RequestContext } from '../context';
import type { Resolvers } from '../generated/resolvers-types';
import type { ClaimRow, ContradictionRow, SourceRow, StoryRow, TensionRow, TensionSideRow } from '../rows';
import { neighbours, requiredNode } from './neighbours';

async function sideClaims(ctx: RequestContext, { tension, name }: TensionSideRow): Promise<ClaimRow[]> {
  const items = await ctx.loaders.related<ClaimRow>('tensionSides', tension.id);
  return items.filter(({ edge }) => edge.side === name).map(({ node }) => node);
}

async function sideSources(ctx: RequestContext, { tension, name }: TensionSideRow): Promise<SourceRow[]> {
  const refs = name === 'A' ? tension.sideASourceRefs : tension.sideBSourceRefs;
  const sources = await Promise.all(refs.map((ref) => ctx.loaders.sourceByRef<SourceRow>(tension.storyId, ref)));
  return sources.filter((source): source is SourceRow => source !== null);
}

export const tensionResolvers: Resolvers = {
  Tension: {
    story: (tension, _, ctx) => requiredNode<StoryRow>(ctx.loaders, 'Story', tension.storyId),
    sideA: (tension) => ({ tension, name: 'A' }),
    sideB: (tension) => ({ tension, name: 'B' }),
    sources: (tension, _, ctx) => neighbours<SourceRow>(ctx, 'tensionSources', tension.id),
    contradictions: (tension, _, ctx) => ctx.loaders.contradictions<ContradictionRow>(tension.id),
  },
  TensionSide: {
    label: ({ tension, name }) => (name === 'A' ? tension.sideALabel : tension.sideBLabel),
    claims: (side, _, ctx) => sideClaims(ctx, side),
    sources: (side, _, ctx) => sideSources(ctx, side),
  },
  Contradiction: {
    claim: (row, _, ctx) => requiredNode<ClaimRow>(ctx.loaders, 'Claim', row.claimId),
    contradicts: (row, _, ctx) => requiredNode<ClaimRow>(ctx.loaders, 'Claim', row.contradictsId),
    tension: (row, _, ctx) => requiredNode<TensionRow>(ctx.loaders, 'Tension', row.tensionId),
  },
};
