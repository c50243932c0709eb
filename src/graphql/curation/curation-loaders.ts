import { cypherFile } from '../../db/cypher-file';
import type { Database } from '../../db/database';
import { listLoader, nodeLoader } from '../loaders/batch-loaders';
import { listBound } from '../list-bounds';
import type { ChangeRow, CurationRow, VerdictRow } from './curation-rows';

/**
 * A request's curation reads, one statement per batch. Curation belongs to the item, not to a story
 * version, so a read at any version sees the same.
 */
export function createCurationLoaders(db: Database) {
  const curations = nodeLoader(db, cypherFile('queries/curation'));
  const revertedChanges = nodeLoader(db, cypherFile('queries/reverted-change'));
  const verdicts = listLoader(db, cypherFile('queries/verdicts'), { first: listBound('Claim', 'verdicts') });
  return {
    /** The item's curation, or null for an item never curated (revision 0). */
    curation: async (itemId: string) => (await curations.load(itemId)) as unknown as CurationRow | null,
    /** A claim's verdicts, newest first, at most the field's bound; callers cut to `first`. */
    verdicts: async (claimId: string) => (await verdicts.load(claimId)) as unknown as VerdictRow[],
    /** The change a revert undid, or null for a change that reverts none. */
    reverted: async (changeId: string) => (await revertedChanges.load(changeId)) as unknown as ChangeRow | null,
  };
}

export type CurationLoaders = ReturnType<typeof createCurationLoaders>;
