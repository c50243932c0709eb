import { slugKey } from '../../model/ids';
import { describeInvisibleCharacter, invisibleCharacterIn, quotedVisibly } from '../../model/invisible-character';
import type { ActorKind, ActorNode, SourceKind } from '../../model/story-graph';
import { ActorDirectory, guessActorKind } from './actors';
import { ActorMentions } from './mentions';
import { MultiPatternSearch } from './multi-pattern-search';
import type { PerspectiveBlock } from './perspectives';
import { type PublisherName, parsePublisherName } from './publisher-name';
import type { ParsedSource } from './sources';
import { StoryParseError } from './story-parse-error';

export interface StoryActors {
  actors: ActorNode[];
  /** Line on which each actor is first named. */
  lines: Map<string, number>;
  /** The perspectives with the actors that hold each (names before the parenthesis, then people named in it). */
  perspectives: (PerspectiveBlock & { actorIds: string[] })[];
  /** The sources with their publisher and the kind of item their platform suggests. */
  sources: (ParsedSource & { publisherId: string; kind: SourceKind })[];
}

/**
 * Resolves the actors a document names: perspective name lines first (they state kinds), then
 * publishers, whose trailing platform name becomes an alias ("Rohan Paul Twitter" → Rohan Paul).
 * A kind the name line does not state comes from the actor's role: the publisher of an article is
 * an outlet, the owner of a social account a person when named like one, any other holder a person
 * when named like one and otherwise an organization. People a perspective names beside an outlet
 * (`The Neuron (Eric Gerard Ruiz)`) hold the view but author no source: a source line names no
 * author. A surname the text uses alone ("Zuckerberg") becomes an alias.
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
  const publisherKinds = new Map(publishers.map(({ publisher }) => [slugKey(publisher.name), publisherKind(publisher)]));

  const withActors = perspectives.map((block) => {
    const { name, line } = block;
    const holders = name.holders.map(({ name: actor, kind }) => {
      const guess = publisherKinds.get(slugKey(actor)) ?? guessActorKind(actor, 'organization');
      return named(directory.add(visible(actor, line), kind ?? guess, kind !== undefined), line);
    });
    return { ...block, actorIds: [...new Set(holders)] };
  });

  const newsletters = textsFound(documentText, publishers.map(({ publisher }) => `${publisher.name} newsletter`));
  const withPublishers = publishers.map(({ source, publisher }) => {
    visible(source.publisher, source.line);
    const publisherId = named(directory.add(publisher.name, publisherKind(publisher), false), source.line);
    directory.addAlias(publisherId, source.publisher);
    // The document calling a publisher "<name> newsletter" is the only hint at that kind it gives.
    const newsletter = publisher.kind === 'article' && newsletters.has(`${publisher.name} newsletter`);
    const kind = newsletter ? 'newsletter' : publisher.kind;
    return { ...source, publisherId, kind };
  });
  for (const mention of new ActorMentions(directory.list()).find(documentText)) {
    directory.addAlias(mention.actorId, documentText.slice(mention.start, mention.end));
  }

  return { actors: directory.list(), lines, perspectives: withActors, sources: withPublishers };
}

/** An article's publisher is a publication; only a social account may belong to a person, and then its name says so. */
function publisherKind(publisher: PublisherName): ActorKind {
  return publisher.platform === undefined ? 'outlet' : guessActorKind(publisher.name, 'outlet');
}

/** Which of `texts` occur in `text`, found in one pass rather than an `includes` per text. */
function textsFound(text: string, texts: readonly string[]): Set<string> {
  const found = new Set<string>();
  new MultiPatternSearch(texts).forEachMatch(text, (index) => found.add(texts[index] as string));
  return found;
}
