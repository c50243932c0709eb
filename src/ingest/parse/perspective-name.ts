import type { ActorKind, Channel } from '../../model/story-graph';

export interface NamedActor {
  name: string;
  /** Undefined when the name line does not say; actor resolution then guesses. */
  kind?: ActorKind;
}

export interface PerspectiveName {
  /** Who holds the perspective: the names before any parenthesis. */
  actors: NamedActor[];
  /** People named in the parenthesis of an `Outlet (Author)` line. */
  authors: string[];
  channel?: Channel;
}

const NAME_WITH_PARENTHESIS = /^(.*?)\s*\(([^()]*)\)$/;

/**
 * Reads the structure of a perspective's name line: `Person / Organization (channel)`,
 * `Organization (channel)`, `Outlet (Author)` or a bare name. Undefined when it names nobody.
 */
export function parsePerspectiveName(label: string): PerspectiveName | undefined {
  const match = NAME_WITH_PARENTHESIS.exec(label.trim());
  const names = splitNames(match ? (match[1] ?? '') : label, / \/ /);
  if (names.length === 0) return undefined;
  if (!match) return { actors: names.map((name) => ({ name })), authors: [] };

  const aside = match[2] ?? '';
  const channel = channelNamed(aside);
  if (channel) {
    // Of several names, the first is the person speaking for the organizations after it.
    const actors = names.map((name, index): NamedActor => ({
      name,
      kind: index === 0 && names.length > 1 ? 'person' : 'organization',
    }));
    return { actors, authors: [], channel };
  }
  const authors = splitNames(aside, /\s*,\s*|\s+and\s+|\s*&\s*/);
  if (authors.length === 0) return { actors: names.map((name) => ({ name })), authors };
  return { actors: names.map((name): NamedActor => ({ name, kind: 'outlet' })), authors };
}

function splitNames(text: string, separator: RegExp): string[] {
  return text
    .split(separator)
    .map((name) => name.trim())
    .filter((name) => /[\p{L}\p{N}]/u.test(name));
}

/** A parenthesis naming how the perspective was voiced, as opposed to one naming an author. */
function channelNamed(aside: string): Channel | undefined {
  const words = new Set(aside.toLowerCase().split(/[^a-z]+/));
  if (words.has('leaked') || words.has('leak')) return 'leaked';
  if (words.has('internal') || words.has('private')) return 'internal';
  if (words.has('public') || words.has('official')) return 'public';
  return undefined;
}
