import type { ActorKind, Channel } from '../../model/story-graph';
import { clauseAround, type Span } from './clauses';
import { lastMentionWithin, type Mention } from './mentions';
import type { QuotedSpan } from './quotes';
import { SAYING_NOUNS, SAYING_VERBS, SPEAKER_PRONOUNS, wordsOf } from './speech-words';

export interface Attribution {
  /** The actor the text gives the words to. */
  actorId: string;
  /** The channel the wording of its clause names, if any. */
  channel?: Channel;
  /** The words that attribute the quotation together with it ("Whitfield said the company 'acted …'"). */
  span: Span;
  /**
   * The words before an inserted attribution that the quotation completes ("the line … has, in The
   * Neuron's framing, '…'"): the claim is these words and the quotation, not the quotation alone.
   */
  completes?: Span;
}

const LEAK = /\bleak(?:ed|s)?\b/i;
const CHANNEL_CUES: { cue: RegExp; channel: Channel }[] = [
  { cue: /\b(?:internal(?:ly)?|memo|private(?:ly)?)\b/gi, channel: 'internal' },
  { cue: /\bpublic(?:ly)?\b/gi, channel: 'public' },
];
/** How many words may stand between a possessive and its noun of saying ("Zuckerberg's private rationale"). */
const POSSESSIVE_REACH = 3;
/** An attribution set off inside a clause: ", in X's framing, '…'". */
const INSERTED_BEFORE = /,\s+in\s+$/;
/** Where the clause a quotation completes starts, after a coordinated one: "…, and the line … has". */
const COORDINATION = /,\s+(?:and|but|or|so|yet)\s+/g;

/**
 * Whom the text gives a quotation to, or undefined when it gives it to no one (a scare quote, a
 * label): the quotation is attributed only by a cue of saying that governs it — nearest to it,
 * with no other quotation in between, in its clause — and names its speaker:
 * - after it: "'…,' he wrote" (the sentence's person) or "'…,' Whitfield said";
 * - before it: a verb of saying whose subject is the nearest actor named before it ("Whitfield told
 *   staff that '…'", "Zuckerberg justified the surveillance as learning from '…'"), or a noun of
 *   saying an actor's possessive governs ("Zuckerberg's private rationale: … '…'", "in The Neuron's
 *   framing, '…'").
 * A quotation in parentheses ("its private framing ('…')") labels what the narrator characterizes.
 */
export function attributeQuote(
  text: string,
  quote: QuotedSpan,
  quotes: readonly QuotedSpan[],
  mentions: readonly Mention[],
  kindOf: (actorId: string) => ActorKind | undefined,
): Attribution | undefined {
  if (text[quote.start - 1] === '(') return undefined;
  const clause = clauseAround(text, quote.start);
  const channel = channelOf(text.slice(clause.start, clause.end), quote.start - clause.start);
  const after = speakerAfter(text, quote, mentions, kindOf);
  if (after) return { ...after, ...(channel && { channel }) };
  const previous = quotes.filter((other) => other.end <= quote.start).pop();
  const floor = Math.max(clause.start, previous?.end ?? 0);
  const cue = wordsOf(text, floor, quote.start)
    .reverse()
    .find(({ word }) => SAYING_VERBS.has(word.toLowerCase()) || SAYING_NOUNS.has(word.toLowerCase()));
  if (!cue) return undefined;
  const speaker = lastMentionWithin(mentions, clause.start, cue.start);
  if (!speaker || !speaks(text, speaker, cue)) return undefined;
  // A noun of saying introduces the quotation after a colon or comma ("rationale: …", "framing, '…'"), not as a verb's subject.
  const introduced = SAYING_VERBS.has(cue.word.toLowerCase()) || /^\s*(?:[:,]|$)/.test(text.slice(cue.end, quote.start));
  if (!introduced) return undefined;
  const completes = completedClause(text, clause.start, speaker.start, cue.end, quote.start);
  const span = { start: completes?.start ?? speaker.start, end: quote.end };
  return { actorId: speaker.actorId, ...(channel && { channel }), span, ...(completes && { completes }) };
}

/**
 * The words an inserted attribution interrupts, which the quotation after it completes: "the line
 * between … has" in "…, and the line between … has, in The Neuron's framing, 'gotten a lot
 * blurrier'". Undefined when the attribution opens its clause or the quotation does not follow it.
 */
