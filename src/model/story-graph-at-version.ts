import { nodeTypeOf } from './ids';
import { NODE_LABELS, NODE_TYPES, RELATIONSHIPS, type NodeLabel } from './graph-vocabulary';
import type { StoryGraphDocument, StoryNode } from './story-graph';

/** One story item as a version held it (graph-vocabulary.ts, propertiesAt), with its label. */
export interface ItemAtVersion {
  label: NodeLabel;
  node: Record<string, unknown>;
}

/** One edge a version held, its ends by id. */
export interface EdgeAtVersion {
  type: string;
  from: string;
  to: string;
  props: Record<string, unknown>;
}

/** What the graph holds of one story version: the story, its items, its actors and every edge among them. */
export interface GraphAtVersion {
  story: StoryNode;
  items: ItemAtVersion[];
  actors: Record<string, unknown>[];
  edges: EdgeAtVersion[];
}

type RelationshipName = keyof typeof RELATIONSHIPS;
type Props = Record<string, unknown>;

const labelOf = (id: string): NodeLabel | undefined => {
  const type = nodeTypeOf(id, NODE_TYPES);
  return type && NODE_LABELS[type];
};

/** The vocabulary's name of an edge, by its type and the labels of its ends. */
function relationshipOf(edge: EdgeAtVersion): RelationshipName | undefined {
  const [from, to] = [labelOf(edge.from), labelOf(edge.to)];
  return (Object.keys(RELATIONSHIPS) as RelationshipName[]).find((name) => {
    const spec = RELATIONSHIPS[name];
    return spec.type === edge.type && spec.from === from && spec.to === to;
  });
}

// The graph stores an absent optional value as null; the document leaves it out.
const optional = <T>(value: unknown): T | undefined => (value === null || value === undefined ? undefined : (value as T));
const text = (value: unknown) => String(value);
const numbers = (value: unknown) => (Array.isArray(value) ? value.map(Number) : []);
const byPosition = (a: Props, b: Props) => Number(a.position) - Number(b.position) || String(a.id).localeCompare(String(b.id));

/**
 * The story graph document of one version, rebuilt from the graph alone: what `diff` and the
 * consistency report read, so that the graph is the one history. Lists the graph keeps as edges
 * (authors, holders, participants, concerns, sides) come in id order: a document's order of
 * them is not stored, and both sides of a diff are rebuilt alike.
 */
