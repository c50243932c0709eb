import type { Citation } from '../../src/model/claim-fields';
import { evidenceOf } from '../../src/model/claim-fields';
import type { StoryGraphDocument } from '../../src/model/story-graph';

/**
 * A story document with an editor's curation applied, as the analytics read it on a default read:
 * the oracles of corroboration-oracle.ts then hold the API to the curated state.
 */

type Doc = StoryGraphDocument;

/**
 * The document with a claim's citations corrected (Mutation.correctClaim `citations`): they replace
 * what its mentions cite, and are cited where the claim is first stated (its mention first in
 * position, then id). A document mention cites in one scope, so that mention is written once per
 * scope the correction uses, under its one id; the claim's other mentions cite nothing.
 */
export function withCorrectedCitations(doc: Doc, claimId: string, citations: readonly Citation[]): Doc {
  const refOf = (sourceId: string) => {
    const ref = doc.sources.find((source) => source.id === sourceId)?.ref;
    if (ref === undefined) throw new Error(`${sourceId} is not a numbered source of the document`);
    return ref;
  };
  return {
    ...doc,
    claims: doc.claims.map((claim) => {
      if (claim.id !== claimId) return claim;
      const [first, ...others] = [...claim.mentions].sort((a, b) => a.position - b.position || (a.id < b.id ? -1 : 1));
      if (!first) return claim;
      const scopes = [...new Set(citations.map((citation) => citation.scope))];
      const places = (scopes.length > 0 ? scopes : [first.citationScope]).map((scope) => ({
        ...first,
        citationScope: scope,
        citationRefs: citations.filter((citation) => citation.scope === scope).map((citation) => refOf(citation.sourceId)),
      }));
      return { ...claim, sourceRefs: evidenceOf(citations).sourceIds.map(refOf), mentions: [...places, ...others.map((m) => ({ ...m, citationRefs: [] }))] };
    }),
  };
}

/** The document with a curated derivation (Mutation.addDerivation): `sourceId` derives from `fromSourceId` as `how` says. */
export function withCuratedDerivation(doc: Doc, sourceId: string, fromSourceId: string, how: string): Doc {
  return {
    ...doc,
    sources: doc.sources.map((source) => (source.id === sourceId ? { ...source, derivedFrom: [...source.derivedFrom, { sourceId: fromSourceId, how }] } : source)),
  };
}
