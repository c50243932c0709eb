import type { Channel } from '../../model/story-graph';
import type { Mention } from './mentions';

export interface Attribution {
  /** The actor the text credits with the span; undefined when it names nobody. */
  actorId?: string;
  channel: Channel;
  /** Where the naming of the actor starts, when it leads up to the span within its clause. */
  leadStart?: number;
}

interface Span {
  start: number;
  end: number;
}

/** Dashes and semicolons separate the clauses in which an attribution is looked for first. */
const CLAUSE_BREAK = /\s[—–]\s|;\s/g;
const LEAK = /\bleak(?:ed|s)?\b/i;
const CHANNEL_CUES: { cue: RegExp; channel: Channel }[] = [
  { cue: /\b(?:internal(?:ly)?|memo|private(?:ly)?)\b/gi, channel: 'internal' },
  { cue: /\bpublic(?:ly)?\b/gi, channel: 'public' },
];

/**
 * Who voiced a quoted span and how, judged from the sentence around it: the actor named closest
 * before the span in its clause (else after it, else anywhere before it in the sentence), and the
 * channel from the clause's wording — a leak anywhere in the clause, otherwise the nearest cue.
 */
export function attribute(text: string, span: Span, mentions: readonly Mention[]): Attribution {
  const clause = clauseAround(text, span.start);
  const within = (at: number) => at >= clause.start && at < clause.end;
  const outside = mentions.filter((m) => m.end <= span.start || m.start >= span.end);
  const lead = outside.filter((m) => within(m.start) && m.start < span.start).pop();
  const actor =
    lead ??
    outside.find((m) => within(m.start) && m.start >= span.end) ??
    outside.filter((m) => m.start < span.start).pop();
  const channel = channelOf(text.slice(clause.start, clause.end), span.start - clause.start);
  return { actorId: actor?.actorId, channel, leadStart: lead?.start };
}

function clauseAround(text: string, at: number): Span {
  let start = 0;
  for (const brk of text.matchAll(CLAUSE_BREAK)) {
    const index = brk.index ?? 0;
    if (index >= at) return { start, end: index };
    start = index + brk[0].length;
  }
  return { start, end: text.length };
}

function channelOf(clause: string, at: number): Channel {
  if (LEAK.test(clause)) return 'leaked';
  const cues = CHANNEL_CUES.flatMap(({ cue, channel }) =>
    [...clause.matchAll(cue)].map((match) => ({ index: match.index ?? 0, channel })),
  ).sort((a, b) => a.index - b.index);
  return (cues.filter((c) => c.index < at).pop() ?? cues.find((c) => c.index >= at))?.channel ?? 'public';
}
