/**
 * The graph's vocabulary: every node label, every relationship type with the labels at its two ends,
 * and the condition that picks what a story version holds. The writer, the loaders and the Cypher
 * built in TypeScript take their names from here; labels and types cannot be Cypher parameters, so
 * this is also the allowlist of what may be written into statement text. The `.cypher` files write
 * the version condition out, and a test holds each one to a fragment below.
 */

/** Node labels by the type prefix of their ids (ids are `<type>:<key>`). */
export const NODE_LABELS = {
  story: 'Story',
  actor: 'Actor',
  claim: 'Claim',
  event: 'Event',
  source: 'Source',
  question: 'Question',
  perspective: 'Perspective',
  tension: 'Tension',
  mention: 'Mention',
  'source-identity': 'SourceIdentity',
  'claim-identity': 'ClaimIdentity',
} as const;
export type NodeType = keyof typeof NODE_LABELS;
export type NodeLabel = (typeof NODE_LABELS)[NodeType];

/** The id prefixes, in the order of NODE_LABELS. */
export const NODE_TYPES = Object.keys(NODE_LABELS) as NodeType[];

/** Labels of nodes that belong to one story (actors are shared across stories), in the order the writer writes them. */
export const STORY_LABELS = ['Source', 'Claim', 'Mention', 'Event', 'Question', 'Perspective', 'Tension'] as const satisfies readonly NodeLabel[];
export type StoryLabel = (typeof STORY_LABELS)[number];

/**
 * One node per real-world item that several stories may record (the same article cited, the same
 * words quoted): shared like actors, written by MERGE, with no story versions. Each story's own
 * Source or Claim points to it through a story edge (sameSourceAs, sameClaimAs), which is versioned.
 */
export const IDENTITY_LABELS = ['SourceIdentity', 'ClaimIdentity'] as const satisfies readonly NodeLabel[];
export type IdentityLabel = (typeof IDENTITY_LABELS)[number];

/** A story's stored versions: `(:Story)-[:HAS_VERSION]->(:StoryVersion)`, written with the story, outside RELATIONSHIPS. */
export const STORY_VERSION = { label: 'StoryVersion', type: 'HAS_VERSION' } as const;

/**
 * One relationship type between two labels, with the properties that tell two edges of that type
 * between the same nodes apart (an actor asserting a claim publicly and, separately, in a leak).
 */
export interface Relationship {
  type: string;
  from: NodeLabel;
  to: NodeLabel;
  identity: readonly string[];
}

const relationship = <const Type extends string, const From extends NodeLabel, const To extends NodeLabel>(
  type: Type,
  from: From,
  to: To,
  identity: readonly string[] = [],
) => ({ type, from, to, identity });

/** Every relationship from story items to story items, actors and identities: the writer creates these and nothing else. */
export const RELATIONSHIPS = {
  sourceInStory: relationship('IN_STORY', 'Source', 'Story'),
  claimInStory: relationship('IN_STORY', 'Claim', 'Story'),
  eventInStory: relationship('IN_STORY', 'Event', 'Story'),
  questionInStory: relationship('IN_STORY', 'Question', 'Story'),
  perspectiveInStory: relationship('IN_STORY', 'Perspective', 'Story'),
  tensionInStory: relationship('IN_STORY', 'Tension', 'Story'),
  mentionInStory: relationship('IN_STORY', 'Mention', 'Story'),
  actorAppearsIn: relationship('APPEARS_IN', 'Actor', 'Story'),
  publishedBy: relationship('PUBLISHED_BY', 'Source', 'Actor'),
  authoredBy: relationship('AUTHORED_BY', 'Source', 'Actor'),
  derivedFrom: relationship('DERIVED_FROM', 'Source', 'Source'),
  claimCites: relationship('CITES', 'Claim', 'Source'),
  eventCites: relationship('CITES', 'Event', 'Source'),
  questionCites: relationship('CITES', 'Question', 'Source'),
  tensionCites: relationship('CITES', 'Tension', 'Source'),
  hasMention: relationship('HAS_MENTION', 'Claim', 'Mention'),
  /** The citations written at a mention, with their scope (`direct` or `inherited`) and order. */
  mentionCites: relationship('CITES', 'Mention', 'Source'),
  /** Whom a mention's words credit, where that is not the claim's speaker. */
  attributesTo: relationship('ATTRIBUTES_TO', 'Mention', 'Actor'),
  spokenBy: relationship('SPOKEN_BY', 'Claim', 'Actor'),
  /** A story's record of a source, to the one item every story citing it records (src/model/shared-identities.ts). */
  sameSourceAs: relationship('SAME_SOURCE_AS', 'Source', 'SourceIdentity'),
  /** A story's claim, to the one statement (speaker and words) every story stating it records. */
  sameClaimAs: relationship('SAME_CLAIM_AS', 'Claim', 'ClaimIdentity'),
  asserts: relationship('ASSERTS', 'Actor', 'Claim', ['channel']),
  /** A claim asserted on one channel reaching a wider one through a source (a remark at a meeting, leaked in a recording). */
  disclosedThrough: relationship('DISCLOSED_THROUGH', 'Claim', 'Source', ['actorId', 'channel']),
  supports: relationship('SUPPORTS', 'Claim', 'Claim'),
  contradicts: relationship('CONTRADICTS', 'Claim', 'Claim', ['tensionId']),
  hasSide: relationship('HAS_SIDE', 'Tension', 'Claim', ['side']),
  participatedIn: relationship('PARTICIPATED_IN', 'Actor', 'Event'),
  heldBy: relationship('HELD_BY', 'Perspective', 'Actor'),
  concernsClaim: relationship('CONCERNS', 'Question', 'Claim'),
  concernsEvent: relationship('CONCERNS', 'Question', 'Event'),
  concernsActor: relationship('CONCERNS', 'Question', 'Actor'),
} as const satisfies Record<string, Relationship>;

