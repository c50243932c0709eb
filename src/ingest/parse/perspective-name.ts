import type { ActorKind, Channel } from '../../model/story-graph';
import { guessActorKind } from './actors';

export interface NamedActor {
  name: string;
  /** Undefined when the name line does not say; actor resolution then judges by the actor's role. */
  kind?: ActorKind;
}

export interface PerspectiveName {
  /** Who holds the perspective: the names before any parenthesis, then the people named in it. */
  holders: NamedActor[];
  /** A parenthesis that names no one, as written: the channel or context of the view ("internal", "press conference"). */
  qualifier?: string;
  /** The channel the qualifier names, if it names one. */
  channel?: Channel;
}

const NAME_WITH_PARENTHESIS = /^(.*?)\s*\(([^()]*)\)$/;

/**
 * Reads the structure of a perspective's name line: `Person / Organization (qualifier)`,
 * `Organization (qualifier)`, `Outlet (Person, Person)` or a bare name. A parenthesis is people
 * only when every part of it is shaped like a person's name; otherwise it qualifies the view and
 * never becomes an actor. Undefined when the line names nobody.
 */
export function parsePerspectiveName(label: string): PerspectiveName | undefined {
  const match = NAME_WITH_PARENTHESIS.exec(label.trim());
  const names = splitNames(match ? (match[1] ?? '') : label, / \/ /);
  if (names.length === 0) return undefined;
  const unstated = names.map((name): NamedActor => ({ name }));
  if (!match) return { holders: unstated };

  const aside = (match[2] ?? '').trim();
  const channel = channelNamed(aside);
  const people = splitNames(aside, /\s*,\s*|\s+and\s+|\s*&\s*/);
  if (!channel && people.length > 0 && people.every((name) => guessActorKind(name, 'organization') === 'person')) {
    return { holders: [...unstated, ...people.map((name): NamedActor => ({ name, kind: 'person' }))] };
  }
  if (aside === '') return { holders: unstated };
  // Of several names before a qualifier, the first is the person speaking for the organizations after it;
  // a channel says the one name before it communicates as an organization.
  const stated = names.length > 1 || channel !== undefined;
  const holders = stated
    ? names.map((name, index): NamedActor => ({ name, kind: index === 0 && names.length > 1 ? 'person' : 'organization' }))
    : unstated;
  return { holders, qualifier: aside, ...(channel && { channel }) };
}

function splitNames(text: string, separator: RegExp): string[] {
  return text
    .split(separator)
    .map((name) => name.trim())
    .filter((name) => /[\p{L}\p{N}]/u.test(name));
}

/** The channel a qualifier names, if any. */
function channelNamed(aside: string): Channel | undefined {
  const words = new Set(aside.toLowerCase().split(/[^a-z]+/));
  if (words.has('leaked') || words.has('leak')) return 'leaked';
  if (words.has('internal') || words.has('private')) return 'internal';
  if (words.has('public') || words.has('official')) return 'public';
  return undefined;
}
