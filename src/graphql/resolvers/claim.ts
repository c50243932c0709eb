import type { Resolvers } from '../generated/resolvers-types';
import type { ActorRow, ClaimIdentityRow, ClaimRow, CorroborationRow, MentionRow, QuestionRow, SourceRow, StoryRow, TensionRow } from '../rows';
import { Discounting } from '../arguments';
import { circularReporting, type FoundCircularReporting } from './circular-reporting';
import { PROVENANCE_AUTHORS_SLICE } from '../loaders/provenance-loader';
import { validate } from '../validate';
import { credibilityOf } from './credibility';
import { assertionDisclosures, assertionsOf, claimAssertions, neighbour, neighbours, requiredNode, requiredNodes, sourcePublisher } from './neighbours';

export const claimResolvers: Resolvers = {
  Claim: {
    story: (claim, _, ctx) => requiredNode<StoryRow>(ctx.loaders, 'Story', claim.storyId),
    sources: (claim, args, ctx) => neighbours<SourceRow>(ctx, 'claimSources', claim.id, args),
    speaker: (claim, _, ctx) => neighbour<ActorRow>(ctx, 'claimSpeaker', claim.id),
    mentions: (claim, args, ctx) => neighbours<MentionRow>(ctx, 'claimMentions', claim.id, args),
    assertions: (claim, args, ctx) => claimAssertions(ctx, claim, args),
    assertedBy: (claim, args, ctx) => neighbours<ActorRow>(ctx, 'claimAssertions', claim.id, args),
    supports: (claim, args, ctx) => neighbours<ClaimRow>(ctx, 'claimSupports', claim.id, args),
    supportedBy: (claim, args, ctx) => neighbours<ClaimRow>(ctx, 'claimSupportedBy', claim.id, args),
    contradicts: (claim, args, ctx) => neighbours<ClaimRow>(ctx, 'claimContradicts', claim.id, args),
    contradictedBy: (claim, args, ctx) => neighbours<ClaimRow>(ctx, 'claimContradictedBy', claim.id, args),
    tensions: (claim, args, ctx) => neighbours<TensionRow>(ctx, 'claimTensions', claim.id, args),
    questions: (claim, args, ctx) => neighbours<QuestionRow>(ctx, 'claimQuestions', claim.id, args),
    provenance: (claim) => ({ claim }),
    corroboration: async (claim, { evidence, discounting, countRetracted }, ctx) => {
      const discountedIds = validate(Discounting, discounting, 'discounting');
      const found = await ctx.loaders.corroboration<Omit<CorroborationRow, 'evidence' | 'discountedIds'>>(claim.id, evidence, discountedIds, countRetracted === true);
      if (!found) throw new Error(`Graph inconsistency: Claim ${claim.id} is resolved but missing`);
      return { ...found, evidence, discountedIds };
    },
    // Every field of the answer (Credibility, WeighedClaim) is a property of the row credibilityOf makes whole.
    credibility: (claim, { evidence, discounting }, ctx) => credibilityOf(ctx, claim, evidence, validate(Discounting, discounting, 'discounting')),
    circularReporting: async (claim, { evidence }, ctx) => circularReporting(ctx, await ctx.loaders.claimCircularReporting<FoundCircularReporting>(claim.id, evidence), evidence),
    identity: async (claim, _, ctx) => {
      const identity = await neighbour<ClaimIdentityRow>(ctx, 'claimIdentity', claim.id);
      if (!identity) throw new Error(`Graph inconsistency: Claim ${claim.id} has no identity`);
      return identity;
    },
  },
  Corroboration: {
    // A what-if may name a source the graph does not hold: it then takes nothing away, and is not listed.
    discounted: async ({ discountedIds }, _, ctx) =>
      (await Promise.all(discountedIds.map((id) => ctx.loaders.node<SourceRow>('Source', id)))).filter((source) => source !== null),
    retracted: ({ retractedIds }, _, ctx) => requiredNodes<SourceRow>(ctx.loaders, 'Source', retractedIds),
    inheritedOnly: ({ directSources }) => directSources === 0,
    singleOrigin: ({ originCount }) => originCount === 1,
  },
  // The statement answers ids; the nodes come through the loaders, at the claim's version, one statement per label.
  IndependentOrigin: {
    makers: ({ makerIds }, _, ctx) => requiredNodes<ActorRow>(ctx.loaders, 'Actor', makerIds),
    roots: ({ rootIds }, _, ctx) => requiredNodes<SourceRow>(ctx.loaders, 'Source', rootIds),
  },
  OriginPath: {
    mention: ({ mentionId }, _, ctx) => requiredNode<MentionRow>(ctx.loaders, 'Mention', mentionId),
    sources: ({ sourceIds }, _, ctx) => requiredNodes<SourceRow>(ctx.loaders, 'Source', sourceIds),
  },
  Assertion: {
    disclosures: (assertion, _, ctx) => assertion.disclosures ?? assertionDisclosures(ctx, assertion),
  },
  // Both fields read one provenance statement, which also loads what the fields under them show.
  Provenance: {
    assertions: async ({ claim }, _, ctx) => assertionsOf(claim, (await ctx.loaders.provenance(claim.id))?.assertions ?? []),
    sources: async ({ claim }, _, ctx) => (await ctx.loaders.provenance(claim.id))?.sources ?? [],
  },
  ProvenanceSource: {
    publisher: ({ source }, _, ctx) => sourcePublisher(ctx, source.id),
    authors: ({ source }, _, ctx) => neighbours<ActorRow>(ctx, 'sourceAuthors', source.id, PROVENANCE_AUTHORS_SLICE),
    derivedFrom: ({ chain }) => chain,
  },
  Derivation: {
    source: (derivation, _, ctx) => requiredNode<SourceRow>(ctx.loaders, 'Source', derivation.sourceId),
    from: (derivation, _, ctx) => requiredNode<SourceRow>(ctx.loaders, 'Source', derivation.fromId),
  },
};
