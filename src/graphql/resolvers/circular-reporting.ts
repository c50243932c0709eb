import type { RequestContext } from '../context';
import type { Resolvers } from '../generated/resolvers-types';
import { listBound } from '../list-bounds';
import type {
  CircularReportingRow,
  ClaimRow,
  CorroborationRow,
  DerivationCycleRow,
  FalseCorroborationRow,
  MentionRow,
  SideBySideRow,
  SourceRow,
} from '../rows';
import { requiredNode, requiredNodes, sliceOf } from './neighbours';

type Evidence = CircularReportingRow['evidence'];
export type FoundCircularReporting = { cycles: DerivationCycleRow[]; sideBySide: SideBySideRow[] };
type Counted = Omit<CorroborationRow, 'evidence' | 'discountedIds'>;

const sources = (ids: readonly string[], ctx: RequestContext) => requiredNodes<SourceRow>(ctx.loaders, 'Source', ids);

/**
 * One place citing sources side by side, held against its claim's origins as Claim.corroboration
 * finds them (so both answers follow one origin rule): false when those sources rest on fewer
 * origins than there are sources. Null when it is not false, or when no verdict is possible.
 */
async function falseCorroboration(ctx: RequestContext, place: SideBySideRow, evidence: Evidence): Promise<FalseCorroborationRow | null> {
  const corroboration = await ctx.loaders.corroboration<Counted>(place.claimId, evidence, []);
  if (!corroboration) throw new Error(`Graph inconsistency: Claim ${place.claimId} is listed but missing`);
  const citedOn = (paths: CorroborationRow['origins'][number]['paths']) => place.citedIds.filter((id) => paths.some((path) => path.sourceIds[0] === id));
  const reached = corroboration.origins
    .map((origin) => ({ origin, paths: origin.paths.filter((path) => path.mentionId === place.mentionId) }))
    .filter(({ paths }) => paths.length > 0)
    .map(({ origin, paths }) => ({
      citedIds: citedOn(paths),
      origin: { makerIds: origin.makerIds, rootIds: [...new Set(paths.map((path) => path.sourceIds.at(-1) ?? ''))], paths },
    }));
  // A cited source none of whose paths is listed (lists cut at their bound) may rest on an origin of its own: no verdict.
  const everyCitedReached = place.citedIds.every((id) => reached.some((origin) => origin.citedIds.includes(id)));
  if (!everyCitedReached || reached.length >= place.citedIds.length) return null;
  const sharedOrigins = reached.filter((origin) => origin.citedIds.length >= 2).sort((a, b) => b.citedIds.length - a.citedIds.length);
  return { ...place, originCount: reached.length, sharedOrigins: sharedOrigins.slice(0, listBound('FalseCorroboration', 'sharedOrigins')) };
}

/**
 * Circular reporting at the loaders' version, from what (claim-)circular-reporting.cypher found: its
 * loops as they are, and of its side-by-side places the false ones, through the corroboration
 * loader (all their claims in one statement).
 */
export async function circularReporting(ctx: RequestContext, found: FoundCircularReporting | null, evidence: Evidence): Promise<CircularReportingRow> {
  if (!found) throw new Error('Graph inconsistency: a node read for its circular reporting vanished');
  const judged = await Promise.all(found.sideBySide.map((place) => falseCorroboration(ctx, place, evidence)));
  return { evidence, cycles: found.cycles, falseCorroborations: judged.filter((row) => row !== null) };
}

export const circularReportingResolvers: Resolvers = {
  CircularReporting: {
    cycles: (report, args) => report.cycles.slice(0, sliceOf(args).first),
    falseCorroborations: (report, args) => report.falseCorroborations.slice(0, sliceOf(args).first),
  },
  DerivationCycle: {
    sources: ({ sourceIds }, _, ctx) => sources(sourceIds, ctx),
  },
  FalseCorroboration: {
    claim: ({ claimId }, _, ctx) => requiredNode<ClaimRow>(ctx.loaders, 'Claim', claimId),
    mention: ({ mentionId }, _, ctx) => requiredNode<MentionRow>(ctx.loaders, 'Mention', mentionId),
    cited: ({ citedIds }, _, ctx) => sources(citedIds, ctx),
  },
  SharedOrigin: {
    cited: ({ citedIds }, _, ctx) => sources(citedIds, ctx),
  },
};
