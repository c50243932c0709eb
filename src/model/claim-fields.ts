import type { CitationScope, ClaimKind } from './story-graph';
import { evidenceScope } from './story-graph';

/**
 * The claim fields an editor may correct (correctClaim). A correction lies over what the document
 * says; the document's value stays in the graph, and a newer version that changes it opens a conflict.
 */
export const CORRECTABLE_FIELDS = ['text', 'speaker', 'kind', 'verbatim', 'citations'] as const;
export type CorrectableField = (typeof CORRECTABLE_FIELDS)[number];

/** One source a claim cites, with the scope of the citation. */
export interface Citation {
  sourceId: string;
  scope: CitationScope;
}

/** A claim's correctable fields, as a document says them or as corrected: the speaker by actor id. */
export interface ClaimFieldValues {
  text: string;
  kind: ClaimKind;
  verbatim: boolean;
  speaker: string | null;
  citations: Citation[];
}

/** A field's value as JSON in one spelling (citations' keys in a fixed order), so that equal values compare equal. */
export function fieldJson<F extends CorrectableField>(field: F, value: ClaimFieldValues[F]): string {
  if (field !== 'citations') return JSON.stringify(value);
  return JSON.stringify((value as Citation[]).map(({ sourceId, scope }) => ({ sourceId, scope })));
}

/** The citations that count as a claim's evidence, as the document's `sourceRefs` do: the direct ones, or where none, the inherited ones. */
export function evidenceOf(citations: readonly Citation[]): { scope: CitationScope; sourceIds: string[] } {
  const scope = evidenceScope(citations.map((citation) => ({ citationScope: citation.scope })));
  return { scope, sourceIds: citations.filter((citation) => citation.scope === scope).map((citation) => citation.sourceId) };
}

/** A corrected value as properties a Cypher statement can read, since none can parse JSON: the value itself, citations as two lists. */
export interface CypherCorrectedValue {
  corrected?: string | boolean;
  correctedSourceIds?: string[];
  correctedScopes?: CitationScope[];
}

export function cypherCorrectedValue<F extends CorrectableField>(field: F, value: ClaimFieldValues[F]): CypherCorrectedValue {
  if (field !== 'citations') return { corrected: value as string | boolean };
  const citations = value as Citation[];
  return { correctedSourceIds: citations.map((citation) => citation.sourceId), correctedScopes: citations.map((citation) => citation.scope) };
}
