import type { ActorNode } from '../../model/story-graph';

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
    this.names = [...names, ...surnames].filter(({ text }) => text !== '').sort((a, b) => b.text.length - a.text.length);
  }

  /** Non-overlapping mentions in text order. */
  find(text: string): Mention[] {
    const mentions: Mention[] = [];
    const taken = (start: number, end: number) => mentions.some((m) => start < m.end && m.start < end);
    for (const { text: name, actorId } of this.names) {
      for (let start = text.indexOf(name); start >= 0; start = text.indexOf(name, start + 1)) {
        const end = start + name.length;
        const bounded = !WORD.test(text[start - 1] ?? '') && !WORD.test(text[end] ?? '');
        if (bounded && !taken(start, end)) mentions.push({ actorId, start, end });
      }
    }
    return mentions.sort((a, b) => a.start - b.start);
  }

  /** The distinct actors a text names, in order of first mention. */
  actorsIn(text: string): string[] {
    return [...new Set(this.find(text).map((mention) => mention.actorId))];
  }
}
