import { beforeFinalStop, clauseAround } from './clauses';
import { lastMentionWithin, type Mention } from './mentions';
import type { Paraphrase } from './paraphrases';
import type { QuotedSpan } from './quotes';
import {
  AS_OBJECT_SPEECH_VERBS,
  CONTENT_OF_NOUNS,
  OBJECT_OPENER,
  OBJECT_SPEECH_VERBS,
  SAYING_NOUNS,
  SUBJECT_VERB_GAP,
  wordsOf,
} from './speech-words';

/** How many words may stand between a possessive and its noun of saying ("Zuckerberg's post-layoff reassurance"). */
const POSSESSIVE_REACH = 3;
/** Where a noun object ends: a clause break, or a comma before a participle or a subordinate or relative clause. */
const OBJECT_END = /;\s|\s[—–]\s|,\s+(?=\p{L}+ing\b|(?:which|who|whom|whose|while|whereas|but|although|though|after|before|when|because|so)\b)/gu;
const PREPOSITION = /^(?:of|at|from|to|for|with|by|in|on|about|against|than|into|among|between|under|over|through)$/i;
/** A subject after these is a relative clause's, whose object is the noun before it ("the cuts that Meta announced the next day"). */
const RELATIVE_PRONOUN = /^(?:that|which|whom)$/i;
/** When, not what, was said: "announced this week that …", "pledged the next day". */
const TIME_PHRASE = /^(?:this|last|next|that|the\s+(?:next|same|following|previous))\s+(?:day|week|month|year|morning|afternoon|evening|night|quarter|monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b/i;
const POSSESSIVE = /^['’]s?\s/;
/** A verb in a relative clause set off by commas ("Meta's framing, which had characterized N as C, was …"), which its next comma closes. */
const RELATIVE = /,\s+(?:which|who)\b/;

/**
 * Reported speech whose content is a noun phrase, in the narrator's words:
 * - "X announced N", "X pledged N", "X had previously announced N" (a verb of `OBJECT_SPEECH_VERBS`);
 * - "X characterized N as C", "X's framing, which had characterized N as C" (`AS_OBJECT_SPEECH_VERBS`, with its "as");
 * - "X's reassurance of N" (a noun of `CONTENT_OF_NOUNS` an actor's possessive governs).
 * The claim is N (with its "as C") as written; the speaker is the actor whose name is the verb's
 * subject, or whose possessive governs a noun of saying that is. A verb not of saying ("X executed
 * N"), a subject after a preposition ("reporters at X announced") or of a relative clause ("the
 * cuts that X announced the next day"), an object that is a time ("X announced this week that …")
 * or one that quotes (left to the quotation) gives nothing.
 */
export function findReportedObjects(text: string, quotes: readonly QuotedSpan[], mentions: readonly Mention[]): Paraphrase[] {
  const found: Paraphrase[] = [];
  const words = wordsOf(text);
  words.forEach((cue, index) => {
    const word = cue.word.toLowerCase();
    const next = words[index + 1];
    if (!next || next.start !== cue.end + 1 || (found.at(-1)?.claim.end ?? 0) > cue.start) return;
    const verb = OBJECT_SPEECH_VERBS.has(word) || AS_OBJECT_SPEECH_VERBS.has(word);
    const noun = CONTENT_OF_NOUNS.has(word) && next.word === 'of';
    const opener = noun ? words[index + 2] : verb && OBJECT_OPENER.test(next.word) ? next : undefined;
    if (!opener) return;
    const clause = clauseAround(text, cue.start);
    const speaker = lastMentionWithin(mentions, clause.start, cue.start);
    if (!speaker || !governs(text, speaker, clause.start, cue.start, noun ? 'noun' : 'verb')) return;
    const end = objectEnd(text, opener.start, RELATIVE.test(text.slice(speaker.end, cue.start)));
    const object = text.slice(opener.start, end);
    if ((AS_OBJECT_SPEECH_VERBS.has(word) && !/\sas\s/.test(object)) || TIME_PHRASE.test(object)) return;
    if (quotes.some((quote) => quote.end > opener.start && quote.start < end)) return;
    found.push({ actorId: speaker.actorId, claim: { start: opener.start, end }, span: { start: speaker.start, end } });
  });
  return found;
}

/**
 * Whether the actor named at `speaker` says what the cue reports: as the verb's subject, not a
 * preposition's object, with only auxiliaries and adverbs between ("Meta had previously
 * announced"); or through a noun of saying its possessive governs ("Meta's public framing, which
 * had characterized"), which a noun cue must itself be ("Zuckerberg's post-layoff reassurance of").
 */
function governs(text: string, speaker: Mention, clauseStart: number, cueStart: number, cue: 'verb' | 'noun'): boolean {
  const gap = text.slice(speaker.end, cueStart);
  const between = wordsOf(gap).map(({ word }) => word.toLowerCase());
  if (!POSSESSIVE.test(gap)) {
    const before = wordsOf(text, clauseStart, speaker.start).pop();
    const subject = before === undefined || !(PREPOSITION.test(before.word) || RELATIVE_PRONOUN.test(before.word));
    return cue === 'verb' && subject && /^[\p{L}\s,]*$/u.test(gap) && between.every((word) => SUBJECT_VERB_GAP.test(word));
  }
  const owned = between[0] === 's' ? between.slice(1) : between;
  if (cue === 'noun') return owned.length <= POSSESSIVE_REACH;
  const nounAt = owned.findIndex((word) => SAYING_NOUNS.has(word));
  return nounAt >= 0 && nounAt < POSSESSIVE_REACH && owned.slice(nounAt + 1).every((word) => SUBJECT_VERB_GAP.test(word));
}

/**
 * The end of a noun object starting at `from`: the first `OBJECT_END` (or, in a relative clause,
 * the first comma), else the text's end without its final stop.
 */
function objectEnd(text: string, from: number, relative: boolean): number {
  OBJECT_END.lastIndex = from;
  const stop = OBJECT_END.exec(text)?.index ?? text.length;
  const comma = relative ? text.indexOf(', ', from) : -1;
  const end = comma >= 0 ? Math.min(comma, stop) : stop;
  return beforeFinalStop(text, from, end);
}
