import type { RequestContext } from '../context';
import type { Resolvers } from '../generated/resolvers-types';
import type { ClaimRow, CorroborationRow, RetractionImpactRow, SourceRow, TensionRow } from '../rows';
import { requiredNode, requiredNodes, sliceOf } from './neighbours';
import { loadAnyNode } from './node-types';

type Evidence = CorroborationRow['evidence'];
type Found = Omit<RetractionImpactRow, 'evidence' | 'claims'> & { claimIds: string[] };
type Counted = Omit<CorroborationRow, 'evidence' | 'discountedIds'>;

const sources = (ids: readonly string[], ctx: RequestContext) => requiredNodes<SourceRow>(ctx.loaders, 'Source', ids);

/**
 * Story.retractionImpact (a what-if: `taken` the sources and actors discounted) and
 * Story.retractions (`taken` 'recorded': the sources editors marked retracted, as fact) at the
 * loaders' version: what retraction-impact.cypher finds, and each claim it reaches corroborated
 * twice through the corroboration loader (all the claims in one statement each way). A what-if's
 * before is the graph as it stands (marked retractions taken away), its after that without the
 * discounted sources too; the record's before counts the marked sources as if they stood.
 */
export async function retractionImpact(
  ctx: RequestContext,
  storyId: string,
  evidence: Evidence,
  taken: { sourceIds: string[]; actorIds: string[] } | 'recorded',
): Promise<RetractionImpactRow> {
  const found = await ctx.loaders.retractionImpact<Found>(storyId, evidence, taken);
  if (!found) throw new Error(`Story ${storyId} vanished while it was being read`);
  const corroborated = async (claimId: string, discountedIds: string[], countRetracted: boolean): Promise<CorroborationRow> => {
    const counted = await ctx.loaders.corroboration<Counted>(claimId, evidence, discountedIds, countRetracted);
    if (!counted) throw new Error(`Graph inconsistency: Claim ${claimId} is listed but missing`);
    return { ...counted, evidence, discountedIds };
  };
  const recorded = taken === 'recorded';
  const claims = await Promise.all(
    found.claimIds.map(async (claimId) => {
      const [before, after] = await Promise.all([
        corroborated(claimId, [], recorded),
        corroborated(claimId, recorded ? [] : found.discountedIds, false),
      ]);
      return { claimId, before, after };
    }),
  );
  return { evidence, discountedIds: found.discountedIds, fallenIds: found.fallenIds, claims, citedItems: found.citedItems, tensions: found.tensions };
}

const lostAllEvidence = ({ before, after }: { before: CorroborationRow; after: CorroborationRow }) => before.evidenceSources > 0 && after.evidenceSources === 0;
const droppedToOneOrigin = ({ before, after }: { before: CorroborationRow; after: CorroborationRow }) => before.originCount >= 2 && after.originCount === 1;

export const retractionImpactResolvers: Resolvers = {
  RetractionImpact: {
    discounted: (impact, _, ctx) => sources(impact.discountedIds, ctx),
    fallen: (impact, _, ctx) => sources(impact.fallenIds, ctx),
    claimsAffected: (impact) => impact.claims.length,
    claimsLosingAllEvidence: (impact) => impact.claims.filter(lostAllEvidence).length,
    claimsDroppingToOneOrigin: (impact) => impact.claims.filter(droppedToOneOrigin).length,
    claims: (impact, args) => impact.claims.slice(0, sliceOf(args).first),
  },
  ClaimImpact: {
    claim: (impact, _, ctx) => requiredNode<ClaimRow>(ctx.loaders, 'Claim', impact.claimId),
    lostAllEvidence,
    droppedToOneOrigin,
  },
  CitedItemImpact: {
    item: async (impact, _, ctx) => {
      const node = await loadAnyNode(impact.itemId, ctx);
      if (!node) throw new Error(`Graph inconsistency: ${impact.itemId} is listed but missing`);
      return node;
    },
    cited: (impact, _, ctx) => sources(impact.citedIds, ctx),
    fallen: (impact, _, ctx) => sources(impact.fallenIds, ctx),
  },
  TensionImpact: {
    tension: (impact, _, ctx) => requiredNode<TensionRow>(ctx.loaders, 'Tension', impact.tensionId),
  },
};
