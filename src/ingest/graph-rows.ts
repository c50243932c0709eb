import neo4j from 'neo4j-driver';
import { RELATIONSHIPS, type IdentityLabel, type Relationship, type StoryLabel } from '../model/graph-vocabulary';
import { claimIdentity, sourceIdentity } from '../model/shared-identities';
import { derivationKind } from '../model/derivations';
import { evidenceScope, type StoryGraphDocument } from '../model/story-graph';

export interface NodeRow {
  id: string;
  props: Record<string, unknown>;
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
  /** Shared across stories like actors: one row per identity, the story's items pointing to it by sameSourceAs and sameClaimAs. */
  identities: { label: IdentityLabel; rows: NodeRow[] }[];
  links: { spec: Relationship; rows: LinkRow[] }[];
}

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
function distinct(spec: Relationship, rows: LinkRow[]): LinkRow[] {
  const byKey = new Map<string, LinkRow>();
  for (const row of rows) byKey.set(JSON.stringify([row.from, row.to, ...spec.identity.map((key) => row.key[key])]), row);
  return [...byKey.values()];
}

/** One row per node: two sources of one story may be the same item (cited twice under two numbers); the first names it. */
function distinctNodes(rows: NodeRow[]): NodeRow[] {
  const byId = new Map<string, NodeRow>();
  for (const row of rows) if (!byId.has(row.id)) byId.set(row.id, row);
  return [...byId.values()];
}