/**
 * A node or an edge, bound to `item`, in version `$version`, or with `$version` null in the story's
 * newest version (`current`, which the writer keeps so that default reads need no version math).
 * `version` names another expression where one statement reads several versions (`UNWIND $numbers`).
 */
export const inVersion = (item: string, version = '$version') =>
  `CASE WHEN ${version} IS NULL THEN ${item}.current ELSE ${version} IN ${item}.versions END`;

/**
 * An edge `edge` read from node `node` in version `$version`; with `$version` null, in the newest
 * version — or, from an item the newest version dropped, in the last version that held it, so that
 * it keeps its neighbours.
 */
export const edgeInVersionFrom = (edge: string, node: string) =>
  [
    'CASE WHEN $version IS NULL',
    `  THEN ${edge}.current OR (${node}.current = false AND last(${node}.versions) IN ${edge}.versions)`,
    `  ELSE $version IN ${edge}.versions END`,
  ].join('\n');

/**
 * What a story item held in an older version, where that differs from what it holds now:
 * `(item)-[:HAS_STATE]->(:ItemState {id: '<item id>@<first version>', versions, ...properties})`. The item keeps its newest
 * properties; the writer files its old ones in a state only when a version changes them, so an
 * unchanged item costs nothing new. An edge needs no state: a version that changes an edge's
 * properties gets an edge of its own, beside the old one, each with the versions that held it.
 */
export const ITEM_STATE = { label: 'ItemState', type: 'HAS_STATE' } as const;

/** `item`'s properties as version `version` of story `$storyId` held them: its state of that version, or else its own. */
const stateAt = (item: string, version: string) =>
  [
    'coalesce(head(COLLECT {',
    `    MATCH (${item})-[:${ITEM_STATE.type}]->(state:${ITEM_STATE.label})`,
    `    WHERE ($storyId IS NULL OR ${item}.storyId = $storyId) AND ${version} IN state.versions`,
    `    RETURN state {.*, id: ${item}.id, versions: ${item}.versions, current: ${item}.current, atStoryId: $storyId, atVersion: ${version}}`,
    `  }), ${item} {.*, atStoryId: $storyId, atVersion: ${version}})`,
  ].join('\n');

/**
 * `item`'s properties as version `$version` (or `version`) of story `$storyId` held them (with it
 * null: as they are now). An item of another story (an actor's claims elsewhere) shows them as they
 * are now. A versioned read carries `atStoryId` and `atVersion`, so that what is read from it next
 * is read at the same version.
 */
export const propertiesAt = (item: string, version = '$version') =>
  `CASE WHEN ${version} IS NULL THEN ${item} {.*}\n  ELSE ${stateAt(item, version)} END`;

/**
 * The node `item` itself without `$version`, else its properties as that version held them
 * (propertiesAt): a statement that orders and cuts before it returns projects only the rows it
 * returns on a default read, as before. Either way `.key` and `{.*}` read it alike.
 */
export const neighbourAtVersion = (item: string) => `CASE WHEN $version IS NULL THEN ${item}\n  ELSE ${stateAt(item, '$version')} END`;

/** The story an edge read from `node` to `neighbour` belongs to: each edge has a story item or its Story at one end. */
const storyOfEdge = (node: string, neighbour: string) =>
  `coalesce(${node}.storyId, ${neighbour}.storyId, CASE WHEN ${node}:Story THEN ${node}.id ELSE ${neighbour}.id END)`;

/**
 * edgeInVersionFrom for a read at version `$version` of story `$storyId`, which may leave the story
 * (an actor's perspectives): an edge of another story is read as without `$version`.
 */
