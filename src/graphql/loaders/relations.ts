import type { CypherQuery } from '../../db/cypher-file';
import { edgeInStoryVersionFrom, neighbourAtVersion, RELATIONSHIPS, type NodeLabel, type Relationship } from '../../model/graph-vocabulary';

/**
 * A relationship field: from a node of one label, along one typed edge, to its neighbours in a
 * fixed order. Every edge is one of the vocabulary's RELATIONSHIPS, read from one of its ends.
 */
export interface RelationSpec {
  from: NodeLabel;
  /** The edge as Cypher writes it, bound to `r`. */
  edge: `-[r:${string}]->` | `<-[r:${string}]-`;
  /** Any label when the neighbours are of several kinds (what a question concerns). */
  to: NodeLabel | null;
  /** The neighbours' order, over `m`. */
  orderBy: string;
}

const BY_POSITION = 'm.position';
const BY_REF = 'm.ref IS NULL, m.ref, m.title';
const BY_NAME = 'm.name';

/** Along the relationship, from its start node; `properties` narrows it to edges with those (`{side: 'A'}`). */
const forward = (relationship: Relationship, orderBy = BY_POSITION, properties = ''): RelationSpec => ({
  from: relationship.from,
  edge: `-[r:${relationship.type}${properties}]->`,
  to: relationship.to,
  orderBy,
});

/** Against the relationship, from its end node. */
const backward = (relationship: Relationship, orderBy = BY_POSITION): RelationSpec => ({
  from: relationship.to,
  edge: `<-[r:${relationship.type}]-`,
  to: relationship.from,
  orderBy,
});

export const RELATIONS = {
  storyActors: backward(RELATIONSHIPS.actorAppearsIn, BY_NAME),
  storySources: backward(RELATIONSHIPS.sourceInStory, BY_REF),
  storyClaims: backward(RELATIONSHIPS.claimInStory),
  storyEvents: backward(RELATIONSHIPS.eventInStory),
  storyQuestions: backward(RELATIONSHIPS.questionInStory),
  storyPerspectives: backward(RELATIONSHIPS.perspectiveInStory),
  storyTensions: backward(RELATIONSHIPS.tensionInStory),

  actorStories: forward(RELATIONSHIPS.actorAppearsIn, 'm.updatedAt DESC'),
  actorAssertions: forward(RELATIONSHIPS.asserts, 'm.storyId, m.position'),
  actorPerspectives: backward(RELATIONSHIPS.heldBy, 'm.storyId, m.position'),
  actorPublished: backward(RELATIONSHIPS.publishedBy, `m.storyId, ${BY_REF}`),
  actorAuthored: backward(RELATIONSHIPS.authoredBy, `m.storyId, ${BY_REF}`),
  actorEvents: forward(RELATIONSHIPS.participatedIn, 'm.date, m.storyId, m.position'),
  actorQuestions: backward(RELATIONSHIPS.concernsActor, 'm.storyId, m.position'),

  claimSources: forward(RELATIONSHIPS.claimCites, BY_REF),
  claimSpeaker: forward(RELATIONSHIPS.spokenBy, BY_NAME),
  claimMentions: forward(RELATIONSHIPS.hasMention),
  claimDisclosures: forward(RELATIONSHIPS.disclosedThrough, 'r.at, r.actorId, r.channel'),
  /** In the order the citations are written there. */
  mentionSources: forward(RELATIONSHIPS.mentionCites, 'r.order'),
  mentionAttributedTo: forward(RELATIONSHIPS.attributesTo, BY_NAME),
  claimAssertions: backward(RELATIONSHIPS.asserts, BY_NAME),
  claimSupports: forward(RELATIONSHIPS.supports),
  claimSupportedBy: backward(RELATIONSHIPS.supports),
  claimContradicts: forward(RELATIONSHIPS.contradicts),
  claimContradictedBy: backward(RELATIONSHIPS.contradicts),
  claimTensions: backward(RELATIONSHIPS.hasSide),
  claimQuestions: backward(RELATIONSHIPS.concernsClaim),

  eventSources: forward(RELATIONSHIPS.eventCites, BY_REF),
  eventParticipants: backward(RELATIONSHIPS.participatedIn, BY_NAME),
  eventQuestions: backward(RELATIONSHIPS.concernsEvent),

  sourcePublisher: forward(RELATIONSHIPS.publishedBy, BY_NAME),
  sourceAuthors: forward(RELATIONSHIPS.authoredBy, BY_NAME),
  sourceClaims: backward(RELATIONSHIPS.claimCites),
  sourceEvents: backward(RELATIONSHIPS.eventCites),
  sourceQuestions: backward(RELATIONSHIPS.questionCites),
  sourceTensions: backward(RELATIONSHIPS.tensionCites),
  sourceDerivedFrom: forward(RELATIONSHIPS.derivedFrom, BY_REF),
  sourceDerivatives: backward(RELATIONSHIPS.derivedFrom, BY_REF),
  sourceIdentity: forward(RELATIONSHIPS.sameSourceAs, 'm.id'),
  claimIdentity: forward(RELATIONSHIPS.sameClaimAs, 'm.id'),
  /** Every story's record of one item or statement, story by story. */
  sourceIdentitySources: backward(RELATIONSHIPS.sameSourceAs, `m.storyId, ${BY_REF}`),
  claimIdentityClaims: backward(RELATIONSHIPS.sameClaimAs, 'm.storyId, m.position'),

  questionSources: forward(RELATIONSHIPS.questionCites, BY_REF),
  // Claims, events and actors alike (concernsClaim, concernsEvent, concernsActor): the label stays open.
  questionConcerns: { ...forward(RELATIONSHIPS.concernsClaim, 'm.id'), to: null },

  perspectiveActors: forward(RELATIONSHIPS.heldBy, BY_NAME),

  tensionSideA: forward(RELATIONSHIPS.hasSide, BY_POSITION, " {side: 'A'}"),
  tensionSideB: forward(RELATIONSHIPS.hasSide, BY_POSITION, " {side: 'B'}"),
  tensionSources: forward(RELATIONSHIPS.tensionCites, 'r.order'),
} as const satisfies Record<string, RelationSpec>;

