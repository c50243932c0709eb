import { readCitations } from './citations';
import type { ActorMentions } from './mentions';
import { MultiPatternSearch } from './multi-pattern-search';

/** A stretch of the document that may say where a source's content comes from. */
export interface SourcePassage {
  /** As written, citation markers included. */
  text: string;
  /** The source whose own title this is, if it is one. */
  titleOf?: number;
  /** Actors the passage speaks for without naming them (a perspective's holders). */
  holderIds?: readonly string[];
}

export interface RelatableSource {
  ref: number;
  title: string;
  publisherId: string;
}

export interface SourceRelations {
  /** The sources this one derives from, by number, with the verb the text uses. */
  derivedFrom: { ref: number; how: string }[];
  /** Phrases of anonymous sourcing the text uses of this source, as written. */
  anonymousSourcing: string[];
}

/** "A relayed B", "A is based on B": the deriving source on the left. */
const ACTIVE = /\b(relayed|relays|carried|carries|quoted|quotes|cited|cites|reposted|reposts|republished|republishes|(?:is|was|were|are) based on|drew on|draws on)\s(?!by\b)/giu;
/** "A, citing B", "A, based on B": the deriving source is the clause before the comma. */
const PARTICIPLE = /,\s*(citing|quoting|relaying|carrying|based on|drawing on)\s/giu;
/** "B, relayed by A": the deriving source on the right. */
const PASSIVE = /\b(relayed|carried|quoted|cited|reposted|republished) by\s/giu;
/** Where a noun phrase naming a source stops. */
const BOUNDARY = /[,;:—()–]/u;
const ANONYMOUS = [
  /\b(?:(?:citing|according to|via|quoting)\s+)?(?:two |three |several |multiple )?(?:unnamed|anonymous|unidentified)\s+(?:sources?|people|persons|officials|employees|insiders)\b/giu,
  /\bsources (?:have |had )?(?:told|tell|say|said)\b/giu,
  /\b(?:people|persons?|sources?|someone|a person) familiar with\b/giu,
  /\b(?:on|under) (?:the )?condition of anonymity\b/giu,
  /\b(?:asked|requested) not to be (?:named|identified)\b/giu,
];
/** A title shorter than this names nothing unambiguously inside other text. */
const MIN_TITLE_LENGTH = 12;

/**
 * What the text says about where sources got their content: one source relaying, quoting, citing
 * or based on another ("X relayed Y's report [2]", "Z, citing [3]"), and anonymous sourcing
 * ("citing unnamed sources", "sources told X"). The relayed source is taken only where the text
 * names it by its number or its title; the relaying one also by its publisher when that publisher
 * has one source (or one among the passage's citations). Nothing is guessed: an unresolved side
 * records nothing.
 */
