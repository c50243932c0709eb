import { byId, seed } from './seed-story';

const namesOf = (actorId: string) => {
  const actor = byId(seed.actors, actorId);
  return [actor.name, ...actor.aliases].join(' ');
};

/**
 * What search reads of each seeded item, by kind: the properties its full-text index covers, and
 * for a source also the names and aliases of its makers (publisher and authors).
 */
export const SEARCHABLE = [
  ...seed.claims.map((c) => ({ kind: 'CLAIM', id: c.id, text: `${c.text} ${c.quote ?? ''}` })),
  ...seed.sources.map((s) => {
    const makers = [...(s.publisherId ? [s.publisherId] : []), ...s.authorIds].map(namesOf);
    return { kind: 'SOURCE', id: s.id, text: [s.title, s.publisher ?? '', ...makers].join(' ') };
  }),
  ...seed.events.map((e) => ({ kind: 'EVENT', id: e.id, text: e.text })),
  ...seed.actors.map((a) => ({ kind: 'ACTOR', id: a.id, text: [a.name, ...a.aliases].join(' ') })),
];

export const SEARCH_KINDS = ['CLAIM', 'SOURCE', 'EVENT', 'ACTOR'];

/**
 * Words as the analyzer cuts these texts: where the standard tokenizer cuts them (apostrophes inside
 * a word keep it whole), lower case, the english possessive 's dropped.
 */
export const wordsOf = (text: string): string[] =>
  text
    .toLowerCase()
    .split(/[^\p{L}\p{N}'’]+/u)
    .map((word) => word.replace(/^['’]+|['’]+$/g, '').replace(/['’]s$/, ''))
    .filter((word) => word !== '');

/** The ids of the seeded items of the given kinds holding at least one of `words` (lower case). */
export function seedIdsHolding(words: Iterable<string>, kinds = SEARCH_KINDS): string[] {
  const wanted = new Set(words);
  return SEARCHABLE.filter((item) => kinds.includes(item.kind) && wordsOf(item.text).some((word) => wanted.has(word))).map((item) => item.id);
}
