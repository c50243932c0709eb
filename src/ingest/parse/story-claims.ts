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
  const narrator = ids.narrator;
  // A quotation is a piece of its sentence, which the citations close as a whole: they pass to it inherited.
  const addQuotes = (text: string, section: ClaimNode['section'], citationRefs: number[], line: number) => {
    const quotes = findQuotes(text);
    for (const quote of quotes) {
      const { actorId, channel, leadStart } = attribute(text, quote, mentions.find(text));
      const assertedBy = actorId === undefined ? [] : [{ actorId, channel }];
      const claimText = quoteClaimText(text, quote, quotes, leadStart);
      claims.add({
        text: claimText,
        kind: 'quote',
        quote: quote.span,
        verbatim: true,
        speakerId: actorId ?? narrator,
        section,
        line,
        words: claimText,
        citationRefs,
        citationScope: 'inherited',
        assertedBy,
      });
    }
  };

  for (const { section, line, text, refs } of sentences) {
    if (refs.length > 0) {
      const statement = { text, kind: 'statement' as const, verbatim: false, speakerId: narrator, section, line, words: text };
      claims.add({ ...statement, citationRefs: refs, citationScope: 'direct', assertedBy: [] });
    }
    addQuotes(text, section, refs, line);
  }

  const withClaims = tensions.map((tension) => {
    const framing = (side: TensionLine['sideA']) => {
      const span = side.quote ?? { start: side.label.length, end: side.label.length };
      const { actorId, channel } = attribute(side.label, span, mentions.find(side.label));
      // A side without citations of its own rests on those of its line, which close more than the side.
      const own = side.refs.length > 0;
      return claims.add({
        text: side.label,
        kind: 'framing',
        ...(side.quote && { quote: side.quote.span }),
        verbatim: false,
        speakerId: actorId ?? narrator,
        section: 'tensions',
        line: tension.line,
        words: side.label,
        citationRefs: own ? side.refs : tension.refs,
        citationScope: own ? 'direct' : 'inherited',
        assertedBy: actorId === undefined ? [] : [{ actorId, channel }],
      });
    };
    const sideClaimIds = { sideA: framing(tension.sideA), sideB: framing(tension.sideB) };
    addQuotes(tension.explanation, 'tensions', tension.refs, tension.line);
    return { ...tension, sideClaimIds };
  });

  return { claims, tensions: withClaims, uncited: sentences.filter((sentence) => sentence.refs.length === 0) };
}
