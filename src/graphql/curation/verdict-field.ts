import { cypherFile } from '../../db/cypher-file';
import type { WriteTransaction } from '../../db/database';
import { contentKey } from '../../model/ids';
import { notFound } from '../errors';
import { claimSplitId } from './claim-splits';
import type { VerdictRow } from './curation-rows';

/**
 * One verdict per reviewer and what it reviews: a claim, or a part split off it (a split id), named
 * without its prefix; the reviewer's name folded as claim texts are.
 */
export const verdictIdOf = (reviewedId: string, reviewer: string) => `verdict:${reviewedId.slice(reviewedId.indexOf(':') + 1)}:${contentKey(reviewer)}`;

/** The audit trail's field of a reviewer's verdict: `verdict:<reviewer>` on the claim, `splitVerdict:<split id>:<reviewer>` on a part split off it. */
export const verdictField = (reviewer: string, splitId: string | null | undefined) => (splitId ? `splitVerdict:${splitId}:${reviewer}` : `verdict:${reviewer}`);

/** The verdict id a field of verdictField names, on claim `claimId` (the Change's item): what a revert sets back. */
export function verdictIdOfField(claimId: string, field: string): string {
  if (field.startsWith('verdict:')) return verdictIdOf(claimId, field.slice('verdict:'.length));
  // The split is the claim's, `split:<claim key>:<revision>` (claimSplitId): the key may hold `:`, the revision does not.
  const splitIdPrefix = claimSplitId(claimId, 0).slice(0, -'0'.length);
  const [, revision = '', reviewer = ''] = /^(\d+):(.*)$/s.exec(field.slice(`splitVerdict:${splitIdPrefix}`.length)) ?? [];
  return verdictIdOf(claimSplitId(claimId, Number(revision)), reviewer);
}

/**
 * Sets verdict `id` of a claim or of a part split off it (`verdict.splitId`): recorded (replacing
 * the reviewer's earlier one), or with null removed. recordVerdict writes with it, and revertChange
 * sets a verdict back: NOT_FOUND when the part is no longer split off (its split was reverted since).
 */
export async function setVerdict(tx: WriteTransaction, claimId: string, id: string, verdict: VerdictRow | null): Promise<void> {
  if (!verdict) {
    await tx.run(cypherFile('curation/delete-verdict'), { claimId, id });
    return;
  }
  const [held] = await tx.run(cypherFile('curation/record-verdict'), { verdict: { splitId: null, ...verdict } });
  if (!held) throw notFound(`split of ${claimId}`, verdict.splitId ?? id);
}

/** A recorded verdict by id, or null: what a new verdict of the same reviewer replaces. */
export async function verdictById(tx: WriteTransaction, id: string): Promise<VerdictRow | null> {
  const [row] = await tx.run(cypherFile('curation/verdict'), { id });
  return (row?.verdict ?? null) as unknown as VerdictRow | null;
}