function completedClause(text: string, clauseStart: number, speakerStart: number, cueEnd: number, quoteStart: number): Span | undefined {
  const before = text.slice(clauseStart, speakerStart);
  const inserted = INSERTED_BEFORE.exec(before);
  if (!inserted || !/^\s*,\s*$/.test(text.slice(cueEnd, quoteStart))) return undefined;
  const breaks = [...before.slice(0, inserted.index).matchAll(COORDINATION)];
  const last = breaks.at(-1);
  const start = clauseStart + (last === undefined ? 0 : (last.index ?? 0) + last[0].length);
  const end = clauseStart + inserted.index;
  return /[\p{L}\p{N}]/u.test(text.slice(start, end)) ? { start, end } : undefined;
}

/**
 * Whether the actor named at `speaker` is the one the cue gives words to: the subject of a verb of
 * saying, unless a possessive makes something else the subject ("Whitfield's critics said") — a
 * noun of saying of theirs ("Zuckerberg's internal memo … framed") still speaks for them; a noun of
 * saying speaks for the actor whose possessive governs it ("Zuckerberg's private rationale").
 */
function speaks(text: string, speaker: Mention, cue: { word: string; start: number }): boolean {
  const between = wordsOf(text, speaker.end, cue.start).map(({ word }) => word.toLowerCase());
  if (!/^['’]s\b/.test(text.slice(speaker.end))) return SAYING_VERBS.has(cue.word.toLowerCase());
  const owned = between.slice(1);
  if (SAYING_VERBS.has(cue.word.toLowerCase()) && owned.some((word) => SAYING_NOUNS.has(word))) return true;
  return SAYING_NOUNS.has(cue.word.toLowerCase()) && owned.length <= POSSESSIVE_REACH;
}

/** "'…,' he wrote": a pronoun or an actor right after the quotation, then a verb of saying. */
function speakerAfter(
  text: string,
  quote: QuotedSpan,
  mentions: readonly Mention[],
  kindOf: (actorId: string) => ActorKind | undefined,
): Pick<Attribution, 'actorId' | 'span'> | undefined {
  const gap = /^[\s,]*/.exec(text.slice(quote.end))?.[0].length ?? 0;
  const at = quote.end + gap;
  const named = mentions.find((m) => m.start === at);
  if (named) {
    // "'…,' Whitfield said" or "'…,' Whitfield's statement said".
    const verbAt = wordsOf(text, named.end, Math.min(text.length, named.end + 80)).find(({ word }) => SAYING_VERBS.has(word.toLowerCase()));
    const near = verbAt !== undefined && wordsOf(text, named.end, verbAt.start).length <= POSSESSIVE_REACH + 1;
    return near && speaks(text, named, verbAt) ? { actorId: named.actorId, span: { start: quote.start, end: verbAt.end } } : undefined;
  }
  const [first, verbAt] = wordsOf(text, at, Math.min(text.length, at + 80));
  if (!verbAt || !SAYING_VERBS.has(verbAt.word.toLowerCase()) || verbAt.start - (first?.end ?? 0) > 1) return undefined;
  const span = { start: quote.start, end: verbAt.end };
  const personOnly = first ? SPEAKER_PRONOUNS[first.word.toLowerCase()] : undefined;
  if (!first || first.start !== at || personOnly === undefined) return undefined;
  // The pronoun stands for the sentence's nearest actor before the quotation of the kind it can be.
  const referent = mentions.filter((m) => m.end <= quote.start && (!personOnly || kindOf(m.actorId) === 'person')).pop();
  return referent ? { actorId: referent.actorId, span } : undefined;
}

/** The channel a clause's wording gives: a leak anywhere in it, otherwise the nearest cue; undefined without one. */
export function channelOf(clause: string, at: number): Channel | undefined {
  if (LEAK.test(clause)) return 'leaked';
  const cues = CHANNEL_CUES.flatMap(({ cue, channel }) =>
    [...clause.matchAll(cue)].map((match) => ({ index: match.index ?? 0, channel })),
  ).sort((a, b) => a.index - b.index);
  return (cues.filter((c) => c.index < at).pop() ?? cues.find((c) => c.index >= at))?.channel;
}
