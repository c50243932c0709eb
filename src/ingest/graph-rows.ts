import neo4j from 'neo4j-driver';
import type { StoryGraphDocument } from '../model/story-graph';

/** Labels of nodes that belong to one story (actors are shared across stories). */
export const STORY_LABELS = ['Source', 'Claim', 'Event', 'Question', 'Perspective', 'Tension'] as const;
export type StoryLabel = (typeof STORY_LABELS)[number];

export interface NodeRow {
  id: string;
  props: Record<string, unknown>;
}

/**
 * A relationship type the writer may create, with the properties that tell two edges of that type
 * between the same nodes apart (an actor asserting a claim publicly and, separately, in a leak).
 */
export interface LinkSpec {
  type: string;
  from: 'Story' | 'Actor' | StoryLabel;
  to: 'Story' | 'Actor' | StoryLabel;
  identity: readonly string[];
}

export interface LinkRow {
  from: string;
  to: string;
  key: Record<string, unknown>;
  props: Record<string, unknown>;
}

export interface GraphRows {
  nodes: { label: StoryLabel; rows: NodeRow[] }[];
  actors: { id: string; name: string; kind: string; aliases: string[] }[];
  links: { spec: LinkSpec; rows: LinkRow[] }[];
}

const link = (type: string, from: LinkSpec['from'], to: LinkSpec['to'], identity: string[] = []): LinkSpec => ({
  type,
  from,
  to,
  identity,
});

/** Every relationship the writer creates; the only relationship types that ever reach Cypher text. */
export const LINKS = {
  sourceInStory: link('IN_STORY', 'Source', 'Story'),
  claimInStory: link('IN_STORY', 'Claim', 'Story'),
  eventInStory: link('IN_STORY', 'Event', 'Story'),
  questionInStory: link('IN_STORY', 'Question', 'Story'),
  perspectiveInStory: link('IN_STORY', 'Perspective', 'Story'),
  tensionInStory: link('IN_STORY', 'Tension', 'Story'),
  actorAppearsIn: link('APPEARS_IN', 'Actor', 'Story'),
  publishedBy: link('PUBLISHED_BY', 'Source', 'Actor'),
  authoredBy: link('AUTHORED_BY', 'Source', 'Actor'),
  derivedFrom: link('DERIVED_FROM', 'Source', 'Source'),
  claimCites: link('CITES', 'Claim', 'Source'),
  eventCites: link('CITES', 'Event', 'Source'),
  questionCites: link('CITES', 'Question', 'Source'),
  tensionCites: link('CITES', 'Tension', 'Source'),
  asserts: link('ASSERTS', 'Actor', 'Claim', ['channel']),
  supports: link('SUPPORTS', 'Claim', 'Claim'),
  contradicts: link('CONTRADICTS', 'Claim', 'Claim', ['tensionId']),
  hasSide: link('HAS_SIDE', 'Tension', 'Claim', ['side']),
  participatedIn: link('PARTICIPATED_IN', 'Actor', 'Event'),
  heldBy: link('HELD_BY', 'Perspective', 'Actor'),
  concernsClaim: link('CONCERNS', 'Question', 'Claim'),
  concernsEvent: link('CONCERNS', 'Question', 'Event'),
  concernsActor: link('CONCERNS', 'Question', 'Actor'),
} as const satisfies Record<string, LinkSpec>;

const date = (iso: string | undefined) => {
  if (iso === undefined) return null;
  const [year, month, day] = iso.split('-').map(Number);
  return new neo4j.types.Date(year ?? 0, month ?? 0, day ?? 0);
};

const pair = (from: string, to: string, key: Record<string, unknown> = {}, props: Record<string, unknown> = {}): LinkRow => ({
  from,
  to,
  key,
  props,
});

/**
 * One row per relationship: a document may cite a source twice from one claim, and the writer creates
 * the relationships of a new story outright, where MERGE would have folded the repeats into one.
 * The last row's properties win, as they did when MERGE set them row by row.
 */
function distinct(spec: LinkSpec, rows: LinkRow[]): LinkRow[] {
  const byKey = new Map<string, LinkRow>();
  for (const row of rows) byKey.set(JSON.stringify([row.from, row.to, ...spec.identity.map((key) => row.key[key])]), row);
  return [...byKey.values()];
}