export const edgeInStoryVersionFrom = (edge: string, node: string, neighbour: string) =>
  edgeInVersionFrom(edge, node).replace('$version IS NULL', `$version IS NULL OR ${storyOfEdge(node, neighbour)} <> $storyId`);

/**
 * Curation on a default read (`$version` null): an editor's correction of claim `claim`'s `field`
 * (correctClaim; the speaker as an actor id), else null. The claim names its corrected fields, so an
 * uncorrected claim looks nothing up; a read at a version answers what that version said: null.
 */
export const correctedClaimField = (claim: string, field: 'text' | 'kind' | 'verbatim' | 'speaker') =>
  [
    `CASE WHEN $version IS NULL AND '${field}' IN coalesce(${claim}.correctedFields, []) THEN head(COLLECT {`,
    `    MATCH (:Curation {itemId: ${claim}.id})-[:HAS_CORRECTION]->(correction:Correction {field: '${field}'})`,
    '    RETURN correction.corrected',
    '  }) END',
  ].join('\n');

/** The id of the actor who speaks claim `claim`: the corrected speaker on a default read (correctedClaimField), else the document's at `$version`. */
export const claimSpeakerId = (claim: string) =>
  [
    `coalesce(${correctedClaimField(claim, 'speaker')}, head(COLLECT {`,
    `    MATCH (${claim})-[spoken:SPOKEN_BY]->(speaker:Actor)`,
    `    WHERE ${inVersion('spoken')}`,
    '    RETURN speaker.id',
    '  }))',
  ].join('\n');

/**
 * A story's SUPPORTS or CONTRADICTS edge `edge` from claim `from` to claim `to`, in version `$version`;
 * with `$version` null, in the newest version unless a curator disputed it (removeClaimLink: a
 * CuratedRelation of status DISPUTED, hung from `from`'s Curation node, so an uncurated claim's
 * edges look nothing up). A read at a version answers what the document said.
 */
export const claimLinkInVersion = (edge: string, from: string, to: string) =>
  [
    'CASE WHEN $version IS NULL',
    `  THEN ${edge}.current AND NOT EXISTS {`,
    `    MATCH (${from})<-[:CURATES]-(:Curation)-[:HAS_RELATION]->(dispute:CuratedRelation {toId: ${to}.id, status: 'DISPUTED'})`,
    `    WHERE dispute.relation = type(${edge})`,
    '  }',
    `  ELSE $version IN ${edge}.versions END`,
  ].join('\n');

/**
 * A curator's own SUPPORTS or CONTRADICTS link (addClaimLink: a CuratedRelation of status ADDED) from
 * claim `from` to claim `to`: it holds on a default read between claims the newest version holds; a
 * read at a version answers the document, which has none.
 */
export const curatedLinkInVersion = (from: string, to: string) => `CASE WHEN $version IS NULL THEN ${from}.current AND ${to}.current ELSE false END`;

/**
 * A step `edge` of a walk over `DERIVED_FROM|CURATED_DERIVED_FROM`: the story's own derivation in
 * version `$version`; a curator's (addDerivation) only on a read of the newest version (`$newest`),
 * between two sources the newest version holds, and not where the story's own current edge joins the
 * same two (which would count the derivation twice). Only a curated edge, after its type test, looks
 * anything up.
 */
export const derivationStep = (edge: string) =>
  [
    `(${inVersion(edge)}`,
    `  OR (type(${edge}) = 'CURATED_DERIVED_FROM' AND $newest AND startNode(${edge}).current AND endNode(${edge}).current`,
    `    AND NOT EXISTS { MATCH (:Source {id: startNode(${edge}).id})-[statedStep:DERIVED_FROM]->(:Source {id: endNode(${edge}).id}) WHERE statedStep.current }))`,
  ].join('\n');

/**
 * On a default read, the claim a curator merged claim `claim` into (mergeClaims: its MERGED_INTO
 * relation, hung from its Curation node), which speaks for both; else null, as at any version.
 */
export const keptClaimOf = (claim: string) =>
  [
    `CASE WHEN $version IS NULL THEN head(COLLECT {`,
    `    MATCH (${claim})<-[:CURATES]-(:Curation)-[:HAS_RELATION]->(merge:CuratedRelation {relation: 'MERGED_INTO'})`,
    '    MATCH (kept:Claim {id: merge.toId})',
    '    RETURN kept',
    '  }) END',
  ].join('\n');

/**
 * Whether the claim of id `claimId` has mentions curation moves (a split off it, a merge into it): its
 * `mentionsCurated` flag, which gates the lookups of claimCitations. The writes of splits and merges
 * set it from this, so an uncurated claim looks nothing up.
 */
