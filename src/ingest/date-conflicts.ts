import type { EventNode } from '../model/story-graph';
import type { ProseSentence } from './parse/statements';

/** How the prose times an event: on the day of another, after another, the day after another, or on a date it writes. */
export type DateRelation = 'same-day' | 'later' | 'next-day' | 'on-date';

export interface DateConflict {
  /** The prose line that times the event otherwise than the timeline. */
  line: number;
  /** The prose's words for the timing, as written: "the same day", "Days later", "On March 10". */
  phrase: string;
  relation: DateRelation;
  /** The timeline event the sentence tells of, and its date there. */
  eventId: string;
  date: string;
  /** The timeline event the prose times it against, if it names one. */
  otherEventId?: string;
  /** That event's date, or the date the prose writes (an ISO interval `start/end` for a range). */
  otherDate: string;
}

interface Reference {
  phrase: string;
  relation: 'same-day' | 'later';
  /** Where the phrase and the happenings it names stand in the sentence. */
  start: number;
  end: number;
  /** The happenings named after the phrase, e.g. "the leaked audio became public". */
  referents: string[];
}

const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
const STOPWORDS = new Set([
  ...'a an the and or but nor of to in on at by for from with as that this these those it its their his her he she they we is are was were be been being has have had do does did which who whom whose while after before about into over than then there also not no same day days week weeks month months later next following late early around approximately roughly nearly'.split(' '),
  ...MONTHS,
]);
/** Where a clause ends: a dash between spaces, a semicolon, a comma, or the sentence's end. */
const CLAUSE_END = /\s[—–]\s|[;,.]|$/g;
/** Clauses of a sentence, each telling of at most one happening: cut at dashes, semicolons and ", while|and|but". */
const CLAUSE_BREAK = /\s[—–]\s|;\s|,\s(?=(?:while|and|but)\s)/;
const SAME_DAY = /\b(?:on )?the same day(?: as)?\s+/gi;
const DAYS_FOLLOWING = /\b[Ii]n the (?:days|weeks|months) (?:following|after)\s+/g;
const LATER = /\b(?:(?:a few|several|some|two|three|four|five|\d+) )?(?:days|weeks|months) later\b|\b[Aa] (?:day|week|month) later\b/gi;
const NEXT_DAY = /\bthe (?:next|following) day\b/gi;
const ON_DATE = new RegExp(
  `\\b[Oo]n (?:or around |approximately |about |around )?(${MONTHS.join('|')}) (\\d{1,2})(?:\\s*[–-]\\s*(\\d{1,2}))?\\b`,
  'gi',
);

/**
 * Where the prose times an event otherwise than the timeline: "X — the same day Y" while the
 * timeline dates X and Y apart, "Days later, Z" or "in the days following Y, Z" while the timeline
 * dates Z no later than what came before, "the next day" off by more than a day, "On <date>"
 * against the timeline's date. A clause tells of the timeline event that shares the most
 * distinctive words with it (and a citation, where any event shares one); a clause that matches
 * no event, or several equally, is ambiguous and checked against nothing. Of several happenings
 * a timing may refer to, the prose conflicts only with a timeline that contradicts every one.
 */
export function findDateConflicts(events: readonly EventNode[], sentences: readonly ProseSentence[]): DateConflict[] {
  const timeline = new TimelineIndex(events);
  const conflicts: DateConflict[] = [];
  sentences.forEach((sentence, index) => {
    const previous = sentences[index - 1]?.line === sentence.line ? sentences[index - 1] : undefined;
    const references = referencesIn(sentence.text);
    const happening = timeline.match(mainText(sentence.text, references), sentence.refs);
    if (!happening) return;
    const at = (phrase: string, relation: DateRelation, other: { eventId?: string; date: string }): DateConflict => ({
      line: sentence.line,
      phrase,
      relation,
      eventId: happening.id,
      date: happening.date,
      ...(other.eventId !== undefined && { otherEventId: other.eventId }),
      otherDate: other.date,
    });
    const anchorsIn = (texts: string[], refs: number[]) =>
      texts.flatMap((text) => timeline.match(text, refs, happening.id) ?? []).sort((a, b) => a.date.localeCompare(b.date));

    for (const reference of references) {
      const anchors = anchorsIn(reference.referents, sentence.refs);
      const latest = anchors[anchors.length - 1];
      if (!latest) continue;
      const conflicting =
        reference.relation === 'same-day' ? anchors.every((a) => a.date !== happening.date) : anchors.every((a) => happening.date <= a.date);
      if (conflicting) conflicts.push(at(reference.phrase, reference.relation, { eventId: latest.id, date: latest.date }));
    }

    const before = previous ? anchorsIn(clausesOf(previous.text), previous.refs) : [];
    const latest = before[before.length - 1];
    for (const [pattern, relation] of [[LATER, 'later'], [NEXT_DAY, 'next-day']] as const) {
      const phrase = first(pattern, sentence.text);
      if (phrase === undefined || !latest) continue;
      const conflicting =
        relation === 'later' ? before.every((a) => happening.date <= a.date) : before.every((a) => happening.date !== dayAfter(a.date));
      if (conflicting) conflicts.push(at(phrase, relation, { eventId: latest.id, date: latest.date }));
    }

    for (const written of sentence.text.matchAll(ON_DATE)) {
      const [phrase, month = '', from = '', to] = written;
      const year = happening.date.slice(0, 4);
      const day = (d: string) => `${year}-${String(MONTHS.indexOf(month.toLowerCase()) + 1).padStart(2, '0')}-${d.padStart(2, '0')}`;
      const [start, end] = [day(from), day(to ?? from)];
      if (happening.date < start || happening.date > end) {
        conflicts.push(at(phrase, 'on-date', { date: start === end ? start : `${start}/${end}` }));
      }
    }
  });
  return conflicts;
}

