import type { ActorNode } from '../../model/story-graph';
import { MultiPatternSearch } from './multi-pattern-search';

export interface Mention {
  actorId: string;
  start: number;
  end: number;
}

const WORD = /[\p{L}\p{N}]/u;

/**
 * Finds where a text names the document's actors: by name, alias, or a person's surname alone
 * ("Zuckerberg" for Mark Zuckerberg) when no other actor's name contains that word.
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
    const ranked = [...names, ...surnames].filter(({ text }) => text !== '').sort((a, b) => b.text.length - a.text.length);
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
