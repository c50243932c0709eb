import type { Resolvers } from '../generated/resolvers-types';
import type { ActorRow, ClaimRow, QuestionRow, SourceRow, StoryRow, TensionRow } from '../rows';
import { assertionsOf, claimAssertions, neighbours, requiredNode, sourcePublisher } from './neighbours';

export const claimResolvers: Resolvers = {
  Claim: {
    story: (claim, _, ctx) => requiredNode<StoryRow>(ctx.loaders, 'Story', claim.storyId),
    sources: (claim, _, ctx) => neighbours<SourceRow>(ctx, 'claimSources', claim.id),
    assertions: (claim, _, ctx) => claimAssertions(ctx, claim),
    assertedBy: (claim, _, ctx) => neighbours<ActorRow>(ctx, 'claimAssertions', claim.id),
    supports: (claim, _, ctx) => neighbours<ClaimRow>(ctx, 'claimSupports', claim.id),
    supportedBy: (claim, _, ctx) => neighbours<ClaimRow>(ctx, 'claimSupportedBy', claim.id),
    contradicts: (claim, _, ctx) => neighbours<ClaimRow>(ctx, 'claimContradicts', claim.id),
    contradictedBy: (claim, _, ctx) => neighbours<ClaimRow>(ctx, 'claimContradictedBy', claim.id),
    tensions: (claim, _, ctx) => neighbours<TensionRow>(ctx, 'claimTensions', claim.id),
    questions: (claim, _, ctx) => neighbours<QuestionRow>(ctx, 'claimQuestions', claim.id),
    provenance: (claim) => ({ claim }),
  },
  // Both fields read one provenance statement, which also loads what the fields under them show.
  Provenance: {
    assertions: async ({ claim }, _, ctx) => assertionsOf(claim, (await ctx.loaders.provenance(claim.id))?.assertions ?? []),
    sources: async ({ claim }, _, ctx) => (await ctx.loaders.provenance(claim.id))?.sources ?? [],
  },
  ProvenanceSource: {
    publisher: ({ source }, _, ctx) => sourcePublisher(ctx, source.id),
    authors: ({ source }, _, ctx) => neighbours<ActorRow>(ctx, 'sourceAuthors', source.id),
    derivedFrom: ({ chain }) => chain,
  },
  Derivation: {
    source: (derivation, _, ctx) => requiredNode<SourceRow>(ctx.loaders, 'Source', derivation.sourceId),
    from: (derivation, _, ctx) => requiredNode<SourceRow>(ctx.loaders, 'Source', derivation.fromId),
  },
};
