import type { RequestContext } from '../context';

/** The claims curators merged into `claimId` (mergeClaims: MERGED_INTO relations to it), newest merge first. */
export const mergedClaimIds = async (ctx: RequestContext, claimId: string): Promise<string[]> =>
  (await ctx.curation.relations(claimId)).filter((link) => link.relation === 'MERGED_INTO' && link.toId === claimId).map((link) => link.fromId);
