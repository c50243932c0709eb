import type { RequestContext } from '../context';
import type { Resolvers } from '../generated/resolvers-types';
import type { ClaimRow, ContradictionRow, SourceRow, StoryRow, TensionRow, TensionSideRow } from '../rows';
import { neighbours, requiredNode, sliceOf, type SliceArgs } from './neighbours';

const sideClaims = (ctx: RequestContext, { tension, name }: TensionSideRow, args: SliceArgs): Promise<ClaimRow[]> =>
  neighbours<ClaimRow>(ctx, name === 'A' ? 'tensionSideA' : 'tensionSideB', tension.id, args);

async function sideSources(ctx: RequestContext, { tension, name }: TensionSideRow, args: SliceArgs): Promise<SourceRow[]> {
  const refs = (name === 'A' ? tension.sideASourceRefs : tension.sideBSourceRefs).slice(0, sliceOf(args).first);
  const sources = await Promise.all(refs.map((ref) => ctx.loaders.sourceByRef<SourceRow>(tension.storyId, ref)));
  return sources.filter((source): source is SourceRow => source !== null);
}

export const tensionResolvers: Resolvers = {
  Tension: {
    story: (tension, _, ctx) => requiredNode<StoryRow>(ctx.loaders, 'Story', tension.storyId),
    sideA: (tension) => ({ tension, name: 'A' }),
    sideB: (tension) => ({ tension, name: 'B' }),
    sources: (tension, args, ctx) => neighbours<SourceRow>(ctx, 'tensionSources', tension.id, args),
    contradictions: (tension, args, ctx) => ctx.loaders.contradictions<ContradictionRow>(tension.id, sliceOf(args).first),
  },
  TensionSide: {
    label: ({ tension, name }) => (name === 'A' ? tension.sideALabel : tension.sideBLabel),
    claims: (side, args, ctx) => sideClaims(ctx, side, args),
    sources: (side, args, ctx) => sideSources(ctx, side, args),
  },
  Contradiction: {
    claim: (row, _, ctx) => requiredNode<ClaimRow>(ctx.loaders, 'Claim', row.claimId),
    contradicts: (row, _, ctx) => requiredNode<ClaimRow>(ctx.loaders, 'Claim', row.contradictsId),
    tension: (row, _, ctx) => requiredNode<TensionRow>(ctx.loaders, 'Tension', row.tensionId),
  },
};