export function readSourceRelations(
  passages: readonly SourcePassage[],
  sources: readonly RelatableSource[],
  mentions: ActorMentions,
): Map<number, SourceRelations> {
  const relations = new Map(sources.map((source) => [source.ref, { derivedFrom: [], anonymousSourcing: [] } as SourceRelations]));
  const published = new Map<string, number[]>();
  for (const { publisherId, ref } of sources) published.set(publisherId, [...(published.get(publisherId) ?? []), ref]);
  const publishedBy = (actorIds: Iterable<string>) => [...new Set([...actorIds].flatMap((id) => published.get(id) ?? []))];
  const titles = new TitleMarkers(sources);

  for (const { text: written, titleOf, holderIds } of passages) {
    // A title written out names its source as its number would; the names and colons inside it name nothing else.
    const text = titleOf === undefined ? titles.mark(written) : written;
    const cited = readCitations(text).refs;
    const resolve = (segment: string): number | undefined => {
      const candidates = publishedBy(mentions.actorsIn(segment));
      const own = readCitations(segment).refs;
      if (candidates.length === 0) return only(own);
      const narrowed = (refs: readonly number[]) => only(candidates.filter((ref) => refs.includes(ref)));
      return only(candidates) ?? narrowed(own) ?? narrowed(cited);
    };
    const derive = (from: string, to: string, how: string) => {
      // The relayed source only by its number or title: "Lumina Health's silence" names no item of Lumina Health's.
      const [source, origin] = [resolve(from), only(readCitations(to).refs)];
      if (source === undefined || origin === undefined || source === origin) return;
      const list = relations.get(source)?.derivedFrom;
      if (list && !list.some((d) => d.ref === origin)) list.push({ ref: origin, how: how.toLowerCase() });
    };
    for (const match of text.matchAll(ACTIVE)) derive(clauseBefore(text, match.index), clauseAfter(text, match.index + match[0].length), match[1] ?? '');
    for (const match of text.matchAll(PARTICIPLE)) derive(clauseBefore(text, match.index), clauseAfter(text, match.index + match[0].length), match[1] ?? '');
    for (const match of text.matchAll(PASSIVE)) derive(clauseAfter(text, match.index + match[0].length), clauseBefore(text, match.index), `${match[1] ?? ''} by`);

    const phrases = ANONYMOUS.flatMap((pattern) => [...text.matchAll(pattern)].map((match) => match[0]));
    if (phrases.length === 0) continue;
    const subject = titleOf ?? only(publishedBy(holderIds ?? [])) ?? resolve(text);
    const list = subject === undefined ? undefined : relations.get(subject)?.anonymousSourcing;
    for (const phrase of phrases) if (list && !list.includes(phrase)) list.push(phrase);
  }
  return relations;
}

/**
 * Replaces the sources' titles written out in a text by their `[n]` markers, in one pass over the
 * text for all titles. Case, quote style and spacing are folded one character for one, so positions
 * in the folded text are positions in the text; a truncated title ("…") matches by its start.
 */
class TitleMarkers {
  private readonly markers: string[];
  private readonly search: MultiPatternSearch;

  constructor(sources: readonly RelatableSource[]) {
    const titled = sources.flatMap((source) => {
      const core = foldInPlace(source.title.replace(/\s*…$/u, '')).replace(/^"+|"+$/g, '').trim();
      return core.length >= MIN_TITLE_LENGTH ? [{ core, marker: `[${source.ref}]` }] : [];
    });
    this.markers = titled.map(({ marker }) => marker);
    this.search = new MultiPatternSearch(titled.map(({ core }) => core));
  }

  mark(text: string): string {
    const found: { index: number; start: number; end: number }[] = [];
    this.search.forEachMatch(foldInPlace(text), (index, start, end) => found.push({ index, start, end }));
    // Longest first, then leftmost: of overlapping titles the longer one is the one written.
    found.sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
    const kept: typeof found = [];
    for (const match of found) if (kept.every((other) => match.end <= other.start || match.start >= other.end)) kept.push(match);
    kept.sort((a, b) => b.start - a.start);
    return kept.reduce((marked, { index, start, end }) => `${marked.slice(0, start)}${this.markers[index] ?? ''}${marked.slice(end)}`, text);
  }
}

/** Lower case, every quote mark as `"` and every space as " ", keeping the text's length where lower-casing does. */
function foldInPlace(text: string): string {
  return [...text]
    .map((char) => {
      if (/['"‘’“”`]/u.test(char)) return '"';
      if (/\s/u.test(char)) return ' ';
      const lower = char.toLowerCase();
      return lower.length === char.length ? lower : char;
    })
    .join('');
}

const only = <T>(items: readonly T[]): T | undefined => (new Set(items).size === 1 ? items[0] : undefined);

function clauseBefore(text: string, end: number): string {
  const before = text.slice(0, end);
  const cut = Math.max(...[...before].map((char, i) => (BOUNDARY.test(char) ? i : -1)));
  return before.slice(cut + 1);
}

function clauseAfter(text: string, start: number): string {
  const after = text.slice(start);
  const cut = after.search(BOUNDARY);
  return cut < 0 ? after : after.slice(0, cut);
}