export function storyGraphAtVersion(graph: GraphAtVersion): StoryGraphDocument {
  const edges = new Map<RelationshipName, EdgeAtVersion[]>();
  for (const edge of graph.edges) {
    const name = relationshipOf(edge);
    if (name) edges.set(name, [...(edges.get(name) ?? []), edge]);
  }
  const along = (name: RelationshipName, from?: string, to?: string) =>
    (edges.get(name) ?? []).filter((edge) => (from === undefined || edge.from === from) && (to === undefined || edge.to === to));
  const targets = (name: RelationshipName, from: string) => along(name, from).map((edge) => edge.to).sort();
  const origins = (name: RelationshipName, to: string) => along(name, undefined, to).map((edge) => edge.from).sort();
  const nodes = (label: NodeLabel) => graph.items.filter((item) => item.label === label).map((item) => item.node).sort(byPosition);
  const side = (tension: Props, name: 'A' | 'B') => ({
    label: text(tension[`side${name}Label`]),
    claimIds: along('hasSide', text(tension.id)).filter((edge) => edge.props.side === name).map((edge) => edge.to).sort(),
    sourceRefs: numbers(tension[`side${name}SourceRefs`]),
  });
  const mentionsOf = (claimId: string) =>
    nodes('Mention')
      .filter((mention) => mention.claimId === claimId)
      .map((m) => ({
        id: text(m.id),
        section: m.section as never,
        line: Number(m.line),
        position: Number(m.position),
        text: text(m.text),
        citationRefs: numbers(m.citationRefs),
        citationScope: m.citationScope as never,
        attributedToId: targets('attributesTo', text(m.id))[0],
      }));
  const assertionsOf = (claimId: string) => {
    const disclosures = along('disclosedThrough', claimId);
    return along('asserts', undefined, claimId)
      .sort((a, b) => a.from.localeCompare(b.from) || String(a.props.channel).localeCompare(String(b.props.channel)))
      .map((edge) => ({
        actorId: edge.from,
        channel: edge.props.channel as never,
        at: optional<string>(edge.props.at),
        disclosures: disclosures
          .filter((d) => d.props.actorId === edge.from)
          .map((d) => ({ channel: d.props.channel as never, at: optional<string>(d.props.at), sourceId: d.to })),
      }));
  };

  return {
    format: 'claimgraph/story-graph@1',
    story: graph.story,
    actors: graph.actors
      .map((a) => ({ id: text(a.id), name: text(a.name), kind: a.kind as never, aliases: Array.isArray(a.aliases) ? a.aliases.map(text) : [] }))
      .sort((a, b) => a.id.localeCompare(b.id)),
    sources: nodes('Source')
      .sort((a, b) => (a.ref === null) !== (b.ref === null) ? (a.ref === null ? 1 : -1) : Number(a.ref) - Number(b.ref) || text(a.id).localeCompare(text(b.id)))
      .map((s) => ({
        id: text(s.id),
        ref: optional<number>(s.ref),
        title: text(s.title),
        publisher: optional<string>(s.publisher) ?? null,
        publisherId: targets('publishedBy', text(s.id))[0] ?? null,
        authorIds: targets('authoredBy', text(s.id)),
        publishedAt: optional<string>(s.publishedAt),
        recordedAt: optional<string>(s.recordedAt),
        kind: s.kind as never,
        channel: optional(s.channel),
        derivedFrom: along('derivedFrom', text(s.id))
          .sort((a, b) => a.to.localeCompare(b.to))
          .map((edge) => ({ sourceId: edge.to, how: optional<string>(edge.props.how) })),
        anonymousSourcing: Array.isArray(s.anonymousSourcing) && s.anonymousSourcing.length > 0 ? s.anonymousSourcing.map(text) : undefined,
      })),
    claims: nodes('Claim').map((c) => ({
      id: text(c.id),
      text: text(c.text),
      kind: c.kind as never,
      quote: optional<string>(c.quote),
      verbatim: c.verbatim === true,
      speakerId: targets('spokenBy', text(c.id))[0] ?? null,
      section: c.section as never,
      position: Number(c.position),
      sourceRefs: numbers(c.sourceRefs),
      mentions: mentionsOf(text(c.id)),
      assertedBy: assertionsOf(text(c.id)),
      supports: targets('supports', text(c.id)),
    })),
    events: nodes('Event').map((e) => ({
      id: text(e.id),
      date: text(e.date),
      datePrecision: e.datePrecision as never,
      text: text(e.text),
      position: Number(e.position),
      sourceRefs: numbers(e.sourceRefs),
      participantIds: origins('participatedIn', text(e.id)),
    })),
    questions: nodes('Question').map((q) => ({
      id: text(q.id),
      text: text(q.text),
      position: Number(q.position),
      sourceRefs: numbers(q.sourceRefs),
      concerns: [...targets('concernsClaim', text(q.id)), ...targets('concernsEvent', text(q.id)), ...targets('concernsActor', text(q.id))].sort(),
    })),
    perspectives: nodes('Perspective').map((p) => ({
      id: text(p.id),
      label: text(p.label),
      holderIds: targets('heldBy', text(p.id)),
      qualifier: optional<string>(p.qualifier),
      channel: optional(p.channel),
      stance: text(p.stance),
      evolution: optional<string>(p.evolution),
      position: Number(p.position),
    })),
    tensions: nodes('Tension').map((t) => ({
      id: text(t.id),
      text: text(t.text),
      position: Number(t.position),
      sideA: side(t, 'A'),
      sideB: side(t, 'B'),
      sourceRefs: numbers(t.sourceRefs),
    })),
  };
}