/** Timeline events by their distinctive words: a word in fewer events weighs more. */
class TimelineIndex {
  private readonly entries: { event: EventNode; words: Set<string> }[];
  private readonly weight = new Map<string, number>();

  constructor(events: readonly EventNode[]) {
    this.entries = events.map((event) => ({ event, words: new Set(wordsOf(event.text)) }));
    const counts = new Map<string, number>();
    for (const { words } of this.entries) for (const word of words) counts.set(word, (counts.get(word) ?? 0) + 1);
    for (const [word, count] of counts) this.weight.set(word, Math.log((this.entries.length + 1) / count));
  }

  /** The one event a text tells of: at least three shared words, and a higher score than any other event. */
  match(text: string, refs: readonly number[], except?: string): EventNode | undefined {
    const words = new Set(wordsOf(text));
    const candidates = this.entries.filter(({ event }) => event.id !== except);
    const cited = candidates.filter(({ event }) => event.sourceRefs.some((ref) => refs.includes(ref)));
    const scored = (cited.length > 0 ? cited : candidates)
      .map(({ event, words: eventWords }) => {
        const shared = [...words].filter((word) => eventWords.has(word));
        return { event, shared: shared.length, score: shared.reduce((sum, word) => sum + (this.weight.get(word) ?? 0), 0) };
      })
      .filter(({ shared }) => shared >= 3)
      .sort((a, b) => b.score - a.score);
    const [best, second] = scored;
    return best && (!second || best.score > second.score) ? best.event : undefined;
  }
}

/** "the same day Y" and "in the days following Y and Z", with the happenings they name. */
function referencesIn(text: string): Reference[] {
  const found = (pattern: RegExp, relation: Reference['relation']) =>
    [...text.matchAll(pattern)].map((match): Reference => {
      const start = match.index ?? 0;
      const named = start + match[0].length;
      CLAUSE_END.lastIndex = named;
      const end = CLAUSE_END.exec(text)?.index ?? text.length;
      const referents = text.slice(named, end).split(/\s+and\s+/).filter((referent) => referent.trim() !== '');
      return { phrase: match[0].trim(), relation, start, end, referents };
    });
  return [...found(SAME_DAY, 'same-day'), ...found(DAYS_FOLLOWING, 'later')].sort((a, b) => a.start - b.start);
}

/** The sentence without the happenings its timing phrases refer to: what it tells of itself. */
function mainText(text: string, references: readonly Reference[]): string {
  let main = '';
  let from = 0;
  for (const { start, end } of references) {
    main += `${text.slice(from, start)} `;
    from = end;
  }
  return main + text.slice(from);
}

function clausesOf(text: string): string[] {
  return text.split(CLAUSE_BREAK);
}

function first(pattern: RegExp, text: string): string | undefined {
  return [...text.matchAll(pattern)][0]?.[0];
}

function dayAfter(date: string): string {
  const next = new Date(`${date}T00:00:00Z`);
  next.setUTCDate(next.getUTCDate() + 1);
  return next.toISOString().slice(0, 10);
}

/** Lowercased word stems without stopwords: "flagged" and "flags" are both "flag", "8,000" one word. */
function wordsOf(text: string): string[] {
  return text
    .toLowerCase()
    .replace(/(\d),(\d)/g, '$1$2')
    .split(/[^\p{L}\p{N}]+/u)
    .filter((word) => word.length > 1 && !STOPWORDS.has(word))
    .map(stem);
}

function stem(word: string): string {
  const bare = word.replace(/(?<!s)s$/, '').replace(/(?:ed|ing|ly)$/, '');
  const base = bare.length >= 3 ? bare : word;
  return base.replace(/e$/, '').replace(/([^aeiou])\1$/, '$1');
}
