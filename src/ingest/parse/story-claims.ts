import type { storyIds } from '../../model/ids';
import type { ClaimNode } from '../../model/story-graph';
import { attribute } from './attribution';
import { ClaimCollector } from './claims';
import type { ActorMentions } from './mentions';
import { quoteClaimText } from './quote-claim-text';
import { findQuotes } from './quotes';
import type { ProseSentence } from './statements';
import type { TensionLine } from './tensions';

export interface StoryClaims {
  claims: ClaimCollector;
  /** The tensions with the claim of each side. */
  tensions: (TensionLine & { sideClaimIds: { sideA: string; sideB: string } })[];
  /** Prose sentences that cite nothing, which therefore become no statement. */
  uncited: ProseSentence[];
}

/**
 * The claims the parser can read off the document, in document order: a statement per cited prose
 * sentence, a quote per quotation in prose and in tension explanations, and a framing per tension side.
 */
export function collectStoryClaims(
  sentences: readonly ProseSentence[],
  tensions: readonly TensionLine[],
  mentions: ActorMentions,
  ids: ReturnType<typeof storyIds>,
): StoryClaims {
  const claims = new ClaimCollector(ids);
  const addQuotes = (text: string, section: ClaimNode['section'], sourceRefs: number[], line: number) => {
    const quotes = findQuotes(text);
    for (const quote of quotes) {
      const { actorId, channel, leadStart } = attribute(text, quote, mentions.find(text));
      const assertedBy = actorId === undefined ? [] : [{ actorId, channel }];
      const claimText = quoteClaimText(text, quote, quotes, leadStart);
      claims.add({ text: claimText, kind: 'quote', quote: quote.span, section, sourceRefs, assertedBy }, line);
    }
  };

  for (const { section, line, text, refs } of sentences) {
    if (refs.length > 0) claims.add({ text, kind: 'statement', section, sourceRefs: refs, assertedBy: [] }, line);
    addQuotes(text, section, refs, line);
  }

  const withClaims = tensions.map((tension) => {
    const framing = (side: TensionLine['sideA']) => {
      const span = side.quote ?? { start: side.label.length, end: side.label.length };
      const { actorId, channel } = attribute(side.label, span, mentions.find(side.label));
      const claim = {
        text: side.label,
        kind: 'framing' as const,
        ...(side.quote && { quote: side.quote.span }),
        section: 'tensions' as const,
        // A side without citations of its own rests on those of its line.
        sourceRefs: side.refs.length > 0 ? side.refs : tension.refs,
        assertedBy: actorId === undefined ? [] : [{ actorId, channel }],
      };
      return claims.add(claim, tension.line);
    };
    const sideClaimIds = { sideA: framing(tension.sideA), sideB: framing(tension.sideB) };
    addQuotes(tension.explanation, 'tensions', tension.refs, tension.line);
    return { ...tension, sideClaimIds };
  });

  return { claims, tensions: withClaims, uncited: sentences.filter((sentence) => sentence.refs.length === 0) };
}
