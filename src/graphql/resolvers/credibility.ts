import { credibilityGrade } from '../../analytics/credibility-grade';
import type { RequestContext } from '../context';
import { apiError } from '../errors';
import { listBound } from '../list-bounds';
import type { Resolvers } from '../generated/resolvers-types';
import type { RelationName } from '../loaders/relations';
import type { ClaimRow, CorroborationRow, CredibilityRow, WeighedClaimRow } from '../rows';

type Evidence = CorroborationRow['evidence'];
type Counted = Omit<CorroborationRow, 'evidence' | 'discountedIds'>;

/** Each way of a claim edge is read to one past its field's bound, so that a longer one is refused, never weighed in part. */
const EDGE_READ = {
  claimContradicts: listBound('Claim', 'contradicts'),
  claimContradictedBy: listBound('Claim', 'contradictedBy'),
  claimSupportedBy: listBound('Claim', 'supportedBy'),
} as const satisfies Partial<Record<RelationName, number>>;

const tooLarge = (what: string, max: number) =>
  apiError('RESULT_TOO_LARGE', `${what} holds more than the ${max} items a credibility grade weighs.`, { field: what, limit: max });

/** The neighbours of a claim along one edge way, all of them (at most its bound). */
async function related(ctx: RequestContext, name: keyof typeof EDGE_READ, claimId: string): Promise<ClaimRow[]> {
  const max = EDGE_READ[name];
  const items = await ctx.loaders.related<ClaimRow>(name, claimId, { first: max + 1 });
  if (items.length > max) throw tooLarge(`${name} of ${claimId}`, max);
  return items.map((item) => item.node);
}

/** Corroboration as the corroboration loader answers it (queries/corroboration.cypher), one statement for every claim asked at once. */
async function corroborated(ctx: RequestContext, claimId: string, evidence: Evidence, discountedIds: string[]): Promise<CorroborationRow> {
  const counted = await ctx.loaders.corroboration<Counted>(claimId, evidence, discountedIds);
  if (!counted) throw new Error(`Graph inconsistency: Claim ${claimId} is resolved but missing`);
  return { ...counted, evidence, discountedIds };
}

/** Each claim once (two tensions may set a pair against each other both ways), the most origins first, then in document order. */
async function weighed(ctx: RequestContext, claims: ClaimRow[], evidence: Evidence, discountedIds: string[]): Promise<WeighedClaimRow[]> {
  const distinct = [...new Map(claims.map((claim) => [claim.id, claim])).values()];
  const rows = await Promise.all(
    distinct.map(async (claim) => {
      const corroboration = await corroborated(ctx, claim.id, evidence, discountedIds);
      return { claim, originCount: corroboration.originCount, corroboration };
    }),
  );
  return rows.sort((a, b) => b.originCount - a.originCount || a.claim.position - b.claim.position || a.claim.id.localeCompare(b.claim.id));
}

const strongest = (claims: WeighedClaimRow[]) => Math.max(0, ...claims.map((claim) => claim.originCount));

/**
 * A claim graded by the credibility table (src/analytics/credibility-grade.ts) at the loaders'
 * version, from its corroboration and that of the claims contradicting and backing it, all under
 * the same evidence and what-if. Batched: over any number of claims, the corroborations of the claims
 * asked, the two claim edges (one statement each, both ways), then the corroborations of their
 * neighbours, so four statements at most.
 */
export async function credibilityOf(ctx: RequestContext, claim: ClaimRow, evidence: Evidence, discountedIds: string[]): Promise<CredibilityRow> {
  const [corroboration, contradicts, contradictedBy, supportedBy] = await Promise.all([
    corroborated(ctx, claim.id, evidence, discountedIds),
    related(ctx, 'claimContradicts', claim.id),
    related(ctx, 'claimContradictedBy', claim.id),
    related(ctx, 'claimSupportedBy', claim.id),
  ]);
  const [contradictions, supports] = await Promise.all([
    weighed(ctx, [...contradicts, ...contradictedBy], evidence, discountedIds),
    weighed(ctx, supportedBy, evidence, discountedIds),
  ]);
  const inputs = {
    origins: corroboration.originCount,
    inheritedOnly: corroboration.directSources === 0,
    contradiction: strongest(contradictions),
    support: strongest(supports),
  };
  const grade = credibilityGrade(inputs);
  return {
    claim,
    evidence,
    grade: grade.rating,
    rating: grade.rating,
    label: grade.label,
    rule: grade.rule,
    reason: grade.reason,
    originCount: inputs.origins,
    inheritedOnly: inputs.inheritedOnly,
    strongestContradiction: inputs.contradiction,
    strongestSupport: inputs.support,
    corroboration,
    contradictions,
    supports,
  };
}

// Passed through so that the version a row was read at reaches the fields under them (resolve-at-version.ts marks what a resolver answers).
export const credibilityResolvers: Resolvers = {
  Credibility: {
    corroboration: (row) => row.corroboration,
    contradictions: (row) => row.contradictions,
    supports: (row) => row.supports,
  },
  WeighedClaim: {
    corroboration: (row) => row.corroboration,
  },
};