/** Turns a story graph document into the node and relationship rows the writer UNWINDs. */
export function graphRows(doc: StoryGraphDocument): GraphRows {
  const storyId = doc.story.id;
  const sourceIdByRef = new Map(doc.sources.flatMap((s) => (s.ref === undefined ? [] : [[s.ref, s.id] as const])));
  const citing = (id: string, refs: number[], props: (order: number) => Record<string, unknown> = () => ({})) =>
    refs.flatMap((ref, order) => {
      const sourceId = sourceIdByRef.get(ref);
      return sourceId ? [pair(id, sourceId, {}, props(order))] : [];
    });
  const mentions = doc.claims.flatMap((c) => c.mentions.map((m) => ({ claim: c, mention: m })));
  const inStory = (items: { id: string }[]) => items.map((item) => pair(item.id, storyId));
  const sourceIdentities = doc.sources.flatMap((s) => {
    const identity = sourceIdentity(s);
    return identity ? [{ sourceId: s.id, identity }] : [];
  });
  const claimIdentities = doc.claims.map((c) => ({ claimId: c.id, identity: claimIdentity(c, storyId) }));
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
        props: { storyId, text: c.text, kind: c.kind, quote: c.quote ?? null, verbatim: c.verbatim, section: c.section, position: c.position, sourceRefs: c.sourceRefs, citationScope: evidenceScope(c.mentions) },
      })),
    },
    {
      label: 'Mention',
      rows: mentions.map(({ claim, mention: m }) => ({
        id: m.id,
        props: { storyId, claimId: claim.id, section: m.section, line: m.line, position: m.position, text: m.text, citationRefs: m.citationRefs, citationScope: m.citationScope },
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

  const links: GraphRows['links'] = [
    { spec: RELATIONSHIPS.sourceInStory, rows: inStory(doc.sources) },
    { spec: RELATIONSHIPS.claimInStory, rows: inStory(doc.claims) },
    { spec: RELATIONSHIPS.eventInStory, rows: inStory(doc.events) },
    { spec: RELATIONSHIPS.questionInStory, rows: inStory(doc.questions) },
    { spec: RELATIONSHIPS.perspectiveInStory, rows: inStory(doc.perspectives) },
    { spec: RELATIONSHIPS.tensionInStory, rows: inStory(doc.tensions) },
    { spec: RELATIONSHIPS.mentionInStory, rows: inStory(mentions.map(({ mention }) => mention)) },
    { spec: RELATIONSHIPS.actorAppearsIn, rows: inStory(doc.actors) },
    { spec: RELATIONSHIPS.publishedBy, rows: doc.sources.flatMap((s) => (s.publisherId === null ? [] : [pair(s.id, s.publisherId)])) },
    { spec: RELATIONSHIPS.authoredBy, rows: doc.sources.flatMap((s) => s.authorIds.map((a) => pair(s.id, a))) },
    {
      spec: RELATIONSHIPS.derivedFrom,
      rows: doc.sources.flatMap((s) => s.derivedFrom.map((d) => pair(s.id, d.sourceId, {}, { how: d.how ?? null, kind: derivationKind(d.how) }))),
    },
    { spec: RELATIONSHIPS.claimCites, rows: doc.claims.flatMap((c) => citing(c.id, c.sourceRefs, (order) => ({ scope: evidenceScope(c.mentions), order }))) },
    { spec: RELATIONSHIPS.hasMention, rows: mentions.map(({ claim, mention }) => pair(claim.id, mention.id)) },
    {
      spec: RELATIONSHIPS.mentionCites,
      rows: mentions.flatMap(({ mention: m }) => citing(m.id, m.citationRefs, (order) => ({ scope: m.citationScope, order }))),
    },
    {
      spec: RELATIONSHIPS.attributesTo,
      rows: mentions.flatMap(({ mention: m }) => (m.attributedToId === undefined ? [] : [pair(m.id, m.attributedToId)])),
    },
    { spec: RELATIONSHIPS.sameSourceAs, rows: sourceIdentities.map(({ sourceId, identity }) => pair(sourceId, identity.id)) },
    { spec: RELATIONSHIPS.sameClaimAs, rows: claimIdentities.map(({ claimId, identity }) => pair(claimId, identity.id)) },
    { spec: RELATIONSHIPS.spokenBy, rows: doc.claims.flatMap((c) => (c.speakerId === null ? [] : [pair(c.id, c.speakerId)])) },
    { spec: RELATIONSHIPS.eventCites, rows: doc.events.flatMap((e) => citing(e.id, e.sourceRefs)) },
    { spec: RELATIONSHIPS.questionCites, rows: doc.questions.flatMap((q) => citing(q.id, q.sourceRefs)) },
    // A tension's citations keep the order written: the line's own weighting of its evidence.
    { spec: RELATIONSHIPS.tensionCites, rows: doc.tensions.flatMap((t) => citing(t.id, t.sourceRefs, (order) => ({ order }))) },
    {
      spec: RELATIONSHIPS.asserts,
      rows: doc.claims.flatMap((c) =>
        c.assertedBy.map((a) => pair(a.actorId, c.id, { channel: a.channel }, { at: date(a.at) })),
      ),
    },
    {
      spec: RELATIONSHIPS.disclosedThrough,
      rows: doc.claims.flatMap((c) =>
        c.assertedBy.flatMap((a) => a.disclosures.map((d) => pair(c.id, d.sourceId, { actorId: a.actorId, channel: d.channel }, { at: date(d.at) }))),
      ),
    },
    { spec: RELATIONSHIPS.supports, rows: doc.claims.flatMap((c) => c.supports.map((target) => pair(c.id, target))) },
    {
      spec: RELATIONSHIPS.contradicts,
      rows: doc.tensions.flatMap((t) =>
        t.sideA.claimIds.flatMap((a) => t.sideB.claimIds.map((b) => pair(a, b, { tensionId: t.id }))),
      ),
    },
    {
      spec: RELATIONSHIPS.hasSide,
      rows: doc.tensions.flatMap((t) => [
        ...t.sideA.claimIds.map((c) => pair(t.id, c, { side: 'A' })),
        ...t.sideB.claimIds.map((c) => pair(t.id, c, { side: 'B' })),
      ]),
    },
    { spec: RELATIONSHIPS.participatedIn, rows: doc.events.flatMap((e) => e.participantIds.map((a) => pair(a, e.id))) },
    { spec: RELATIONSHIPS.heldBy, rows: doc.perspectives.flatMap((p) => p.holderIds.map((a) => pair(p.id, a))) },
    { spec: RELATIONSHIPS.concernsClaim, rows: concerns('claim:') },
    { spec: RELATIONSHIPS.concernsEvent, rows: concerns('event:') },
    { spec: RELATIONSHIPS.concernsActor, rows: concerns('actor:') },
  ];

  return {
    nodes,
    actors: doc.actors.map((a) => ({ id: a.id, name: a.name, kind: a.kind, aliases: a.aliases })),
    identities: [
      { label: 'SourceIdentity', rows: distinctNodes(sourceIdentities.map(({ identity: { id, ...props } }) => ({ id, props: { ...props, publishedAt: date(props.publishedAt ?? undefined) } }))) },
      { label: 'ClaimIdentity', rows: distinctNodes(claimIdentities.map(({ identity: { id, ...props } }) => ({ id, props }))) },
    ],
    links: links.map(({ spec, rows }) => ({ spec, rows: distinct(spec, rows) })),
  };
}
