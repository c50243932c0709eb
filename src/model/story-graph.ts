import { z } from 'zod';
import { describeForeignItem, foreignItems } from './foreign-items';
import type { NodeType } from './graph-vocabulary';
import { describeInvisibleCharacter, invisibleCharacterIn } from './invisible-character';

/**
 * The story graph document: the one description of a story's graph that the
 * parser produces, curators edit, `claimgraph ingest` loads and the writer
 * turns into nodes and relationships. Every node and edge shape in claimgraph
 * is derived from these schemas.
 */

export const STORY_GRAPH_FORMAT = 'claimgraph/story-graph@1';

const idOf = (type: NodeType, key = '[a-z0-9][a-z0-9._:-]*', form = '<lowercase key>') =>
  z
    .string()
    .regex(new RegExp(`^${type}:${key}$`), `expected an id of the form "${type}:${form}"`)
    .max(200);

/** Without a colon: the story's items are `<type>:<story>:<key>`, and their story part must be unambiguous. */
export const StoryId = idOf('story', '[a-z0-9][a-z0-9._-]*', '<lowercase key without ":">');
export const ActorId = idOf('actor');
export const ClaimId = idOf('claim');
export const EventId = idOf('event');
export const SourceId = idOf('source');
export const QuestionId = idOf('question');
export const PerspectiveId = idOf('perspective');
export const MentionId = idOf('mention');
export const TensionId = idOf('tension');

/** The largest integer the API can answer: GraphQL's Int is a signed 32-bit integer. */
export const GRAPHQL_INT_MAX = 2_147_483_647;
/** Bounds far above any real story, and far below what the API could no longer answer. */
export const MAX_STORY_VERSION = 1_000_000;
export const MAX_SOURCE_REF = 1_000_000;

const IsoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a date YYYY-MM-DD');
const IsoDateTime = z.iso.datetime({ offset: true });
const Text = z.string().trim().min(1).max(20_000);
/** An actor's name or alias, or a publisher as written: in NFC, so one name has one spelling, and nothing invisible in it. */
const Name = Text.normalize('NFC').superRefine((name, ctx) => {
  const invisible = invisibleCharacterIn(name);
  if (invisible !== undefined) ctx.addIssue({ code: 'custom', message: describeInvisibleCharacter(invisible) });
});
/** The number n of a source the story cites as `[n]`. */
const SourceRef = z.number().int().positive().max(MAX_SOURCE_REF);
/** Numbers n of the story's `[n]` citations; each must name a source of the document. */
const SourceRefs = z.array(SourceRef).default([]);
/** A count or an order of appearance: any that the API can answer. */
const Count = z.number().int().nonnegative().max(GRAPHQL_INT_MAX);

/** `narrator`: the story's own voice, one actor per story, who speaks every claim the text attributes to no one. */
export const ActorKind = z.enum(['person', 'organization', 'outlet', 'group', 'narrator']);
export const Channel = z.enum(['public', 'internal', 'leaked']);
export const ClaimKind = z.enum(['statement', 'quote', 'framing', 'prediction']);
export const Section = z.enum(['what', 'why_it_matters', 'narrative', 'timeline', 'perspectives', 'tensions', 'questions']);
export const SourceKind = z.enum(['article', 'newsletter', 'social_post', 'memo', 'audio', 'report', 'other']);
export const DatePrecision = z.enum(['day', 'month', 'year', 'approximate']);
/**
 * `direct`: the citation closes the very words of the mention. `inherited`: the citation closes a
 * larger passage (a sentence or tension line holding several claims), so it may back only part of it.
 */
export const CitationScope = z.enum(['direct', 'inherited']);
/** How something said on one channel later reached a wider one. */
export const DisclosureChannel = z.enum(['leaked', 'public']);
export type CitationScope = z.infer<typeof CitationScope>;
export type ActorKind = z.infer<typeof ActorKind>;
export type Channel = z.infer<typeof Channel>;
export type ClaimKind = z.infer<typeof ClaimKind>;
export type Section = z.infer<typeof Section>;
export type SourceKind = z.infer<typeof SourceKind>;
export type DatePrecision = z.infer<typeof DatePrecision>;

export const Story = z.object({
  id: StoryId,
  title: Text,
  version: z.number().int().positive().max(MAX_STORY_VERSION),
  updatedAt: IsoDateTime,
  itemCount: Count,
  what: Text,
  whyItMatters: Text,
  /** The actor who speaks the story's own voice (kind `narrator`): the speaker of every claim the text attributes to no one. */
  narratorId: ActorId,
});

