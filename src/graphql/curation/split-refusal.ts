import type { ClaimSplitState } from './claim-splits';

/**
 * Why `moving` cannot be split off the claim whose mentions `state` holds, or null when it can:
 * each mention moved must be the claim's, not already moved by another split, and at least one of
 * the claim's mentions must stay with it (a split that takes every place is a correction of the
 * claim, not a split).
 */
export function splitRefusal(claimId: string, state: ClaimSplitState, moving: readonly string[]): string | null {
  const own = new Set(state.mentionIds);
  const foreign = moving.filter((id) => !own.has(id));
  if (foreign.length > 0) return `${foreign.join(', ')} ${foreign.length === 1 ? 'is not a mention' : 'are not mentions'} of ${claimId}: a split moves the claim's own mentions`;
  const movedBefore = state.moved.filter((moved) => moving.includes(moved.mentionId));
  if (movedBefore.length > 0) return movedBefore.map((moved) => `${moved.mentionId} was already split off into ${moved.splitId}`).join('; ');
  const gone = new Set([...state.moved.map((moved) => moved.mentionId), ...moving]);
  if (state.mentionIds.every((id) => gone.has(id))) return `every mention of ${claimId} would be split off: at least one must stay with the claim`;
  return null;
}
