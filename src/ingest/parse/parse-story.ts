import { slugKey, storyIds } from '../../model/ids';
import { STORY_GRAPH_FORMAT, StoryGraphDocument, type StoryGraphDocumentInput } from '../../model/story-graph';
import { type CitationSite, CitationReader } from './citations';
import { parseHeader } from './header';
import { readLines } from './lines';
import { ActorMentions } from './mentions';
import { parsePerspectives } from './perspectives';
import { parseQuestions } from './questions';
import { type DocumentSections, sectionLineError, splitSections } from './sections';
import { readSourceRelations, type SourcePassage } from './source-relations';
import { splitSentences } from './sentences';
import { parseSources } from './sources';
import { type ProseSentence, readStatements } from './statements';
import { type StoryActors, resolveStoryActors } from './story-actors';
import { deriveAssertions } from './derive-assertions';
import { collectStoryClaims } from './story-claims';
import { StoryParseError } from './story-parse-error';
import { parseTensions } from './tensions';
import { parseTimeline } from './timeline';

export interface ParseStoryOptions {
  /** Named in every error, as the path the user knows the document by. */
  file: string;
  /** Key of the story's ids; defaults to a slug of the title. */
  storySlug?: string;
  /**
   * Accept citations of sources the document does not list, leaving them out of the graph, so the
   * consistency report can list them all at once instead of the parser stopping at the first.
   */
  lenient?: boolean;
}

/** What the parser saw beyond the graph itself, for the consistency report. */
export interface StoryParseInfo {
  file: string;
  /** Line on which each node of the document first appears. */
  lines: ReadonlyMap<string, number>;
  /** Every `[n]` marker in the document, including those that name no source (lenient mode). */
  citations: CitationSite[];
  /** Prose sentences citing nothing, which the graph leaves out. */
  uncitedSentences: ProseSentence[];
  /** Every prose sentence in document order, for checks of the prose against the timeline. */
  sentences: ProseSentence[];
}

export interface ParsedStory {
  document: StoryGraphDocument;
  info: StoryParseInfo;
}

const SLUG = /^[a-z0-9][a-z0-9._-]{0,79}$/;

/** Parses a story document into its story graph document, with what the consistency report needs besides. */
export function parseStory(text: string, options: ParseStoryOptions): ParsedStory {
  const { file } = options;
  try {
    // One spelling per name: an accented name typed precomposed in one place and decomposed in another is one actor.
    return parse(text.normalize('NFC'), options);
  } catch (error) {
    if (error instanceof StoryParseError) throw error;
    // A bug of ours must still reach the CLI as a located parse failure; the cause keeps its stack.
    const found = `an internal parser error (${error instanceof Error ? error.message : String(error)})`;
    throw new StoryParseError(file, 1, 'a document the parser can read', found, { cause: error });
  }
}

