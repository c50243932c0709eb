import { cypherFile } from '../../db/cypher-file';
import type { Database } from '../../db/database';
import { listLoader, nodeLoader } from '../loaders/batch-loaders';
import { listBound } from '../list-bounds';
import type { CuratedRelationRow } from './curated-relations';
import type { CurationRow, VerdictRow } from './curation-rows';

/**
 * A request's curation reads, one statement per batch. Curation belongs to the item, not to a story
 * version, so a read at any version sees the same.
 */
export function createCurationLoaders(db: Database) {
  const curations = nodeLoader(db, cypherFile('queries/curation'));
  const verdicts = listLoader(db, cypherFile('queries/verdicts'), { first: listBound('Claim', 'verdicts') });
  // Claim.curatedLinks and Source.curatedLinks share the bound, so one loader serves both.
  const relations = listLoader(db, cypherFile('queries/curated-relations'), { first: listBound('Claim', 'curatedLinks') });
  return {
    /** The item's curation, or null for an item never curated (revision 0). */
    curation: async (itemId: string) => (await curations.load(itemId)) as unknown as CurationRow | null,
    /** A claim's verdicts, newest first, at most the field's bound; callers cut to `first`. */
    verdicts: async (claimId: string) => (await verdicts.load(claimId)) as unknown as VerdictRow[],
    /** A claim's or source's curated relations, either end, newest first, at most the fields' bound. */
    relations: async (itemId: string) => (await relations.load(itemId)) as unknown as CuratedRelationRow[],
  };
}

export type CurationLoaders = ReturnType<typeof createCurationLoaders>;
