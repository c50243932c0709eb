import { cypherFile } from '../../db/cypher-file';
import type { WriteTransaction } from '../../db/database';
import { apiError } from '../errors';
import type { ClaimRow } from '../rows';
import { listBound } from '../list-bounds';
import type { ChangeRow, VerdictRow } from './curation-rows';
import { splitRefusal } from './split-refusal';

/**
 * A part a curator split off a claim the story's document counts as one (two statements in one
 * sentence): its own words, speaker and mentions, kept as
 * `(:Curation {itemId: claimId})-[:HAS_SPLIT]->(:ClaimSplit)`. The document and its claim stay as
 * they are; the split names the mentions it moves by id, so a new version, a re-ingest and a
 * migration, which leave Curation nodes alone, keep it.
 */
export interface ClaimSplitRow {
  id: string;
  claimId: string;
  text: string;
  /** An actor of the claim's story; null (absent from the node, which keeps no nulls): the split says nothing of its speaker (the claim's stands). */
  speakerId?: string | null;
  /** The claim's mentions that state the split-off part, as the curator named them. */
  mentionIds: string[];
  rationale: string;
  evidenceSourceIds: string[];
  recordedAt: string;
  recordedBy: string;
}

export interface SplitClaimPayloadRow {
  split: ClaimSplitRow;
  claim: ClaimRow;
  change: ChangeRow;
}

/** One id per split ever made of a claim: the claim's key and the revision the split gave it. */
export const claimSplitId = (claimId: string, revision: number) => `split:${claimId.slice('claim:'.length)}:${revision}`;

/** The audit trail's field of a split: its Change's `before` and `after` are the split or null. */
export const claimSplitField = (id: string) => `split:${id}`;

/**
 * Sets split `id` of a claim to `value`, or takes it away for null: what splitClaim does, and what
 * a revert of its Change (field `split:<id>`) calls with the Change's `before`. A split is checked
 * against the claim's mentions as they are now (splitRefusal), so that a revert cannot move a
 * mention another split has taken since: refused as `refusedAs` (splitClaim: BAD_USER_INPUT, the
 * caller's mentionIds; a revert: CONFLICT, the claim moved on since), and with CONFLICT when taking
 * away a split that has verdicts. The claim must be locked (runCurationWrite), which makes its
 * Curation node.
 */
export async function setClaimSplit(
  tx: WriteTransaction,
  id: string,
  value: ClaimSplitRow | null,
  refusedAs: 'BAD_USER_INPUT' | 'CONFLICT' = 'BAD_USER_INPUT',
): Promise<void> {
  if (value === null) {
    const [reviewed] = await tx.run(cypherFile('queries/verdicts'), { ids: [id], first: listBound('ClaimSplit', 'verdicts') });
    const reviewers = ((reviewed?.items ?? []) as unknown as VerdictRow[]).map((verdict) => verdict.reviewer);
    // Its verdicts would be left reviewing words no claim holds: they are undone first, newest first as ever.
    if (reviewers.length > 0) throw apiError('CONFLICT', `${id} has verdicts (${reviewers.join(', ')}) recorded on it since: revert them first.`, { reviewers });
    await tx.run(cypherFile('curation/remove-claim-split'), { id });
    return;
  }
  const refusal = splitRefusal(value.claimId, await claimSplitState(tx, value.claimId), value.mentionIds);
  if (refusal !== null) throw apiError(refusedAs, `mentionIds: ${refusal}.`, { field: 'mentionIds' });
  await tx.run(cypherFile('curation/set-claim-split'), { split: { ...value, id } });
}

/** A claim's mentions under its lock: the document's, and those its splits already moved (each with its split). */
export interface ClaimSplitState {
  mentionIds: string[];
  moved: { mentionId: string; splitId: string }[];
}

export async function claimSplitState(tx: WriteTransaction, claimId: string): Promise<ClaimSplitState> {
  const [row] = await tx.run(cypherFile('curation/claim-split-state'), { claimId });
  return { mentionIds: (row?.mentionIds ?? []) as string[], moved: (row?.moved ?? []) as ClaimSplitState['moved'] };
}
