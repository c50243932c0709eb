import type { CypherQuery } from '../../db/cypher-file';

type Label = 'Story' | 'Actor' | 'Claim' | 'Event' | 'Source' | 'Question' | 'Perspective' | 'Tension';

/**
 * A relationship field: from a node of one label, along one typed edge, to its neighbours in a
 * fixed order. The whole table is the allowlist of labels and types that reach Cypher text.
 */
export interface RelationSpec {
  from: Label;
  /** The edge as Cypher writes it, bound to `r`. */
  edge: `-[r:${string}]->` | `<-[r:${string}]-`;
  /** Any label when the neighbours are of several kinds (what a question concerns). */
  to: Label | null;
  /** The neighbours' order, over `m`. */
  orderBy: string;
}

const relation = (from: Label, edge: RelationSpec['edge'], to: Label | null, orderBy = 'm.position'): RelationSpec => ({
  from,
  edge,
  to,
  orderBy,
});

const BY_REF = 'm.ref IS NULL, m.ref, m.title';
const BY_NAME = 'm.name';

export const RELATIONS = {
  storyActors: relation('Story', '<-[r:APPEARS_IN]-', 'Actor', BY_NAME),
  storySources: relation('Story', '<-[r:IN_STORY]-', 'Source', BY_REF),
  storyClaims: relation('Story', '<-[r:IN_STORY]-', 'Claim'),
  storyEvents: relation('Story', '<-[r:IN_STORY]-', 'Event'),
  storyQuestions: relation('Story', '<-[r:IN_STORY]-', 'Question'),
  storyPerspectives: relation('Story', '<-[r:IN_STORY]-', 'Perspective'),
  storyTensions: relation('Story', '<-[r:IN_STORY]-', 'Tension'),

  actorStories: relation('Actor', '-[r:APPEARS_IN]->', 'Story', 'm.updatedAt DESC'),
  actorAssertions: relation('Actor', '-[r:ASSERTS]->', 'Claim', 'm.storyId, m.position'),
  actorPerspectives: relation('Actor', '<-[r:HELD_BY]-', 'Perspective', 'm.storyId, m.position'),
  actorPublished: relation('Actor', '<-[r:PUBLISHED_BY]-', 'Source', `m.storyId, ${BY_REF}`),
  actorAuthored: relation('Actor', '<-[r:AUTHORED_BY]-', 'Source', `m.storyId, ${BY_REF}`),
  actorEvents: relation('Actor', '-[r:PARTICIPATED_IN]->', 'Event', 'm.date, m.storyId, m.position'),
  actorQuestions: relation('Actor', '<-[r:CONCERNS]-', 'Question', 'm.storyId, m.position'),

  claimSources: relation('Claim', '-[r:CITES]->', 'Source', BY_REF),
  claimAssertions: relation('Claim', '<-[r:ASSERTS]-', 'Actor', BY_NAME),
  claimSupports: relation('Claim', '-[r:SUPPORTS]->', 'Claim'),
  claimSupportedBy: relation('Claim', '<-[r:SUPPORTS]-', 'Claim'),
  claimContradicts: relation('Claim', '-[r:CONTRADICTS]->', 'Claim'),
  claimContradictedBy: relation('Claim', '<-[r:CONTRADICTS]-', 'Claim'),
  claimTensions: relation('Claim', '<-[r:HAS_SIDE]-', 'Tension'),
  claimQuestions: relation('Claim', '<-[r:CONCERNS]-', 'Question'),

  eventSources: relation('Event', '-[r:CITES]->', 'Source', BY_REF),
  eventParticipants: relation('Event', '<-[r:PARTICIPATED_IN]-', 'Actor', BY_NAME),
  eventQuestions: relation('Event', '<-[r:CONCERNS]-', 'Question'),

  sourcePublisher: relation('Source', '-[r:PUBLISHED_BY]->', 'Actor', BY_NAME),
  sourceAuthors: relation('Source', '-[r:AUTHORED_BY]->', 'Actor', BY_NAME),
  sourceClaims: relation('Source', '<-[r:CITES]-', 'Claim'),
  sourceEvents: relation('Source', '<-[r:CITES]-', 'Event'),
  sourceQuestions: relation('Source', '<-[r:CITES]-', 'Question'),
  sourceTensions: relation('Source', '<-[r:CITES]-', 'Tension'),
  sourceDerivedFrom: relation('Source', '-[r:DERIVED_FROM]->', 'Source', BY_REF),
  sourceDerivatives: relation('Source', '<-[r:DERIVED_FROM]-', 'Source', BY_REF),

  questionSources: relation('Question', '-[r:CITES]->', 'Source', BY_REF),
  questionConcerns: relation('Question', '-[r:CONCERNS]->', null, 'm.id'),

  perspectiveActors: relation('Perspective', '-[r:HELD_BY]->', 'Actor', BY_NAME),

  tensionSideA: relation('Tension', "-[r:HAS_SIDE {side: 'A'}]->", 'Claim'),
  tensionSideB: relation('Tension', "-[r:HAS_SIDE {side: 'B'}]->", 'Claim'),
  tensionSources: relation('Tension', '-[r:CITES]->', 'Source', BY_REF),
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

// Without a version: the story's newest one (`current`) — or, from an item the newest version
// dropped, the edges of the last version that held it, so that it keeps its neighbours.
const EDGE_IN_VERSION = [
  'WHERE CASE WHEN $version IS NULL',
  '  THEN r.current OR (n.current = false AND last(n.versions) IN r.versions)',
  '  ELSE $version IN r.versions END',
];

/** The edge filter and order of one direction of a relation, over `n`, `r` and `m`, at most `$first` per node. */
const neighboursOf = (spec: RelationSpec, edge: string, item: string) => [
  `  MATCH (n)${edge}(m${spec.to ? `:${spec.to}` : ''})`,
  ...EDGE_IN_VERSION.map((line) => `  ${line}`),
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
      ...neighboursOf(spec, spec.edge, '{node: m {.*}, edge: r {.*}}'),
      '} AS items',
    ].join('\n'),
  };
}

/**
 * Both fields of a two-way pair for a batch of nodes, at most `$first` each way: each item says on
 * which end of the edge the node is. An edge from a node to itself is read both ways, once as each.
 */
export function twoWayQuery(pair: TwoWayName): CypherQuery {
  const spec: RelationSpec = RELATIONS[TWO_WAY[pair].out];
  const reversed = spec.edge.startsWith('<') ? spec.edge.replace('<-', '-').replace(']-', ']->') : spec.edge.replace('-[', '<-[').replace(']->', ']-');
  return {
    name: `relation/${pair}`,
    text: [
      'UNWIND $ids AS id',
      `MATCH (n:${spec.from} {id: id})`,
      'RETURN id, COLLECT {',
      ...neighboursOf(spec, spec.edge, '{node: m {.*}, edge: r {.*}, out: true, in: false}'),
      '} + COLLECT {',
      ...neighboursOf(spec, reversed, '{node: m {.*}, edge: r {.*}, out: false, in: true}'),
      '} AS items',
    ].join('\n'),
  };
}