export const mentionsCuratedOf = (claimId: string) =>
  [
    `EXISTS { (:Curation {itemId: ${claimId}})-[:HAS_SPLIT]->(:ClaimSplit) }`,
    `  OR EXISTS { MATCH (mergeInto:CuratedRelation {toId: ${claimId}}) WHERE mergeInto.relation = 'MERGED_INTO' }`,
  ].join('\n');

/**
 * What claim `claim` cites, where: rows `m, s, scope, order`. Its mentions' CITES at `$version`; on a
 * read of the newest version (`$newest`, beside the version condition) the curators': the mentions of
 * the claims merged into it (mergeClaims) with its own, less those split off (splitClaim), or its
 * corrected citations (correctClaim), cited at its first mention left. The claim's `correctedFields`
 * and `mentionsCurated` gate each lookup, so an uncurated claim looks nothing up (cypher/README.md).
 */
export const claimCitations = (claim: string) => {
  const splitOff = (of: string, mention: string) =>
    `EXISTS { MATCH (:Curation {itemId: ${of}.id})-[:HAS_SPLIT]->(split:ClaimSplit) WHERE ${mention}.id IN split.mentionIds }`;
  const corrected = `'citations' IN coalesce(${claim}.correctedFields, [])`;
  return [
    `CALL (${claim}) {`,
    `  WITH ${claim} WHERE NOT ($newest AND ${corrected})`,
    `  CALL (${claim}) {`,
    `    RETURN ${claim} AS stated`,
    '    UNION',
    `    WITH ${claim} WHERE $newest AND ${claim}.mentionsCurated`,
    `    MATCH (merge:CuratedRelation {toId: ${claim}.id}) WHERE merge.relation = 'MERGED_INTO'`,
    '    MATCH (stated:Claim {id: merge.fromId})',
    '    RETURN stated',
    '  }',
    '  MATCH (stated)-[:HAS_MENTION]->(m:Mention)-[cite:CITES]->(s:Source)',
    `  WHERE ${inVersion('cite')}`,
    `    AND NOT ($newest AND coalesce(stated.mentionsCurated, false) AND ${splitOff('stated', 'm')})`,
    '  RETURN m, s, cite.scope AS scope, cite.order AS order',
    '  UNION ALL',
    `  WITH ${claim} WHERE $newest AND ${corrected}`,
    `  MATCH (:Curation {itemId: ${claim}.id})-[:HAS_CORRECTION]->(k:Correction {field: 'citations'})`,
    `  MATCH (${claim})-[:HAS_MENTION]->(m:Mention) WHERE m.current AND NOT (coalesce(${claim}.mentionsCurated, false) AND ${splitOff(claim, 'm')})`,
    '  WITH k, m ORDER BY m.position, m.id LIMIT 1',
    '  UNWIND range(0, size(k.correctedSourceIds) - 1) AS at',
    '  MATCH (s:Source {id: k.correctedSourceIds[at]})',
    "  RETURN m, s, k.correctedScopes[at] AS scope, at AS order",
    '}',
  ].join('\n');
};

/**
 * The sources of citations correction `correction` (a Correction of field 'citations') takes as the
 * claim's evidence, bound to `source`, each at its place `at`: its direct citations, or where it has
 * none, its inherited ones, as the document's sourceRefs are; a source a re-ingest has since pruned
 * matches nothing. Claim.provenance (claimEvidence) and ClaimReview's appearances read it.
 */
export const correctedEvidence = (correction: string, source: string) =>
  [
    `  UNWIND range(0, size(${correction}.correctedSourceIds) - 1) AS at`,
    `  WITH ${correction}, at WHERE ${correction}.correctedScopes[at] = CASE WHEN 'direct' IN ${correction}.correctedScopes THEN 'direct' ELSE 'inherited' END`,
    `  MATCH (${source}:Source {id: ${correction}.correctedSourceIds[at]})`,
  ].join('\n');

/**
 * Claim `claim`'s evidence: rows `s, scope`. Its own CITES at `$version`; on a read of the newest
 * version, where an editor corrected its citations, of those the direct ones, or where none, the
 * inherited ones, as the document's own CITES are.
 */
export const claimEvidence = (claim: string) =>
  [
    `CALL (${claim}) {`,
    `  WITH ${claim} WHERE NOT ($newest AND 'citations' IN coalesce(${claim}.correctedFields, []))`,
    `  MATCH (${claim})-[cite:CITES]->(s:Source)`,
    `  WHERE ${inVersion('cite')}`,
    '  RETURN s, cite.scope AS scope',
    '  UNION ALL',
    `  WITH ${claim} WHERE $newest AND 'citations' IN coalesce(${claim}.correctedFields, [])`,
    `  MATCH (:Curation {itemId: ${claim}.id})-[:HAS_CORRECTION]->(k:Correction {field: 'citations'})`,
    correctedEvidence('k', 's'),
    '  RETURN s, k.correctedScopes[at] AS scope',
    '}',
  ].join('\n');