export const Actor = z.object({
  id: ActorId,
  name: Name,
  kind: ActorKind,
  aliases: z.array(Name).default([]),
});

export const Source = z.object({
  id: SourceId,
  /**
   * The number n by which the story cites this source as `[n]`; absent for an underlying item the
   * story names but does not number (the leaked recording a post relays, the memo a scoop quotes).
   */
  ref: SourceRef.optional(),
  title: Text,
  /**
   * The publisher as the document writes it; `publisherId` is the actor it resolves to. Absent for an
   * item made public by someone the document does not name (a leaked recording's leaker).
   */
  publisher: Name.nullable().default(null),
  publisherId: ActorId.nullable().default(null),
  authorIds: z.array(ActorId).default([]),
  /** When the item became public (a leak: the day it surfaced, not the day it was made). */
  publishedAt: IsoDate.optional(),
  /** When the item was made, where that differs from when it became public (a meeting's recording). */
  recordedAt: IsoDate.optional(),
  kind: SourceKind,
  /** How the item reached the public: an internal memo, a leaked recording, a public post. */
  channel: Channel.optional(),
  /** Sources this one relays or is based on (a post relaying leaked audio, a scoop from a memo). */
  derivedFrom: z.array(z.object({ sourceId: SourceId, how: Text.optional() })).default([]),
  /** How the text says this source got its content without naming whom from ("citing unnamed sources"), as written. */
  anonymousSourcing: z.array(Text).optional(),
});

/** A later, wider reach of something said: an internal remark leaked, a private memo made public. */
export const Disclosure = z.object({
  channel: DisclosureChannel,
  /** When it reached that channel, where the document says. */
  at: IsoDate.optional(),
  /** The item through which it reached it (the leaked recording). */
  sourceId: SourceId,
});

export const Assertion = z.object({
  actorId: ActorId,
  /** The channel the actor said it on (internal for a remark at a meeting, even one leaked later). */
  channel: Channel,
  /** When the actor made the claim, where the document says. */
  at: IsoDate.optional(),
  disclosures: z.array(Disclosure).default([]),
});

/** One place a story version states a claim: where, in which words, and with which citations. */
export const ClaimMention = z.object({
  id: MentionId,
  section: Section,
  /** The line of the version's document. */
  line: z.number().int().positive().max(GRAPHQL_INT_MAX),
  /** Order of appearance among all mentions of the version. */
  position: Count,
  /** The words as the document writes them there. */
  text: Text,
  /** The `[n]` citations written at this place, in the order written. */
  citationRefs: SourceRefs,
  citationScope: CitationScope,
  /** Whom these words credit with the claim, where that differs from the claim's speaker (a quote a passage gives to an organization). */
  attributedToId: ActorId.optional(),
});

export const Claim = z.object({
  id: ClaimId,
  text: Text,
  kind: ClaimKind,
  /** For quotes: the exact quoted span as it stands in the document, without its quote marks. */
  quote: Text.optional(),
  /** True when the text gives the speaker's own words (a quotation), false for a paraphrase or the narrator's account. */
  verbatim: z.boolean(),
  /** Who the text says makes the claim: the story's narrator when it names no one; null only where there is no speaker at all. */
  speakerId: ActorId.nullable(),
  /** The section of the first mention. */
  section: Section,
  /** Order of the first mention among the version's claims, for a stable default sort. */
  position: Count,
  /**
   * The claim's evidence: the citations of its direct mentions, or where it has none, the
   * inherited citations of its mentions — in the order first written.
   */
  sourceRefs: SourceRefs,
  mentions: z.array(ClaimMention).min(1),
  assertedBy: z.array(Assertion).default([]),
  supports: z.array(ClaimId).default([]),
});

export const Event = z.object({
  id: EventId,
  date: IsoDate,
  datePrecision: DatePrecision.default('day'),
  text: Text,
  /** Position in the document's timeline, which need not be chronological. */
  position: Count,
  sourceRefs: SourceRefs,
  participantIds: z.array(ActorId).default([]),
});

export const Question = z.object({
  id: QuestionId,
  text: Text,
  position: Count,
  sourceRefs: SourceRefs,
  /** Claims, events or actors the question is about. */
  concerns: z.array(z.union([ClaimId, EventId, ActorId])).default([]),
});

