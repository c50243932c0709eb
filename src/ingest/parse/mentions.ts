import type { ActorNode } from '../../model/story-graph';
import { MultiPatternSearch } from './multi-pattern-search';

export interface Mention {
  actorId: string;
  start: number;
  end: number;
}

/** The actor a text names last within [start, end): the speaker a cue of saying at `end` has in its clause. */
export const lastMentionWithin = (mentions: readonly Mention[], start: number, end: number): Mention | undefined =>
  mentions.filter((m) => m.start >= start && m.end <= end).pop();

const WORD = /[\p{L}\p{N}]/u;

/**
 * Finds where a text names the document's actors: by name, alias, a person's surname alone
 * ("Zuckerberg" for Mark Zuckerberg) when no other actor's name contains that word, or a definite
 * description by the last words of a group's or organization's name ("the security team" for
 * Lumina Health security team) when those words end no other actor's name.
 */
export class ActorMentions {
  /** Longest first, so "Mark Zuckerberg" is one mention rather than a surname inside a name. */
  private readonly names: { text: string; actorId: string }[];
  /** Searches `names`' texts; a match's pattern index is the name's rank. */
  private readonly search: MultiPatternSearch;

  constructor(actors: readonly ActorNode[]) {
    const names = actors.flatMap((actor) => [actor.name, ...actor.aliases].map((text) => ({ text, actorId: actor.id })));
    const wordOwners = new Map<string, Set<string>>();
    for (const { text, actorId } of names) {
      for (const word of text.split(/\s+/)) wordOwners.set(word, (wordOwners.get(word) ?? new Set()).add(actorId));
    }
    const surnames = actors
      .filter((actor) => actor.kind === 'person' && actor.name.includes(' '))
      .map((actor) => ({ text: actor.name.split(/\s+/).pop() ?? '', actorId: actor.id }))
      .filter(({ text }) => text.length > 1 && wordOwners.get(text)?.size === 1);
    const ranked = [...names, ...surnames, ...descriptions(actors, names)].filter(({ text }) => text !== '').sort((a, b) => b.text.length - a.text.length);
    // One entry per text: of two names written alike the first ranked took every mention before, too.
    const seen = new Set<string>();
    this.names = ranked.filter(({ text }) => {
      if (seen.has(text)) return false;
      seen.add(text);
      return true;
    });
    this.search = new MultiPatternSearch(this.names.map(({ text }) => text));
  }

  /**
   * Non-overlapping mentions in text order: of overlapping candidates the longer name wins, and of
   * two equally long the one ranked first, then the one further left (one pass over the text).
   */
  find(text: string): Mention[] {
    const candidates: { rank: number; start: number; end: number }[] = [];
    this.search.forEachMatch(text, (rank, start, end) => {
      if (!WORD.test(text[start - 1] ?? '') && !WORD.test(text[end] ?? '')) candidates.push({ rank, start, end });
    });
    candidates.sort((a, b) => a.rank - b.rank || a.start - b.start);
    const covered = new Uint8Array(text.length);
    const mentions: Mention[] = [];
    for (const { rank, start, end } of candidates) {
      if (covered.subarray(start, end).includes(1)) continue;
      covered.fill(1, start, end);
      mentions.push({ actorId: (this.names[rank] as { actorId: string }).actorId, start, end });
    }
    return mentions.sort((a, b) => a.start - b.start);
  }

  /** The distinct actors a text names, in order of first mention. */
  actorsIn(text: string): string[] {
    return [...new Set(this.find(text).map((mention) => mention.actorId))];
  }
}

/**
 * "the security team" for "Lumina Health security team": "the" and the last two or more words of a
 * name of three or more, of an actor that is not a person, where no other actor's name ends so.
 */
function descriptions(actors: readonly ActorNode[], names: readonly { text: string; actorId: string }[]): { text: string; actorId: string }[] {
  const tails = new Map<string, Set<string>>();
  for (const { text, actorId } of names) {
    const words = text.split(/\s+/);
    for (let from = 1; from <= words.length - 2; from += 1) {
      const tail = words.slice(from).join(' ').toLowerCase();
      tails.set(tail, (tails.get(tail) ?? new Set()).add(actorId));
    }
  }
  const kindOf = new Map(actors.map((actor) => [actor.id, actor.kind]));
  const taken = new Set(names.map(({ text }) => text.toLowerCase()));
  return [...tails].flatMap(([tail, owners]) => {
    const [actorId] = owners;
    if (owners.size !== 1 || actorId === undefined || kindOf.get(actorId) === 'person' || taken.has(tail)) return [];
    return [`the ${tail}`, `The ${tail}`].map((text) => ({ text, actorId }));
  });
}