export type RelationName = keyof typeof RELATIONS;

/**
 * Fields that read one edge type between nodes of one label, each from its own end (what a claim
 * contradicts, what contradicts it). Clients ask for both side by side, so one statement reads
 * the edge both ways and answers both fields.
 */
export const TWO_WAY = {
  claimSupport: { out: 'claimSupports', in: 'claimSupportedBy' },
  claimContradiction: { out: 'claimContradicts', in: 'claimContradictedBy' },
  sourceDerivation: { out: 'sourceDerivedFrom', in: 'sourceDerivatives' },
} as const satisfies Record<string, { out: RelationName; in: RelationName }>;

export type TwoWayName = keyof typeof TWO_WAY;

// Built once: every relation field of every parent asks it.
const TWO_WAY_OF = new Map<RelationName, { pair: TwoWayName; end: 'out' | 'in' }>(
  (Object.entries(TWO_WAY) as [TwoWayName, { out: RelationName; in: RelationName }][]).flatMap(([pair, ends]) => [
    [ends.out, { pair, end: 'out' }],
    [ends.in, { pair, end: 'in' }],
  ]),
);

/** The two-way read that answers a relation, and which end of the edge the relation's node is on. */
export const twoWayOf = (name: RelationName) => TWO_WAY_OF.get(name);

const EDGE_IN_VERSION = `WHERE ${edgeInStoryVersionFrom('r', 'n', 'item')}`.split('\n');

const NEIGHBOUR_AT_VERSION = `WITH r, ${neighbourAtVersion('item')} AS m`.split('\n');

/** The edge filter and order of one direction of a relation, over `n`, `r` and `m`, at most `$first` per node. */
const neighboursOf = (spec: RelationSpec, item: string) => [
  `  MATCH (n)${spec.edge}(item${spec.to ? `:${spec.to}` : ''})`,
  ...EDGE_IN_VERSION.map((line) => `  ${line}`),
  ...NEIGHBOUR_AT_VERSION.map((line) => `  ${line}`),
  `  WITH r, m ORDER BY ${spec.orderBy}, m.id`,
  '  LIMIT $first',
  `  RETURN ${item}`,
];

/**
 * One round trip for a whole batch of start nodes, at most `$first` neighbours each (the field's
 * `@listBound`, or fewer), so that no node with a huge neighbourhood makes the answer unbounded.
 * Edges carry the versions they appear in.
 */
export function relationQuery(name: RelationName): CypherQuery {
  const spec: RelationSpec = RELATIONS[name];
  return {
    name: `relation/${name}`,
    text: [
      'UNWIND $ids AS id',
      `MATCH (n:${spec.from} {id: id})`,
      'RETURN id, COLLECT {',
      ...neighboursOf(spec, '{node: m {.*}, edge: r {.*}}'),
      '} AS items',
    ].join('\n'),
  };
}

/**
 * Both fields of a two-way pair for a batch of nodes, at most `$first` each way: each item says on
 * which end of the edge the node is. An edge from a node to itself is read both ways, once as each.
 */
export function twoWayQuery(pair: TwoWayName): CypherQuery {
  const out: RelationSpec = RELATIONS[TWO_WAY[pair].out];
  const back: RelationSpec = RELATIONS[TWO_WAY[pair].in];
  return {
    name: `relation/${pair}`,
    text: [
      'UNWIND $ids AS id',
      `MATCH (n:${out.from} {id: id})`,
      'RETURN id, COLLECT {',
      ...neighboursOf(out, '{node: m {.*}, edge: r {.*}, out: true, in: false}'),
      '} + COLLECT {',
      ...neighboursOf(back, '{node: m {.*}, edge: r {.*}, out: false, in: true}'),
      '} AS items',
    ].join('\n'),
  };
}
