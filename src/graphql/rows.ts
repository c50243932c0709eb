import type { CredibilityRating, CredibilityRule } from '../analytics/credibility-grade';
import type { ConsistencyFinding } from '../ingest/consistency-report';
import type { AggregateBy } from './generated/resolvers-types';
import type {
  ActorNode,
  Channel,
  CitationScope,
  ClaimNode,
  DatePrecision,
  EventNode,
  MentionNode,
  PerspectiveNode,
  QuestionNode,
  Section,
  SourceNode,
  StoryNode,
  TensionNode,
} from '../model/story-graph';
import type { DerivationKind } from '../model/derivations';
import type { ClaimIdentity, SourceIdentity } from '../model/shared-identities';

/**
 * What resolvers receive as their parent: node properties as the writer stores them. They derive
 * from the story graph model, minus the references the graph keeps as relationships instead.
 */
interface StoryScoped {
  storyId: string;
  versions: number[];
  current: boolean;
}

export type StoryRow = StoryNode;
export type ActorRow = ActorNode;
export type ClaimRow = Omit<ClaimNode, 'assertedBy' | 'supports' | 'quote' | 'mentions' | 'speakerId'> &
  StoryScoped & { quote: string | null; citationScope: CitationScope };
export type MentionRow = Omit<MentionNode, 'attributedToId'> & StoryScoped & { claimId: string };
export type EventRow = Omit<EventNode, 'participantIds'> & StoryScoped;
export type SourceRow = Omit<SourceNode, 'publisher' | 'publisherId' | 'authorIds' | 'derivedFrom' | 'ref' | 'publishedAt' | 'recordedAt' | 'channel' | 'anonymousSourcing'> &
  StoryScoped & {
    ref: number | null;
    publisher: string | null;
    publishedAt: string | null;
    recordedAt: string | null;
    channel: string | null;
    /** Null on a source written before the field existed. */
    anonymousSourcing: string[] | null;
  };
export type QuestionRow = Omit<QuestionNode, 'concerns'> & StoryScoped;
export type PerspectiveRow = Omit<PerspectiveNode, 'actorIds' | 'qualifier' | 'channel' | 'evolution'> &
  StoryScoped & { qualifier: string | null; channel: string | null; evolution: string | null };
export type TensionRow = Omit<TensionNode, 'sideA' | 'sideB'> &
  StoryScoped & { sideALabel: string; sideASourceRefs: number[]; sideBLabel: string; sideBSourceRefs: number[] };

/** A shared identity as the writer stores it (src/model/shared-identities.ts), dates as the API's. */
export type SourceIdentityRow = SourceIdentity;
export type ClaimIdentityRow = ClaimIdentity;

export type StoryVersionRow = { number: number; updatedAt: string; recordedAt: string | null; itemCount: number };

/** An ASSERTS edge with both its ends, which the relationship query has at hand anyway. */
export interface AssertionRow {
  actor: ActorRow;
  claim: ClaimRow;
  channel: Channel;
  at: string | null;
  /** Its disclosures, where the statement that found it read them too (Actor.timeline). */
  disclosures?: DisclosureRow[];
}

/** A DISCLOSED_THROUGH edge of one assertion: when and how the claim reached a wider channel. */
export interface DisclosureRow {
  channel: Channel;
  at: string | null;
  source: SourceRow;
}

/** A DERIVED_FROM edge: `sourceId` relays or is based on `fromId`. */
export interface DerivationRow {
  sourceId: string;
  fromId: string;
  how: string | null;
  kind: DerivationKind;
  depth: number;
}

export interface ProvenanceRow {
  claim: ClaimRow;
}

export interface ProvenanceSourceRow {
  source: SourceRow;
  citationScope: CitationScope;
  chain: DerivationRow[];
}

/** One way from a claim's mention to a root: ids, read through the loaders at the claim's version. */
export interface OriginPathRow {
  mentionId: string;
  citationScope: CitationScope;
  sourceIds: string[];
  derivations: (string | null)[];
  derivationKinds: DerivationKind[];
  endsAs: 'SPEAKERS_OWN' | 'ROOT' | 'ANALYSIS' | 'LOOP';
}

export interface IndependentOriginRow {
  makerIds: string[];
  rootIds: string[];
  paths: OriginPathRow[];
}

export interface CorroborationRow {
  evidence: 'DIRECT' | 'DIRECT_AND_INHERITED';
  discountedIds: string[];
  /** The story's sources marked retracted that the answer took away (none when they were counted). */
  retractedIds: string[];
  directSources: number;
  evidenceSources: number;
  originCount: number;
  origins: IndependentOriginRow[];
  waysCapped: boolean;
}

/** A claim graded by the credibility table, with everything the table read (src/graphql/resolvers/credibility.ts). */
export interface CredibilityRow {
  claim: ClaimRow;
  evidence: CorroborationRow['evidence'];
  /** The grade's number, which the CredibilityGrade enum serves by name. */
  grade: CredibilityRating;
  rating: CredibilityRating;
  label: string;
  rule: CredibilityRule;
  reason: string;
  originCount: number;
  inheritedOnly: boolean;
  strongestContradiction: number;
  strongestSupport: number;
  corroboration: CorroborationRow;
  contradictions: WeighedClaimRow[];
  supports: WeighedClaimRow[];
}

