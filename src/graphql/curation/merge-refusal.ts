import type { CuratedRelationRow } from './curated-relations';

/**
 * Why claim `mergedId` cannot be merged into `keptId`, given the merges either already takes part
 * in, or null when it can. Merges do not chain: a claim merged into another is neither kept nor
 * merged again, and a claim others were merged into is not merged itself, so every merged claim
 * names the one claim that keeps it.
 */
export function mergeRefusal(keptId: string, mergedId: string, merges: readonly Pick<CuratedRelationRow, 'fromId' | 'toId'>[]): string | null {
  // Ids are `claim:<story>:<key>`; across stories one statement is one through its ClaimIdentity.
  if (keptId.split(':')[1] !== mergedId.split(':')[1]) return `${mergedId} and ${keptId} are claims of different stories: their identity, not a merge, makes them one statement`;
  const into = (id: string) => merges.find((merge) => merge.fromId === id)?.toId;
  const mergedIntoIt = merges.filter((merge) => merge.toId === mergedId).map((merge) => merge.fromId);
  if (into(mergedId) !== undefined) return `${mergedId} is already merged into ${into(mergedId)}`;
  if (into(keptId) !== undefined) return `${keptId} is merged into ${into(keptId)}: merge into that claim instead`;
  if (mergedIntoIt.length > 0) return `${mergedId} keeps ${mergedIntoIt.join(', ')}: merge it into ${keptId} only with none merged into it`;
  return null;
}