function parse(text: string, { file, storySlug, lenient = false }: ParseStoryOptions): ParsedStory {
  const lines = readLines(text, file);
  const header = parseHeader(lines, file);
  const slug = storySlug ?? slugKey(header.title);
  if (!SLUG.test(slug)) throw new StoryParseError(file, 1, 'a story slug of lowercase letters, digits and dashes', JSON.stringify(slug));
  const ids = storyIds(slug);
  const sections = splitSections(lines, file);
  for (const name of ['What', 'Why it matters'] as const) {
    if (sections[name].lines.length === 0) throw sectionLineError(file, sections[name], 0, `a paragraph under "${name}"`);
  }
  const sources = parseSources(sections.Sources, file);
  const citations = new CitationReader(new Set(sources.map((source) => source.ref)), file, lenient);

  // Read in document order, so that a strict reading reports the first bad citation.
  const what = readStatements(sections.What, 'what', citations);
  const why = readStatements(sections['Why it matters'], 'why_it_matters', citations);
  const questions = parseQuestions(sections['Open questions'], citations, file);
  const narrative = readStatements(sections.Narrative, 'narrative', citations);
  const timeline = parseTimeline(sections.Timeline, citations, file);
  const perspectives = parsePerspectives(sections.Perspectives, citations, file);
  const tensions = parseTensions(sections.Tensions, citations, file);

  const actors = resolveStoryActors(perspectives, sources, text, file);
  const mentions = new ActorMentions(actors.actors);
  const prose = [...what, ...why, ...narrative];
  const kindOf = (id: string) => actors.actors.find((actor) => actor.id === id)?.kind;
  const claims = collectStoryClaims({ sentences: prose, questions, timeline, tensions, perspectives: actors.perspectives }, mentions, kindOf, ids);
  const relations = readSourceRelations(sourcePassages(sections, actors), actors.sources, mentions);
  const sectionText = (name: 'What' | 'Why it matters') => sections[name].lines.map((line) => line.text.trim()).join('\n');

  const lineOf = new Map<string, number>([[ids.story, 1], ...actors.lines, ...claims.claims.lines]);
  const located = <T extends { id: string }>(line: number, what: string, node: T): T => {
    const earlier = lineOf.get(node.id);
    if (earlier !== undefined) throw new StoryParseError(file, line, `a distinct ${what}`, `a repeat of line ${earlier}`);
    lineOf.set(node.id, line);
    return node;
  };

  const document: StoryGraphDocumentInput = {
    format: STORY_GRAPH_FORMAT,
    story: {
      id: ids.story,
      title: header.title,
      version: header.version,
      updatedAt: header.updatedAt,
      itemCount: header.itemCount,
      what: sectionText('What'),
      whyItMatters: sectionText('Why it matters'),
      narratorId: ids.narrator,
    },
    actors: [...actors.actors, { id: ids.narrator, name: `Narrator of “${header.title}”`, kind: 'narrator', aliases: [] }],
    sources: actors.sources.map((source) =>
      located(source.line, 'source', {
        id: ids.source(source.ref),
        ref: source.ref,
        title: source.title,
        publisher: source.publisher,
        publisherId: source.publisherId,
        // A source line names no author; only an overlay can say who wrote a source.
        authorIds: [],
        publishedAt: source.publishedAt,
        kind: source.kind,
        // Whatever a numbered source relays, the item the story cites was itself published.
        channel: 'public' as const,
        derivedFrom: (relations.get(source.ref)?.derivedFrom ?? []).map(({ ref, how }) => ({ sourceId: ids.source(ref), how })),
        ...anonymousSourcing(relations.get(source.ref)?.anonymousSourcing ?? []),
      }),
    ),
    claims: claims.claims.list(),
    events: timeline.map((entry, position) =>
      located(entry.line, 'timeline entry', {
        id: ids.event(entry.date, entry.text),
        date: entry.date,
        text: entry.text,
        position,
        sourceRefs: entry.refs,
        participantIds: mentions.actorsIn(entry.text),
      }),
    ),
    questions: questions.map((question, position) =>
      located(question.line, 'open question', {
        id: ids.question(question.text),
        text: question.text,
        position,
        sourceRefs: question.refs,
        concerns: mentions.actorsIn(question.text),
      }),
    ),
    perspectives: actors.perspectives.map((block, position) =>
      located(block.line, 'perspective', {
        id: ids.perspective(block.label),
        label: block.label,
        holderIds: block.actorIds,
        ...(block.name.qualifier !== undefined && { qualifier: block.name.qualifier }),
        ...(block.name.channel && { channel: block.name.channel }),
        stance: block.stance,
        ...(block.evolution !== undefined && { evolution: block.evolution }),
        position,
      }),
    ),
    tensions: claims.tensions.map((tension, position) =>
      located(tension.line, 'tension', {
        id: ids.tension(tension.text),
        text: tension.text,
        position,
        sideA: { label: tension.sideA.label, claimIds: tension.sideClaimIds.sideA, sourceRefs: tension.sideA.refs },
        sideB: { label: tension.sideB.label, claimIds: tension.sideClaimIds.sideB, sourceRefs: tension.sideB.refs },
        sourceRefs: tension.refs,
      }),
    ),
  };

  const info = { file, lines: lineOf, citations: citations.sites, uncitedSentences: claims.uncited, sentences: prose };
  const checked = validated(document, lineOf, file);
  deriveAssertions(checked);
  return { document: checked, info };
}

/** Where the text may say what a source relays or how it sourced it: prose sentences, timeline entries, perspectives, source titles. */
function sourcePassages(sections: DocumentSections, actors: StoryActors): SourcePassage[] {
  const sentences = (['What', 'Why it matters', 'Narrative'] as const).flatMap((name) => sections[name].lines.flatMap((line) => splitSentences(line.text)));
  const holdersAt = (line: number) => actors.perspectives.filter((block) => block.line <= line).pop()?.actorIds ?? [];
  return [
    ...sentences.map((text) => ({ text })),
    ...sections.Timeline.lines.map((line) => ({ text: line.text })),
    ...sections.Perspectives.lines.map((line) => ({ text: line.text, holderIds: holdersAt(line.number) })),
    ...actors.sources.map((source) => ({ text: source.title, titleOf: source.ref })),
  ];
}

const anonymousSourcing = (phrases: string[]) => (phrases.length === 0 ? {} : { anonymousSourcing: phrases });

/** The model's own check, whose failures (text too long, say) are reported at the line of the offending node. */
function validated(input: StoryGraphDocumentInput, lineOf: ReadonlyMap<string, number>, file: string): StoryGraphDocument {
  const result = StoryGraphDocument.safeParse(input);
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  const [collection, index] = issue?.path ?? [];
  const nodes: unknown = collection === undefined ? undefined : (input as unknown as Record<PropertyKey, unknown>)[collection];
  const node: unknown = Array.isArray(nodes) && typeof index === 'number' ? nodes[index] : undefined;
  const id = typeof node === 'object' && node !== null && 'id' in node ? String(node.id) : '';
  const path = issue?.path.join('.') ?? 'document';
  const found = issue?.message ?? 'an invalid story graph';
  throw new StoryParseError(file, lineOf.get(id) ?? 1, `a ${path} the story graph model accepts`, found, { cause: result.error });
}
