import type { Citation } from '../../src/model/claim-fields';
import { evidenceOf } from '../../src/model/claim-fields';
import type { MentionNode, StoryGraphDocument } from '../../src/model/story-graph';

/**
 * A story document with an editor's curation applied, as the provenance analytics read it on a
 * default read: the oracles of corroboration-oracle.ts then hold the API to the curated state.
 */

type Doc = StoryGraphDocument;

export interface Curation {
  /** Corrected citations (correctClaim `citations`), by claim id. */
  corrections: ReadonlyMap<string, readonly Citation[]>;
  /** Curated derivations (addDerivation): `sourceId` derives from `fromSourceId` as `how` says. */
  derivations: readonly { sourceId: string; fromSourceId: string; how: string }[];
  /** Merges (mergeClaims): `mergedClaimId`'s mentions count for `claimId` too. */
  merges: readonly { claimId: string; mergedClaimId: string }[];
  /** Splits (splitClaim): mentions that leave their claim. */
  splits: readonly { claimId: string; mentionIds: readonly string[] }[];
}

const byPlace = (a: MentionNode, b: MentionNode) => a.position - b.position || (a.id < b.id ? -1 : 1);

/**
 * The document as curated. A claim's mentions are its own without those split off, then those of
 * the claims merged into it without theirs. A claim's corrected citations replace what all of those
 * cite, and are cited where it is first stated (its first own mention left, by position then id); a
 * document mention cites in one scope, so that one is written once per scope the correction uses,
 * under its one id, and its other mentions cite nothing. A curated derivation is one more derivedFrom.
 */
export function curatedDocument(doc: Doc, curation: Curation): Doc {
  const refOf = (sourceId: string) => {
    const ref = doc.sources.find((source) => source.id === sourceId)?.ref;
    if (ref === undefined) throw new Error(`${sourceId} is not a numbered source of the document`);
    return ref;
  };
  const splitOff = new Set(curation.splits.flatMap((split) => split.mentionIds));
  const remaining = (claimId: string) => (doc.claims.find((claim) => claim.id === claimId)?.mentions ?? []).filter((m) => !splitOff.has(m.id));
  return {
    ...doc,
    sources: doc.sources.map((source) => ({
      ...source,
      derivedFrom: [...source.derivedFrom, ...curation.derivations.filter((d) => d.sourceId === source.id).map((d) => ({ sourceId: d.fromSourceId, how: d.how }))],
    })),
    claims: doc.claims.map((claim) => {
      const own = remaining(claim.id);
      const citations = curation.corrections.get(claim.id);
      if (!citations) {
        const merged = curation.merges.filter((merge) => merge.claimId === claim.id).flatMap((merge) => remaining(merge.mergedClaimId));
        return { ...claim, mentions: [...own, ...merged] };
      }
      const [first, ...others] = [...own].sort(byPlace);
      if (!first) throw new Error(`${claim.id} has no mention left`);
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
