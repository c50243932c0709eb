import type { WriteTransaction } from '../../db/database';
import { claimMerges, type CuratedRelationRow } from './curated-relations';

/**
 * Why claim `mergedId` cannot be merged into `keptId`, or null when it can, read under both claims'
 * locks: what mergeClaims checks, and what a revert that would bring a merge back checks again.
 */
export async function mergeRefusal(tx: WriteTransaction, keptId: string, mergedId: string): Promise<string | null> {
  return refusalAmong(keptId, mergedId, await claimMerges(tx, [keptId, mergedId]));
}

/**
 * The refusal given the merges either claim already takes part in. Merges do not chain: a claim
 * merged into another is neither kept nor merged again, and a claim others were merged into is not
 * merged itself, so every merged claim names the one claim that keeps it.
 */
function refusalAmong(keptId: string, mergedId: string, merges: readonly Pick<CuratedRelationRow, 'fromId' | 'toId'>[]): string | null {
  // Ids are `claim:<story>:<key>`; across stories one statement is one through its ClaimIdentity.
  if (keptId.split(':')[1] !== mergedId.split(':')[1]) return `${mergedId} and ${keptId} are claims of different stories: their identity, not a merge, makes them one statement`;
  const into = (id: string) => merges.find((merge) => merge.fromId === id)?.toId;
  const mergedIntoIt = merges.filter((merge) => merge.toId === mergedId).map((merge) => merge.fromId);
  if (into(mergedId) !== undefined) return `${mergedId} is already merged into ${into(mergedId)}`;
  if (into(keptId) !== undefined) return `${keptId} is merged into ${into(keptId)}: merge into that claim instead`;
  if (mergedIntoIt.length > 0) return `${mergedId} keeps ${mergedIntoIt.join(', ')}: merge it into ${keptId} only with none merged into it`;
  return null;
}
