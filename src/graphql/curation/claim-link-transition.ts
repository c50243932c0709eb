import type { CuratedRelationStatus } from './curated-relations';

/** What a claim link's curation becomes (null: no curated relation), or why the write is refused. */
export type ClaimLinkTransition =
  | { status: CuratedRelationStatus | null }
  | { refused: 'BAD_USER_INPUT' | 'NOT_FOUND'; message: string };

/**
 * addClaimLink and removeClaimLink over a link's state. Adding makes a curator's link where the story
 * has none, or withdraws a dispute of the story's own; removing takes a curator's link away, or
 * disputes the story's own link, which stays in the graph (a curator never deletes what the document
 * says). Anything else would change nothing and is refused.
 */
export function claimLinkTransition(action: 'add' | 'remove', inDocument: boolean, curated: CuratedRelationStatus | null): ClaimLinkTransition {
  if (action === 'add') {
    if (curated === 'ADDED') return { refused: 'BAD_USER_INPUT', message: 'a curator has already added this link' };
    if (curated === 'DISPUTED') return { status: null };
    return inDocument ? { refused: 'BAD_USER_INPUT', message: "the story itself makes this link; there is nothing to add" } : { status: 'ADDED' };
  }
  if (curated === 'ADDED') return { status: null };
  if (curated === 'DISPUTED') return { refused: 'BAD_USER_INPUT', message: "the story's link is already disputed" };
  return inDocument ? { status: 'DISPUTED' } : { refused: 'NOT_FOUND', message: 'neither the story nor a curator makes this link' };
}
