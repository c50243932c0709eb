import { contentKeyOf, nodeId } from './ids';
import type { ClaimNode, SourceNode } from './story-graph';

/** The one real-world item behind stories' records of a source. */
export interface SourceIdentity {
  id: string;
  title: string;
  publisher: string | null;
  publishedAt: string | null;
}

/** The one statement (who said which words) behind stories' claims. */
export interface ClaimIdentity {
  id: string;
  text: string;
  speakerId: string | null;
}

/** A listing truncates a long title with an ellipsis; the same item listed whole must get the same key. */
const withoutEllipsis = (title: string) => title.trim().replace(/(?:…|\.\.\.)$/u, '');

/**
 * The shared identity of a source: the same publisher, title (case, spacing, quote style and a
 * trailing ellipsis folded away) and publication date make one item. The story model holds no URL,
 * so none takes part. A source with neither publisher nor date has none: two stories' "internal
 * memo"s would otherwise be taken for one.
 */
export function sourceIdentity(source: Pick<SourceNode, 'title' | 'publisher' | 'publishedAt'>): SourceIdentity | null {
  const publisher = source.publisher ?? null;
  const publishedAt = source.publishedAt ?? null;
  if (publisher === null && publishedAt === null) return null;
  const key = contentKeyOf([publisher ?? '', withoutEllipsis(source.title), publishedAt ?? '']);
  return { id: nodeId('source-identity', key), title: source.title, publisher, publishedAt };
}

/**
 * The shared identity of a claim: its speaker and its words, folded. A narrator is its story's own
 * actor, so the narrator's claims never meet another story's; so neither do claims with no speaker,
 * keyed by their story.
 */
export function claimIdentity(claim: Pick<ClaimNode, 'text' | 'speakerId'>, storyId: string): ClaimIdentity {
  const key = contentKeyOf([claim.speakerId ?? storyId, claim.text]);
  return { id: nodeId('claim-identity', key), text: claim.text, speakerId: claim.speakerId };
}