export interface WeighedClaimRow {
  claim: ClaimRow;
  originCount: number;
  corroboration: CorroborationRow;
}

/** A loop of derivations, from its smallest source id: each derives from the next, the last from the first. */
export interface DerivationCycleRow {
  sourceIds: string[];
  derivations: (string | null)[];
}

/** A mention citing two or more sources side by side, as (claim-)circular-reporting.cypher finds it. */
export interface SideBySideRow {
  claimId: string;
  mentionId: string;
  citationScope: CitationScope;
  citedIds: string[];
}

export interface SharedOriginRow {
  citedIds: string[];
  /** The origin with only the paths from the place's cited sources. */
  origin: IndependentOriginRow;
}

export interface FalseCorroborationRow extends SideBySideRow {
  originCount: number;
  sharedOrigins: SharedOriginRow[];
}

/** Circular reporting in a story or behind a claim, with the evidence it counts. */
export interface CircularReportingRow {
  evidence: 'DIRECT' | 'DIRECT_AND_INHERITED';
  cycles: DerivationCycleRow[];
  falseCorroborations: FalseCorroborationRow[];
}

/** retraction-impact.cypher's answer for one story, with the what-if it answers. */
export interface RetractionImpactRow {
  evidence: 'DIRECT' | 'DIRECT_AND_INHERITED';
  discountedIds: string[];
  fallenIds: string[];
  claims: ClaimImpactRow[];
  citedItems: CitedItemImpactRow[];
  tensions: TensionImpactRow[];
}

export interface ClaimImpactRow {
  claimId: string;
  before: CorroborationRow;
  after: CorroborationRow;
}

export interface CitedItemImpactRow {
  itemId: string;
  citedIds: string[];
  fallenIds: string[];
  lostAll: boolean;
}

export interface TensionImpactRow {
  tensionId: string;
  unsupportedSides: string[];
}

/** An ASSERTS edge as actor-pairs.cypher and actor-timeline.cypher answer it: ids, read through the loaders. */
export interface AssertedRow {
  actorId: string;
  channel: Channel;
  at: string | null;
}

export interface ClaimPairRow {
  claimId: string;
  counterpartId: string;
  tensionId: string | null;
  claimAssertions: AssertedRow[];
  counterpartAssertions: AssertedRow[];
}

export interface ActorPairRow {
  relation: 'CONTRADICTS' | 'SUPPORTS';
  actorId: string;
  counterpartId: string;
  count: number;
  claimPairs: ClaimPairRow[];
}

/** One group of aggregates.cypher, with the grouping it belongs to (whether its key is an actor's id). */
export interface AggregateGroupRow {
  by: AggregateBy;
  key: string | null;
  count: number;
}

/** One answer of aggregates.cypher. */
export interface AggregateRow {
  by: AggregateBy;
  total: number;
  groups: Omit<AggregateGroupRow, 'by'>[];
}

/** One entry of actor-timeline.cypher: an assertion of the actor, with its disclosures, as ids. */
export interface TimelineEntryRow {
  claimId: string;
  channel: Channel;
  at: string | null;
  disclosures: { channel: Channel; at: string | null; sourceId: string }[];
}

export interface TensionSideRow {
  tension: TensionRow;
  name: 'A' | 'B';
}

export interface ContradictionRow {
  claimId: string;
  contradictsId: string;
  tensionId: string;
}

export interface SearchHitRow {
  score: number;
  node: ClaimRow | SourceRow | EventRow | ActorRow;
}

export interface StoryStatsRow {
  actors: number;
  sources: number;
  claims: number;
  events: number;
  questions: number;
  perspectives: number;
  tensions: number;
  assertions: number;
  supports: number;
  contradictions: number;
  citations: number;
}

export interface GraphNodeRow {
  id: string;
  type: string;
  caption: string;
  storyId: string | null;
  kind: string | null;
  section: Section | null;
  date: string | null;
  datePrecision: DatePrecision | null;
  publisher: string | null;
  ref: number | null;
  channel: Channel | null;
}

export interface GraphEdgeRow {
  type: string;
  source: string;
  target: string;
  channel: string | null;
  side: 'A' | 'B' | null;
  tensionId: string | null;
}

export interface StoryGraphRow {
  nodes: GraphNodeRow[];
  edges: GraphEdgeRow[];
}

/** One page of a connection; the total is counted only if the client asks for it. */
export interface ConnectionRow<T> {
  rows: T[];
  offset: number;
  hasNextPage: boolean;
  totalCount: () => Promise<number>;
}

export type {
  DiffChange as DiffChangeRow,
  DiffItem as DiffItemRow,
  FieldChange as FieldChangeRow,
  StoryDiff as StoryDiffRow,
} from '../model/story-diff';

export type ConsistencyFindingRow = ConsistencyFinding;

export interface ConsistencyReportRow {
  storyId: string;
  version: number;
  file: string | null;
  findings: ConsistencyFinding[];
}
