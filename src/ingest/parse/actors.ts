import { actorId, slugKey } from '../../model/ids';
import type { ActorKind, ActorNode } from '../../model/story-graph';

interface Entry extends ActorNode {
  /** Whether the document states the kind (a perspective's name line) rather than the parser guessing it. */
  stated: boolean;
}

/** Words that no person's name holds: those of organizations and publications, and of occasions ("Press Conference"). */
const NOT_A_PERSON_WORDS =
  /\b(the|news|newsroom|times|post|journal|daily|weekly|media|labs?|group|inc|corp|ltd|insider|review|analysis|research|institute|university|capital|partners|network|press|magazine|tribune|herald|wire|desk|conference|call|statement|interview|hearing|testimony|briefing|remarks|speech|memo|letter|filing|podcast|meeting|town|email|editorial|comments?)\b/i;
const PERSON_NAME = /^\p{Lu}[\p{Ll}'’-]+(?: \p{Lu}[\p{Ll}'’.-]*){1,2}$/u;

/** A guess for a name the document gives no kind for: two or three capitalized words read as a person's name. */
export function guessActorKind(name: string, fallback: ActorKind): ActorKind {
  return PERSON_NAME.test(name) && !NOT_A_PERSON_WORDS.test(name) ? 'person' : fallback;
}

/**
 * The actors of one document, found by the normalized key of any of their names (case, accents and
 * punctuation folded, as in their ids), so "SemiAnalysis" and "semianalysis" are one actor.
 */
export class ActorDirectory {
  private readonly entries = new Map<string, Entry>();
  private readonly idByKey = new Map<string, string>();

  /** The actor's id, creating it if needed; a stated kind replaces a guessed one, never the reverse. */
  add(name: string, kind: ActorKind, stated: boolean): string {
    const existing = this.entries.get(this.idByKey.get(slugKey(name)) ?? '');
    if (existing) {
      if (stated && !existing.stated) Object.assign(existing, { kind, stated });
      return existing.id;
    }
    const id = actorId(name);
    this.entries.set(id, { id, name, kind, aliases: [], stated });
    this.idByKey.set(slugKey(name), id);
    return id;
  }

  addAlias(id: string, alias: string): void {
    const entry = this.entries.get(id);
    if (!entry || slugKey(alias) === slugKey(entry.name) || entry.aliases.includes(alias)) return;
    entry.aliases.push(alias);
    if (!this.idByKey.has(slugKey(alias))) this.idByKey.set(slugKey(alias), id);
  }

  find(name: string): ActorNode | undefined {
    const id = this.idByKey.get(slugKey(name));
    return id === undefined ? undefined : this.entries.get(id);
  }

  list(): ActorNode[] {
    return [...this.entries.values()].map(({ stated: _stated, ...actor }) => actor);
  }
}
