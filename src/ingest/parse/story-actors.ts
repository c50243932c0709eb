import { slugKey } from '../../model/ids';
import { describeInvisibleCharacter, invisibleCharacterIn, quotedVisibly } from '../../model/invisible-character';
import type { ActorNode, SourceKind } from '../../model/story-graph';
import { ActorDirectory, guessActorKind } from './actors';
import { ActorMentions } from './mentions';
import { MultiPatternSearch } from './multi-pattern-search';
import type { PerspectiveBlock } from './perspectives';
import { parsePublisherName } from './publisher-name';
import type { ParsedSource } from './sources';
import { StoryParseError } from './story-parse-error';

export interface StoryActors {
  actors: ActorNode[];
  /** Line on which each actor is first named. */
  lines: Map<string, number>;
  /** The perspectives with the actors each belongs to (holders, then authors). */
  perspectives: (PerspectiveBlock & { actorIds: string[] })[];
  /** The sources with their publisher and authors, and the kind of item their platform suggests. */
  sources: (ParsedSource & { publisherId: string; authorIds: string[]; kind: SourceKind })[];
}

/**
 * Resolves the actors a document names: perspective name lines first (they state kinds), then
 * publishers, whose trailing platform name becomes an alias ("Rohan Paul Twitter" → Rohan Paul).
 * An outlet's authors named in its perspective (`The Neuron (Eric Gerard Ruiz)`) become the
 * authors of the outlet's sources; a surname the text uses alone ("Zuckerberg") becomes an alias.
 */
export function resolveStoryActors(
  perspectives: readonly PerspectiveBlock[],
  sources: readonly ParsedSource[],
  documentText: string,
  file: string,
): StoryActors {
  const directory = new ActorDirectory();
  const lines = new Map<string, number>();
  const named = (id: string, line: number) => {
    if (!lines.has(id)) lines.set(id, line);
    return id;
  };
  // Refused where it is written: the directory would fold such a name into a visible one by its key.
  const visible = (name: string, line: number) => {
    const invisible = invisibleCharacterIn(name);
    if (invisible !== undefined) throw new StoryParseError(file, line, 'a name without invisible characters', `${describeInvisibleCharacter(invisible)}: ${quotedVisibly(name)}`);
    return name;
  };
  const publishers = sources.map((source) => ({ source, publisher: parsePublisherName(source.publisher) }));
  const publisherKeys = new Set(publishers.map(({ publisher }) => slugKey(publisher.name)));
  const authorsOf = new Map<string, string[]>();

  const withActors = perspectives.map((block) => {
    const { name, line } = block;
    const holders = name.actors.map(({ name: actor, kind }) => {
      const guess = publisherKeys.has(slugKey(actor)) ? 'outlet' : guessActorKind(actor, 'organization');
      return named(directory.add(visible(actor, line), kind ?? guess, kind !== undefined), line);
    });
    const authors = name.authors.map((author) => named(directory.add(visible(author, line), 'person', true), line));
    for (const holder of authors.length > 0 ? holders : []) {
      authorsOf.set(holder, [...new Set([...(authorsOf.get(holder) ?? []), ...authors])]);
    }
    return { ...block, actorIds: [...new Set([...holders, ...authors])] };
  });

  const newsletters = textsFound(documentText, publishers.map(({ publisher }) => `${publisher.name} newsletter`));
  const withPublishers = publishers.map(({ source, publisher }) => {
    visible(source.publisher, source.line);
    const publisherId = named(directory.add(publisher.name, guessActorKind(publisher.name, 'outlet'), false), source.line);
    directory.addAlias(publisherId, source.publisher);
    // The document calling a publisher "<name> newsletter" is the only hint at that kind it gives.
    const newsletter = publisher.kind === 'article' && newsletters.has(`${publisher.name} newsletter`);
    const kind = newsletter ? 'newsletter' : publisher.kind;
    return { ...source, publisherId, authorIds: authorsOf.get(publisherId) ?? [], kind };
  });
  for (const mention of new ActorMentions(directory.list()).find(documentText)) {
    directory.addAlias(mention.actorId, documentText.slice(mention.start, mention.end));
  }

  return { actors: directory.list(), lines, perspectives: withActors, sources: withPublishers };
}

/** Which of `texts` occur in `text`, found in one pass rather than an `includes` per text. */
function textsFound(text: string, texts: readonly string[]): Set<string> {
  const found = new Set<string>();
  new MultiPatternSearch(texts).forEachMatch(text, (index) => found.add(texts[index] as string));
  return found;
}
