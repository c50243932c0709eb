import type { WriteTransaction } from '../../db/database';
import { apiError } from '../errors';
import { setClaimCorrections } from './claim-corrections';
import { setClaimSplit, type ClaimSplitRow } from './claim-splits';
import type { CorrectionsByField } from './correction-rows';
import { setCuratedRelation, type CuratedRelationRow } from './curated-relations';
import { mergeRefusal } from './merge-refusal';
import type { VerdictRow } from './curation-rows';
import { setSourceField, type SourceFieldValue } from './source-curation-fields';
import { setVerdict, verdictIdOfField } from './verdict-field';

/** How revertChange sets one kind of field back (of the claim or source the change names, and of the other items its value involves). */
export interface ChangeKind {
  /**
   * Sets `field` of the item to `value`, JSON-parsed as a Change's `before` holds it; null removes
   * the field. Runs under the item's lock, in the revert's transaction: the same function the
   * kind's own mutation writes with, so a revert writes exactly what that mutation would.
   */
  set(tx: WriteTransaction, itemId: string, field: string, value: unknown): Promise<void>;
  /**
   * Every item a change of this kind sets the value of, from its `before` and `after` (JSON-parsed),
   * where that is more than the one it names: a curated link is both its items'. A revert locks them
   * all in id order, as the kind's own mutation does, and records a Change on each.
   */
  itemsOf?(before: unknown, after: unknown): string[];
}

/** A reviewer's verdict on the claim (`verdict:<reviewer>`) or on a part split off it. */
const VERDICTS: ChangeKind = { set: (tx, claimId, field, value) => setVerdict(tx, claimId, verdictIdOfField(claimId, field), value as VerdictRow | null) };

/**
 * The kinds of Change that revertChange can undo, by the part of `Change.field` before its first
 * `:`. A mutation that records a new kind of change makes it revertible with one line here:
 * `<kind>: { set: (tx, itemId, field, value) => <its set-field function>(tx, itemId, …, value) },`.
 * A change of a kind not listed is refused with BAD_USER_INPUT (API key changes, say).
 */
const CHANGE_KINDS: Record<string, ChangeKind> = {
  verdict: VERDICTS,
  // A verdict on a part split off the claim, `splitVerdict:<split id>:<reviewer>`.
  splitVerdict: VERDICTS,
  reliability: { set: (tx, sourceId, _, value) => setSourceField(tx, sourceId, 'reliability', value as SourceFieldValue<'reliability'> | null) },
  retraction: { set: (tx, sourceId, _, value) => setSourceField(tx, sourceId, 'retraction', value as SourceFieldValue<'retraction'> | null) },
  // A claim's corrections, as a map of field to correction (null: none).
  corrections: { set: (tx, claimId, _, value) => setClaimCorrections(tx, claimId, (value ?? {}) as CorrectionsByField) },
  // A curated link or merge, `relation:<id>`; it is stored once, whichever of its two items' changes is reverted.
  relation: {
    set: async (tx, _, field, value) => {
      const relation = value as CuratedRelationRow | null;
      // A merge brought back must still not chain: the claims may have been merged on since it was undone.
      if (relation?.relation === 'MERGED_INTO') {
        const refusal = await mergeRefusal(tx, relation.toId, relation.fromId);
        if (refusal !== null) throw apiError('CONFLICT', `The merge of ${relation.fromId} into ${relation.toId} cannot come back: ${refusal}.`);
      }
      await setCuratedRelation(tx, field.slice('relation:'.length), relation);
    },
    // A link's two items are the same before and after (its id names them); null on one side only.
    itemsOf: (before, after) => {
      const { fromId, toId } = (after ?? before) as CuratedRelationRow;
      return [fromId, toId];
    },
  },
  // A part split off a claim, `split:<id>` (splitClaim); brought back, it may find its mentions moved on.
  split: { set: (tx, _, field, value) => setClaimSplit(tx, field.slice('split:'.length), value as ClaimSplitRow | null, 'CONFLICT') },
};

/** The kind of a Change's `field`, or undefined for one that cannot be reverted. */
export const changeKindOf = (field: string): ChangeKind | undefined => CHANGE_KINDS[field.split(':', 1)[0] ?? ''];
