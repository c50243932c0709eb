import { beforeFinalStop, clauseAround, type Span } from './clauses';
import { lastMentionWithin, type Mention } from './mentions';
import type { QuotedSpan } from './quotes';
import { BARE_CLAUSE_VERBS, CLAUSE_OPENER, SAYING_NOUNS, SAYING_VERBS, wordsOf } from './speech-words';

export interface Paraphrase {
  actorId: string;
  /** The reported clause: what the actor is said to have said, in the narrator's words. */
  claim: Span;
  /** From the speaker's name to the end of the reported clause. */
  span: Span;
}

/**
 * Reported speech: "X disclosed that <clause>", "X issued a reassurance that <clause>", "X warns
 * <clause>". The speaker is the nearest actor named before the cue in its clause; the reported
 * clause runs to the end of the sentence or its next semicolon. A clause that quotes is left to the
 * quotation (the quote is the claim). After a noun, "that" must open a clause ("a reassurance that
 * no further…"): "a rationale that diverged" is a relative clause, not speech.
 */
export function findParaphrases(text: string, quotes: readonly QuotedSpan[], mentions: readonly Mention[]): Paraphrase[] {
  const found: Paraphrase[] = [];
  const words = wordsOf(text);
  words.forEach((cue, index) => {
    const word = cue.word.toLowerCase();
    const next = words[index + 1];
    if (!next || (found.at(-1)?.claim.end ?? 0) > cue.start) return;
    const adjacent = next.start === cue.end + 1;
    const viaThat = adjacent && next.word === 'that' && (SAYING_VERBS.has(word) || SAYING_NOUNS.has(word));
    const opener = viaThat ? words[index + 2] : adjacent && BARE_CLAUSE_VERBS.has(word) ? next : undefined;
    // After a verb "that" opens what was said; after a noun it may open a relative clause instead.
    const reported = opener && ((viaThat && SAYING_VERBS.has(word)) || CLAUSE_OPENER.test(opener.word));
    if (!opener || !reported) return;
    const clause = clauseAround(text, cue.start);
    const speaker = lastMentionWithin(mentions, clause.start, cue.start);
    if (!speaker) return;
    const semicolon = text.indexOf('; ', opener.start);
    const end = beforeFinalStop(text, opener.start, semicolon < 0 ? text.length : semicolon);
    if (quotes.some((quote) => quote.end > cue.end && quote.start < end)) return;
    found.push({ actorId: speaker.actorId, claim: { start: opener.start, end }, span: { start: speaker.start, end } });
  });
  return found;
}