export const Perspective = z.object({
  id: PerspectiveId,
  /** The name line as written, e.g. "Mark Zuckerberg / Meta (internal)". */
  label: Text,
  holderIds: z.array(ActorId).min(1),
  /** The name line's parenthesis when it names no one, as written: "internal", "press conference". */
  qualifier: Text.optional(),
  channel: Channel.optional(),
  stance: Text,
  evolution: Text.optional(),
  position: Count,
});

export const TensionSide = z.object({
  /** The side as the document words it. */
  label: Text,
  claimIds: z.array(ClaimId).min(1),
  sourceRefs: SourceRefs,
});

export const Tension = z.object({
  id: TensionId,
  text: Text,
  position: Count,
  sideA: TensionSide,
  sideB: TensionSide,
  sourceRefs: SourceRefs,
});

const StoryGraphShape = z.object({
  format: z.literal(STORY_GRAPH_FORMAT),
  story: Story,
  actors: z.array(Actor),
  sources: z.array(Source),
  claims: z.array(Claim),
  events: z.array(Event),
  questions: z.array(Question),
  perspectives: z.array(Perspective),
  tensions: z.array(Tension),
});

export const StoryGraphDocument = StoryGraphShape.superRefine((doc, ctx) => {
  for (const item of foreignItems(doc)) {
    ctx.addIssue({ code: 'custom', path: [item.collection, item.index, ...item.at], message: describeForeignItem(doc.story.id, item) });
  }
  checkReferences(doc, ctx);
});

export type StoryGraphDocument = z.infer<typeof StoryGraphDocument>;
export type StoryGraphDocumentInput = z.input<typeof StoryGraphDocument>;
export type StoryNode = z.infer<typeof Story>;
export type ActorNode = z.infer<typeof Actor>;
export type SourceNode = z.infer<typeof Source>;
export type ClaimNode = z.infer<typeof Claim>;
export type EventNode = z.infer<typeof Event>;
export type QuestionNode = z.infer<typeof Question>;
export type PerspectiveNode = z.infer<typeof Perspective>;
export type TensionNode = z.infer<typeof Tension>;
export type MentionNode = z.infer<typeof ClaimMention>;
export type AssertionNode = z.infer<typeof Assertion>;

/**
 * A claim's evidence as `sourceRefs` records it: the citations of its direct mentions, or where it
 * has none, those of its inherited ones, each once, in the order first written.
 */
export function evidenceRefs(mentions: readonly Pick<MentionNode, 'citationRefs' | 'citationScope'>[]): number[] {
  const scope = evidenceScope(mentions);
  return [...new Set(mentions.filter((mention) => mention.citationScope === scope).flatMap((mention) => mention.citationRefs))];
}

/** The scope of a claim's evidence (evidenceRefs): direct where any mention cites directly, else inherited. */
export function evidenceScope(mentions: readonly Pick<MentionNode, 'citationScope'>[]): CitationScope {
  return mentions.some((mention) => mention.citationScope === 'direct') ? 'direct' : 'inherited';
}

/** Whether one mention's words lie within another's at the same place: a sentence and a piece cut from it. */
const nested = (a: MentionNode, b: MentionNode) =>
  a.section === b.section && a.line === b.line && (a.text.includes(b.text) || b.text.includes(a.text));