/** Turns a story graph document into the node and relationship rows the writer UNWINDs. */
export function graphRows(doc: StoryGraphDocument): GraphRows {
  const storyId = doc.story.id;
  const sourceIdByRef = new Map(doc.sources.flatMap((s) => (s.ref === undefined ? [] : [[s.ref, s.id] as const])));
  const citing = (id: string, refs: number[]) =>
    refs.flatMap((ref) => {
      const sourceId = sourceIdByRef.get(ref);
      return sourceId ? [pair(id, sourceId)] : [];
    });
  const inStory = (items: { id: string }[]) => items.map((item) => pair(item.id, storyId));
  const concerns = (prefix: string) =>
    doc.questions.flatMap((q) => q.concerns.filter((id) => id.startsWith(prefix)).map((id) => pair(q.id, id)));

  const nodes: GraphRows['nodes'] = [
    {
      label: 'Source',
      rows: doc.sources.map((s) => ({
        id: s.id,
        props: { storyId, ref: s.ref ?? null, title: s.title, publisher: s.publisher ?? null, publishedAt: date(s.publishedAt), recordedAt: date(s.recordedAt), kind: s.kind, channel: s.channel ?? null, anonymousSourcing: s.anonymousSourcing ?? [] },
      })),
    },
    {
      label: 'Claim',
      rows: doc.claims.map((c) => ({
        id: c.id,
        props: { storyId, text: c.text, kind: c.kind, quote: c.quote ?? null, section: c.section, position: c.position, sourceRefs: c.sourceRefs },
      })),
    },
    {
      label: 'Event',
      rows: doc.events.map((e) => ({
        id: e.id,
        props: { storyId, date: date(e.date), datePrecision: e.datePrecision, text: e.text, position: e.position, sourceRefs: e.sourceRefs },
      })),
    },
    {
      label: 'Question',
      rows: doc.questions.map((q) => ({ id: q.id, props: { storyId, text: q.text, position: q.position, sourceRefs: q.sourceRefs } })),
    },
    {
      label: 'Perspective',
      rows: doc.perspectives.map((p) => ({
        id: p.id,
        props: { storyId, label: p.label, qualifier: p.qualifier ?? null, channel: p.channel ?? null, stance: p.stance, evolution: p.evolution ?? null, position: p.position },
      })),
    },
    {
      label: 'Tension',
      rows: doc.tensions.map((t) => ({
        id: t.id,
        props: {
          storyId,
          text: t.text,
          position: t.position,
          sourceRefs: t.sourceRefs,
          sideALabel: t.sideA.label,
          sideASourceRefs: t.sideA.sourceRefs,
          sideBLabel: t.sideB.label,
          sideBSourceRefs: t.sideB.sourceRefs,
        },
      })),
    },
  ];

  const links: { spec: LinkSpec; rows: LinkRow[] }[] = [
    { spec: LINKS.sourceInStory, rows: inStory(doc.sources) },
    { spec: LINKS.claimInStory, rows: inStory(doc.claims) },
    { spec: LINKS.eventInStory, rows: inStory(doc.events) },
    { spec: LINKS.questionInStory, rows: inStory(doc.questions) },
    { spec: LINKS.perspectiveInStory, rows: inStory(doc.perspectives) },
    { spec: LINKS.tensionInStory, rows: inStory(doc.tensions) },
    { spec: LINKS.actorAppearsIn, rows: inStory(doc.actors) },
    { spec: LINKS.publishedBy, rows: doc.sources.flatMap((s) => (s.publisherId === undefined ? [] : [pair(s.id, s.publisherId)])) },
    { spec: LINKS.authoredBy, rows: doc.sources.flatMap((s) => s.authorIds.map((a) => pair(s.id, a))) },
    {
      spec: LINKS.derivedFrom,
      rows: doc.sources.flatMap((s) => s.derivedFrom.map((d) => pair(s.id, d.sourceId, {}, { how: d.how ?? null }))),
    },
    { spec: LINKS.claimCites, rows: doc.claims.flatMap((c) => citing(c.id, c.sourceRefs)) },
    { spec: LINKS.eventCites, rows: doc.events.flatMap((e) => citing(e.id, e.sourceRefs)) },
    { spec: LINKS.questionCites, rows: doc.questions.flatMap((q) => citing(q.id, q.sourceRefs)) },
    { spec: LINKS.tensionCites, rows: doc.tensions.flatMap((t) => citing(t.id, t.sourceRefs)) },
    {
      spec: LINKS.asserts,
      rows: doc.claims.flatMap((c) =>
        c.assertedBy.map((a) => pair(a.actorId, c.id, { channel: a.channel }, { at: date(a.at) })),
      ),
    },
    { spec: LINKS.supports, rows: doc.claims.flatMap((c) => c.supports.map((target) => pair(c.id, target))) },
    {
      spec: LINKS.contradicts,
      rows: doc.tensions.flatMap((t) =>
        t.sideA.claimIds.flatMap((a) => t.sideB.claimIds.map((b) => pair(a, b, { tensionId: t.id }))),
      ),
    },
    {
      spec: LINKS.hasSide,
      rows: doc.tensions.flatMap((t) => [
        ...t.sideA.claimIds.map((c) => pair(t.id, c, { side: 'A' })),
        ...t.sideB.claimIds.map((c) => pair(t.id, c, { side: 'B' })),
      ]),
    },
    { spec: LINKS.participatedIn, rows: doc.events.flatMap((e) => e.participantIds.map((a) => pair(a, e.id))) },
    { spec: LINKS.heldBy, rows: doc.perspectives.flatMap((p) => p.actorIds.map((a) => pair(p.id, a))) },
    { spec: LINKS.concernsClaim, rows: concerns('claim:') },
    { spec: LINKS.concernsEvent, rows: concerns('event:') },
    { spec: LINKS.concernsActor, rows: concerns('actor:') },
  ];

  return {
    nodes,
    actors: doc.actors.map((a) => ({ id: a.id, name: a.name, kind: a.kind, aliases: a.aliases })),
    links: links.map(({ spec, rows }) => ({ spec, rows: distinct(spec, rows) })),
  };
}
