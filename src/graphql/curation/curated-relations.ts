import { cypherFile } from '../../db/cypher-file';
import type { WriteTransaction } from '../../db/database';
import type { DerivationKind } from '../../model/derivations';
import type { ClaimRow, SourceRow } from '../rows';
import type { ChangeRow } from './curation-rows';

/**
 * What a curator says about two items that the story's document does not (or that it does, and the
 * curator holds wrong): kept as `(:Curation {itemId: fromId})-[:HAS_RELATION]->(:CuratedRelation)`,
 * apart from the story's own edges, so that the document's SUPPORTS, CONTRADICTS, DERIVED_FROM and
 * shared identities stay what it says, and so that ingesting a new version or migrating the graph,
 * which leave Curation nodes alone, keeps them.
 */
export const CLAIM_RELATIONS = ['SUPPORTS', 'CONTRADICTS'] as const;
export const SOURCE_RELATIONS = ['SAME_ITEM', 'DERIVED_FROM'] as const;
export type ClaimRelation = (typeof CLAIM_RELATIONS)[number];
export type SourceRelation = (typeof SOURCE_RELATIONS)[number];
/** MERGED_INTO: claim `fromId` is one claim with `toId`, which keeps it (mergeClaims). */
export type CuratedRelationName = ClaimRelation | SourceRelation | 'MERGED_INTO';

/** ADDED: the curator's own relation. DISPUTED: the curator holds the document's own edge wrong; the edge stays. */
export type CuratedRelationStatus = 'ADDED' | 'DISPUTED';

export interface CuratedRelationRow {
  id: string;
  relation: CuratedRelationName;
  status: CuratedRelationStatus;
  /** SUPPORTS, CONTRADICTS, DERIVED_FROM, MERGED_INTO: from `fromId` to `toId` (the deriving source, the merged claim first); SAME_ITEM: the two in id order. */
  fromId: string;
  toId: string;
  /** DERIVED_FROM only. */
  kind?: DerivationKind | null;
  how?: string | null;
  rationale: string;
  evidenceSourceIds: string[];
  recordedAt: string;
  recordedBy: string;
}

export interface ClaimLinkPayloadRow {
  link: CuratedRelationRow | null;
  from: ClaimRow;
  to: ClaimRow;
  change: ChangeRow;
}

export interface SourceLinkPayloadRow {
  link: CuratedRelationRow;
  source: SourceRow;
  other: SourceRow;
  change: ChangeRow;
}

export interface MergeClaimsPayloadRow {
  claim: ClaimRow;
  merged: ClaimRow;
  change: ChangeRow;
}

/** One relation per kind and ordered pair of items: a second write of it finds the first. */
export const curatedRelationId = (relation: CuratedRelationName, fromId: string, toId: string) => `${relation.toLowerCase()}:${fromId}>${toId}`;

/** The audit trail's field of a curated relation: its Change's `before` and `after` are the relation or null. */
export const curatedRelationField = (id: string) => `relation:${id}`;

/**
 * Sets curated relation `id` to `value`, or takes it away for null: what a write does, and what a
 * revert of its Change (field `relation:<id>`) calls with the Change's `before`. Both items must be
 * locked (runCurationWriteOnItems), and `value.fromId`'s Curation node made.
 */
export async function setCuratedRelation(tx: WriteTransaction, id: string, value: CuratedRelationRow | null): Promise<void> {
  if (value === null) await tx.run(cypherFile('curation/remove-curated-relation'), { id });
  else await tx.run(cypherFile('curation/set-curated-relation'), { relation: { ...value, id } });
}

/** A relation's state under the items' locks: the curated one, and whether the story's newest version makes it itself. */
export interface RelationState {
  curated: CuratedRelationRow | null;
  inDocument: boolean;
}

/** The merges either of two claims already takes part in (MERGED_INTO relations), read under their locks. */
export async function claimMerges(tx: WriteTransaction, ids: readonly string[]): Promise<CuratedRelationRow[]> {
  return (await tx.run(cypherFile('curation/claim-merges'), { ids })).map((row) => row.merge as unknown as CuratedRelationRow);
}

export async function relationState(tx: WriteTransaction, relation: CuratedRelationName, fromId: string, toId: string): Promise<RelationState> {
  const id = curatedRelationId(relation, fromId, toId);
  const [row] = await tx.run(cypherFile('curation/relation-state'), { id, relation, fromId, toId });
  return { curated: (row?.curated ?? null) as unknown as CuratedRelationRow | null, inDocument: row?.inDocument === true };
}
