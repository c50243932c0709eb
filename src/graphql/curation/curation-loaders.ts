import { cypherFile } from '../../db/cypher-file';
import type { Database } from '../../db/database';
import { listLoader, nodeLoader } from '../loaders/batch-loaders';
import { listBound } from '../list-bounds';
import type { ClaimReviewSubject } from './claim-review';
import type { ClaimSplitRow } from './claim-splits';
import type { CorrectionRow } from './correction-rows';
import type { CuratedRelationRow } from './curated-relations';
import type { ChangeRow, CurationRow, VerdictRow } from './curation-rows';

/** A claim's merges (queries/merges.cypher): the claim it was merged into, and those merged into it. */
interface ClaimMerges {
  mergedInto: string | null;
  mergedClaimIds: string[];
}

/**
 * A request's curation reads, one statement per batch. Curation belongs to the item, not to a story
 * version, so a read at any version sees the same.
 */
export function createCurationLoaders(db: Database) {
  const curations = nodeLoader(db, cypherFile('queries/curation'));
  const revertedChanges = nodeLoader(db, cypherFile('queries/reverted-change'));
  const newestChanges = nodeLoader(db, cypherFile('queries/newest-change'));
  const verdicts = listLoader(db, cypherFile('queries/verdicts'), { first: listBound('Claim', 'verdicts') });
  // Claim.curatedLinks and Source.curatedLinks share the bound, so one loader serves both.
  const relations = listLoader(db, cypherFile('queries/curated-relations'), { first: listBound('Claim', 'curatedLinks') });
  // Claims and stories share one loader, so a request's reviews, per claim and per story, are one statement.
  const claimReviews = listLoader(db, cypherFile('queries/claim-reviews'), {
    // A ClaimReview is of the claim as curated: a default read's corrections.
    version: null,
    first: listBound('Story', 'claimReviewFeed'),
    verdictsLimit: listBound('Claim', 'verdicts'),
    appearancesLimit: listBound('Claim', 'sources'),
  });
  const merges = nodeLoader(db, cypherFile('queries/merges'), { first: listBound('Claim', 'mergedClaims') });
  const corrections = listLoader(db, cypherFile('queries/corrections'));
  const splits = listLoader(db, cypherFile('queries/claim-splits'), { first: listBound('Claim', 'splits') });
  return {
    /** The item's curation, or null for an item never curated (revision 0). */
    curation: async (itemId: string) => (await curations.load(itemId)) as unknown as CurationRow | null,
    /** The verdicts of a claim or of a part split off it (its split's id), newest first, at most the fields' bound; callers cut to `first`. */
    verdicts: async (reviewedId: string) => (await verdicts.load(reviewedId)) as unknown as VerdictRow[],
    /** A claim's or source's curated relations, either end, newest first, at most the fields' bound. */
    relations: async (itemId: string) => (await relations.load(itemId)) as unknown as CuratedRelationRow[],
    /**
     * What the ClaimReviews of a claim (its id), of a part split off one (the split's id) or of a
     * story's claims and their parts (the story's id, by position) describe; none without a verdict.
     */
    claimReviews: async (reviewedOrStoryId: string) => (await claimReviews.load(reviewedOrStoryId)) as unknown as ClaimReviewSubject[],
    /** A claim's merges (mergeClaims): the claim it was merged into, and those merged into it, newest first, at most Claim.mergedClaims' bound. */
    merges: async (claimId: string) => (await merges.load(claimId)) as unknown as ClaimMerges,
    /** A claim's corrections, by field, each with the Change that set it. */
    corrections: async (claimId: string) => (await corrections.load(claimId)) as unknown as CorrectionRow[],
    /** The parts split off a claim, oldest first, at most Claim.splits' bound; callers cut to `first`. */
    splits: async (claimId: string) => (await splits.load(claimId)) as unknown as ClaimSplitRow[],
    /** The newest change of an item (an API key's), or null for one never changed. */
    newestChange: async (itemId: string) => (await newestChanges.load(itemId)) as unknown as ChangeRow | null,
    /** The change a revert undid, or null for a change that reverts none. */
    reverted: async (changeId: string) => (await revertedChanges.load(changeId)) as unknown as ChangeRow | null,
  };
}

export type CurationLoaders = ReturnType<typeof createCurationLoaders>;