/** Cross-references must resolve inside the document, so the writer never creates dangling edges. */
function checkReferences(doc: z.infer<typeof StoryGraphShape>, ctx: z.RefinementCtx): void {
  const problem = (path: (string | number)[], message: string) => ctx.addIssue({ code: 'custom', path, message });
  const unique = (kind: string, ids: string[]) => {
    const seen = new Set<string>();
    ids.forEach((id, index) => {
      if (seen.has(id)) problem([kind, index, 'id'], `duplicate id ${id}`);
      seen.add(id);
    });
    return seen;
  };
  const actors = unique('actors', doc.actors.map((a) => a.id));
  const sources = unique('sources', doc.sources.map((s) => s.id));
  const claims = unique('claims', doc.claims.map((c) => c.id));
  const mentionIds = new Set<string>();
  doc.claims.forEach((c, i) =>
    c.mentions.forEach((m, j) => {
      if (mentionIds.has(m.id)) problem(['claims', i, 'mentions', j, 'id'], `duplicate id ${m.id}`);
      mentionIds.add(m.id);
    }),
  );
  const events = unique('events', doc.events.map((e) => e.id));
  unique('questions', doc.questions.map((q) => q.id));
  unique('perspectives', doc.perspectives.map((p) => p.id));
  unique('tensions', doc.tensions.map((t) => t.id));

  const refs = new Set<number>();
  doc.sources.forEach((s, i) => {
    if (s.ref === undefined) return;
    if (refs.has(s.ref)) problem(['sources', i, 'ref'], `duplicate source number [${s.ref}]`);
    refs.add(s.ref);
  });
  const need = (set: Set<string>, id: string, path: (string | number)[]) => {
    if (!set.has(id)) problem(path, `unknown id ${id}`);
  };
  const cited = (list: number[], path: (string | number)[]) =>
    list.forEach((n, j) => refs.has(n) || problem([...path, j], `citation [${n}] names no source`));

  doc.sources.forEach((s, i) => {
    if (s.publisherId !== null) need(actors, s.publisherId, ['sources', i, 'publisherId']);
    if ((s.publisher === null) !== (s.publisherId === null)) problem(['sources', i, 'publisherId'], 'publisher and publisherId go together');
    s.authorIds.forEach((a, j) => need(actors, a, ['sources', i, 'authorIds', j]));
    s.derivedFrom.forEach((d, j) => need(sources, d.sourceId, ['sources', i, 'derivedFrom', j, 'sourceId']));
  });
  const narrator = doc.actors.find((a) => a.id === doc.story.narratorId);
  if (narrator?.kind !== 'narrator') problem(['story', 'narratorId'], `${doc.story.narratorId} is not an actor of kind narrator in the document`);
  const claimById = new Map(doc.claims.map((c) => [c.id, c]));
  doc.claims.forEach((c, i) => {
    const path = ['claims', i];
    cited(c.sourceRefs, [...path, 'sourceRefs']);
    if (c.speakerId !== null) need(actors, c.speakerId, [...path, 'speakerId']);
    c.mentions.forEach((m, j) => {
      cited(m.citationRefs, [...path, 'mentions', j, 'citationRefs']);
      if (m.attributedToId !== undefined) need(actors, m.attributedToId, [...path, 'mentions', j, 'attributedToId']);
    });
    const first = c.mentions[0];
    if (first && first.section !== c.section) problem([...path, 'section'], `the section of the first mention is ${first.section}, not ${c.section}`);
    const evidence = evidenceRefs(c.mentions);
    if (JSON.stringify(evidence) !== JSON.stringify(c.sourceRefs)) {
      problem([...path, 'sourceRefs'], `a claim's sourceRefs are its mentions' evidence, [${evidence.join(', ')}]`);
    }
    c.assertedBy.forEach((a, j) => {
      need(actors, a.actorId, [...path, 'assertedBy', j, 'actorId']);
      a.disclosures.forEach((d, k) => need(sources, d.sourceId, [...path, 'assertedBy', j, 'disclosures', k, 'sourceId']));
    });
    c.supports.forEach((id, j) => {
      need(claims, id, [...path, 'supports', j]);
      const other = claimById.get(id);
      if (other && (other === c || c.mentions.some((m) => other.mentions.some((o) => nested(m, o))))) {
        problem([...path, 'supports', j], `${c.id} cannot support ${id}: the one is the other or a piece of its words`);
      }
    });
  });
  doc.events.forEach((e, i) => {
    cited(e.sourceRefs, ['events', i, 'sourceRefs']);
    e.participantIds.forEach((a, j) => need(actors, a, ['events', i, 'participantIds', j]));
  });
  const concernable = new Set([...claims, ...events, ...actors]);
  doc.questions.forEach((q, i) => {
    cited(q.sourceRefs, ['questions', i, 'sourceRefs']);
    q.concerns.forEach((id, j) => need(concernable, id, ['questions', i, 'concerns', j]));
  });
  doc.perspectives.forEach((p, i) => p.holderIds.forEach((a, j) => need(actors, a, ['perspectives', i, 'holderIds', j])));
  doc.tensions.forEach((t, i) => {
    cited(t.sourceRefs, ['tensions', i, 'sourceRefs']);
    for (const side of ['sideA', 'sideB'] as const) {
      cited(t[side].sourceRefs, ['tensions', i, side, 'sourceRefs']);
      t[side].claimIds.forEach((id, j) => need(claims, id, ['tensions', i, side, 'claimIds', j]));
    }
  });
}
