import { foldText as folded } from '../model/ids';
import { derivationsReached } from '../model/derivations';
import type { SourceKind, StoryGraphDocument } from '../model/story-graph';

export interface MissingDerivation {
  sourceId: string;
  ref: number;
  underlyingId: string;
  underlyingTitle: string;
}

/** Words by which a source's title names an underlying item of a kind, when the story has one item of it. */
const KIND_WORDS: Partial<Record<SourceKind, RegExp>> = { memo: /\bmemo\b/iu, audio: /\b(?:audio|recording)\b/iu };

/**
 * Numbered sources that mention an underlying item of the story (an unnumbered source: a leaked
 * recording, a memo) without deriving from it, directly or through other sources. A source mentions
 * an item when its title, or the text of an event, claim or question citing it, writes the item's
 * title out, or when its title names the item's kind ("memo") and the story has one item of that kind.
 */
export function findMissingDerivations(doc: StoryGraphDocument): MissingDerivation[] {
  const underlying = doc.sources.filter((source) => source.ref === undefined);
  if (underlying.length === 0) return [];
  const byId = new Map(doc.sources.map((source) => [source.id, source]));
  const textsCiting = new Map<number, string[]>();
  for (const item of [...doc.claims, ...doc.events, ...doc.questions]) {
    for (const ref of item.sourceRefs) {
      const texts = textsCiting.get(ref) ?? [];
      texts.push(folded(item.text));
      textsCiting.set(ref, texts);
    }
  }
  const soleOfKind = (kind: SourceKind) => underlying.filter((item) => item.kind === kind).length === 1;

  return doc.sources.flatMap((source) => {
    if (source.ref === undefined) return [];
    const ref = source.ref;
    const reached = derivationsReached(source.id, byId);
    const title = folded(source.title);
    const texts = [title, ...(textsCiting.get(ref) ?? [])];
    return underlying
      .filter((item) => !reached.has(item.id))
      .filter((item) => texts.some((text) => text.includes(folded(item.title))) || (soleOfKind(item.kind) && (KIND_WORDS[item.kind]?.test(source.title) ?? false)))
      .map((item) => ({ sourceId: source.id, ref, underlyingId: item.id, underlyingTitle: item.title }));
  });
}
