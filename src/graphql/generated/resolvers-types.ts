import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { StoryRow, StoryVersionRow, StoryGraphRow, StoryStatsRow, ConsistencyReportRow, ConsistencyFindingRow, StoryDiffRow, DiffItemRow, DiffChangeRow, FieldChangeRow, GraphNodeRow, GraphEdgeRow, ActorRow, AssertionRow, ClaimRow, MentionRow, DisclosureRow, ProvenanceRow, ProvenanceSourceRow, DerivationRow, CorroborationRow, CredibilityRow, WeighedClaimRow, IndependentOriginRow, OriginPathRow, CircularReportingRow, DerivationCycleRow, FalseCorroborationRow, SharedOriginRow, RetractionImpactRow, ClaimImpactRow, CitedItemImpactRow, TensionImpactRow, ActorPairRow, AggregateRow, AggregateGroupRow, ClaimPairRow, EventRow, SourceRow, SourceIdentityRow, ClaimIdentityRow, QuestionRow, PerspectiveRow, TensionRow, TensionSideRow, ContradictionRow, SearchHitRow, ConnectionRow } from '../rows';
import type { VerdictRow, ChangeRow, ChangeConnectionRow, RecordVerdictPayloadRow, SourceCurationPayloadRow } from '../curation/curation-rows';
import type { CorrectionRow, CurationConflictRow, ClaimCorrectionPayloadRow } from '../curation/correction-rows';
import type { CuratedRelationRow, ClaimLinkPayloadRow, SourceLinkPayloadRow, MergeClaimsPayloadRow } from '../curation/curated-relations';
import type { ClaimSplitRow, SplitClaimPayloadRow } from '../curation/claim-splits';
import type { ApiKeyRecord } from '../../api-keys/api-key-store';
import type { RefusedWriteRecord } from '../../observability/refused-write-log';
import type { RequestContext } from '../context';
export type Maybe<T> = T | null;
export type InputMaybe<T> = Maybe<T>;
export type Omit<T, K extends keyof T> = Pick<T, Exclude<keyof T, K>>;
export type RequireFields<T, K extends keyof T> = Omit<T, K> & { [P in K]-?: NonNullable<T[P]> };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  /** A calendar date, `YYYY-MM-DD`. */
  Date: { input: string; output: string; }
  /** An instant in ISO 8601 with its offset, e.g. `2026-05-22T02:22:00Z`. */
  DateTime: { input: string; output: string; }
};

/** A person, organization, outlet or group; one node across all stories. */
export type Actor = Node & {
  __typename?: 'Actor';
  aliases: Array<Scalars['String']['output']>;
  /** The claims this actor makes, with the channel of each. */
  assertions: Array<Assertion>;
  /** Sources this actor wrote. */
  authored: Array<Source>;
  claims: Array<Claim>;
  /** Events this actor took part in, by date. */
  events: Array<Event>;
  id: Scalars['ID']['output'];
  kind: ActorKind;
  name: Scalars['String']['output'];
  perspectives: Array<Perspective>;
  /** Sources this actor publishes. */
  published: Array<Source>;
  /** Open questions about this actor. */
  questions: Array<Question>;
  stories: Array<Story>;
  /**
   * The actor's stances over time: its assertions (in one story, or in all) along valid time, by the
   * date each was made, undated ones last, ties and undated ones in document order; each with its
   * channel and how it later reached a wider one (said internally 04-30, leaked 05-21).
   */
  timeline: Array<Assertion>;
};


/** A person, organization, outlet or group; one node across all stories. */
export type ActorAssertionsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A person, organization, outlet or group; one node across all stories. */
export type ActorAuthoredArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A person, organization, outlet or group; one node across all stories. */
export type ActorClaimsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A person, organization, outlet or group; one node across all stories. */
export type ActorEventsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A person, organization, outlet or group; one node across all stories. */
export type ActorPerspectivesArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A person, organization, outlet or group; one node across all stories. */
export type ActorPublishedArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A person, organization, outlet or group; one node across all stories. */
export type ActorQuestionsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A person, organization, outlet or group; one node across all stories. */
export type ActorStoriesArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A person, organization, outlet or group; one node across all stories. */
export type ActorTimelineArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  storyId?: InputMaybe<Scalars['ID']['input']>;
};

export type ActorConnection = {
  __typename?: 'ActorConnection';
  edges: Array<ActorEdge>;
  nodes: Array<Actor>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type ActorEdge = {
  __typename?: 'ActorEdge';
  cursor: Scalars['String']['output'];
  node: Actor;
};

export type ActorFilter = {
  kinds?: InputMaybe<Array<ActorKind>>;
  /** Case-insensitive substring of the name. */
  nameContains?: InputMaybe<Scalars['String']['input']>;
  storyId?: InputMaybe<Scalars['ID']['input']>;
};

export type ActorKind =
  | 'group'
  /** The story's own voice: one per story, the speaker of every claim the text attributes to no one. */
  | 'narrator'
  | 'organization'
  | 'outlet'
  | 'person';

export type ActorOrder = {
  direction?: SortDirection;
  field?: ActorOrderField;
};

export type ActorOrderField =
  | 'NAME';

/**
 * Two actors whose claims stand against (CONTRADICTS) or back (SUPPORTS) each other. A claim's actor is
 * its speaker (SPOKEN_BY): whom the text gives the words to, not who repeats them. A claim the text
 * gives to no one is the story's narrator's (kind NARRATOR), who so takes part in pairs like anyone.
 * Pairs are directed like the edges (`actor`'s claims stand on side A, or back `counterpart`'s), and an
 * actor may be paired with itself (a story's two framings both in the narrator's voice). Without a
 * version the pairs are as curated: an editor's corrected speaker speaks, a curator's added link counts
 * (without a tension) and a disputed one does not, and a merged claim's edges are the claim's that keeps
 * it (one edge both make, to one claim in one tension, counted once).
 */
export type ActorPair = {
  __typename?: 'ActorPair';
  /** The speaker of the claims the edges start from. */
  actor: Actor;
  /** The claim pairs, story by story in document order (at most 50; `count` says how many there are). */
  claimPairs: Array<ClaimPair>;
  /** How many claim pairs stand behind the pair. */
  count: Scalars['Int']['output'];
  /** The speaker of the claims they contradict or back. */
  counterpart: Actor;
  relation: ClaimRelation;
};

export type AddDerivationInput = {
  evidenceSourceIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  expectedFromRevision: Scalars['Int']['input'];
  expectedRevision: Scalars['Int']['input'];
  /** The source it derives from. */
  fromSourceId: Scalars['ID']['input'];
  /** The verb, as a story would write it: `relays`, `analyses` (1 to 200 characters). */
  how?: InputMaybe<Scalars['String']['input']>;
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  /** Without it, read from `how` as a story's verb is (an unknown verb counts as RELAY). */
  kind?: InputMaybe<DerivationKind>;
  rationale: Scalars['String']['input'];
  /** The source that relays or analyses. */
  sourceId: Scalars['ID']['input'];
};

/** Counts of one kind of item grouped by one property (Story.aggregates, Query.aggregates). */
export type Aggregate = {
  __typename?: 'Aggregate';
  by: AggregateBy;
  /** The groups, the largest first, ties by key (the group without a value last). */
  groups: Array<AggregateGroup>;
  /** How many items were counted, in all groups. */
  total: Scalars['Int']['output'];
};


/** Counts of one kind of item grouped by one property (Story.aggregates, Query.aggregates). */
export type AggregateGroupsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** What an aggregate counts, grouped by what. Months are of valid time or publication, as `YYYY-MM`. */
export type AggregateBy =
  /** Assertions (an actor making a claim) by channel (PUBLIC, INTERNAL, LEAKED). */
  | 'ASSERTION_CHANNEL'
  /** Assertions by the month they were made (Assertion.at, valid time); null for those the story does not date. */
  | 'ASSERTION_MONTH'
  /** Claims by kind (STATEMENT, QUOTE, …). */
  | 'CLAIM_KIND'
  /** Claims by the section of their first mention (Claim.section), as ClaimFilter.sections filters them. */
  | 'CLAIM_SECTION'
  /** Claims by speaker (Claim.speaker); the group's `actor` is the speaker. */
  | 'CLAIM_SPEAKER'
  /** Timeline events by the month of their date (Event.date, valid time); an event dated only to its year by `YYYY`. */
  | 'EVENT_MONTH'
  /** Sources by kind (ARTICLE, SOCIAL_POST, …). */
  | 'SOURCE_KIND'
  /** Sources by the month they became public (Source.publishedAt). */
  | 'SOURCE_MONTH'
  /** Sources by publisher (Source.publishedBy); the group's `actor` is the publisher, null for items no one is named as publishing. */
  | 'SOURCE_PUBLISHER';

export type AggregateGroup = {
  __typename?: 'AggregateGroup';
  /** The actor of a CLAIM_SPEAKER or SOURCE_PUBLISHER group. */
  actor?: Maybe<Actor>;
  count: Scalars['Int']['output'];
  /**
   * What the group's items share: an enum value (`STATEMENT`, `WHY_IT_MATTERS`, `SOCIAL_POST`, `LEAKED`),
   * a month (`2026-05`), or the actor's id for CLAIM_SPEAKER and SOURCE_PUBLISHER. Null for the items
   * without one (an undated assertion, a source no one is named as publishing).
   */
  key?: Maybe<Scalars['String']['output']>;
};

/** An API key as it is shown: never the key or its hash. */
export type ApiKey = {
  __typename?: 'ApiKey';
  createdAt: Scalars['DateTime']['output'];
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
  /** When it was revoked; null while it is accepted. */
  revokedAt?: Maybe<Scalars['DateTime']['output']>;
  role: Role;
};

export type ApiKeyPayload = {
  __typename?: 'ApiKeyPayload';
  apiKey: ApiKey;
  /** The audit trail's entry; null when nothing changed (the key had the role, or was revoked, already). */
  change?: Maybe<Change>;
};

/** An actor making a claim: who said it and where. */
export type Assertion = {
  __typename?: 'Assertion';
  actor: Actor;
  /** When the actor made the claim, where the story says. */
  at?: Maybe<Scalars['Date']['output']>;
  /** The channel the actor said it on: INTERNAL for a remark at a meeting, even one that leaked later. */
  channel: Channel;
  claim: Claim;
  /** How the claim later reached a wider channel: leaked or made public, when, and through which source. */
  disclosures: Array<Disclosure>;
};

/**
 * One write in the audit trail, kept in the graph: who (the API key's id, or `cli` for the claimgraph
 * command), when (record time), why, and the field's value before and after, as JSON.
 */
export type Change = {
  __typename?: 'Change';
  /** JSON of the value after it. */
  after: Scalars['String']['output'];
  at: Scalars['DateTime']['output'];
  /** JSON of the value before the change; null where there was none. */
  before?: Maybe<Scalars['String']['output']>;
  by: Scalars['String']['output'];
  /**
   * What changed: `verdict:<reviewer>`, `reliability`, `retraction`, `corrections` (a claim's, by
   * field) or `relation:<id>` (a curated link; its `before` and `after` are the link or null) of a claim
   * or source; of an API key `apiKey:created`, `apiKey:role` or `apiKey:revokedAt`. Its kind is the
   * part before the first `:`.
   */
  field: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  item?: Maybe<Node>;
  /** The id of the item changed (a claim, a source, an API key), and the item (null for an API key, or if its story was since dropped). */
  itemId: Scalars['ID']['output'];
  reason: Scalars['String']['output'];
  /** The change this one reverts (`revertChange`), else null. */
  reverts?: Maybe<Change>;
  /** The revision the item reached with this change. */
  revision: Scalars['Int']['output'];
  /** The story's newest version when the change was made; null for a change of an API key, which belongs to no story. */
  storyVersion?: Maybe<Scalars['Int']['output']>;
};

export type ChangeConnection = {
  __typename?: 'ChangeConnection';
  edges: Array<ChangeEdge>;
  nodes: Array<Change>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type ChangeEdge = {
  __typename?: 'ChangeEdge';
  cursor: Scalars['String']['output'];
  node: Change;
};

export type Channel =
  | 'internal'
  | 'leaked'
  | 'public';

/**
 * Circular reporting: the same item relayed in a circle, or repeated by several sources that are
 * cited side by side as if each confirmed the others.
 */
export type CircularReporting = {
  __typename?: 'CircularReporting';
  /**
   * Loops of DERIVED_FROM (A relays B, B relays C, C relays A), up to 10 sources long, the shortest
   * first. A source on a loop with no way out leads to no original item: Claim.corroboration then
   * counts the cited source as an origin of its own, which the loop does not justify.
   */
  cycles: Array<DerivationCycle>;
  evidence: CorroborationEvidence;
  /**
   * Places that cite two or more sources side by side whose sources rest, together, on fewer
   * independent origins than there are sources: the citations look like independent confirmation
   * and are not. In document order; found among the first 1000 places citing two or more sources.
   */
  falseCorroborations: Array<FalseCorroboration>;
};


/**
 * Circular reporting: the same item relayed in a circle, or repeated by several sources that are
 * cited side by side as if each confirmed the others.
 */
export type CircularReportingCyclesArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/**
 * Circular reporting: the same item relayed in a circle, or repeated by several sources that are
 * cited side by side as if each confirmed the others.
 */
export type CircularReportingFalseCorroborationsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** One source a claim cites, and whether the citation closes the claim's own words (DIRECT) or a larger passage holding them (INHERITED). */
export type CitationInput = {
  scope: CitationScope;
  /** A numbered source of the claim's story. */
  sourceId: Scalars['ID']['input'];
};

/** `DIRECT`: the citation closes the very words of the mention. `INHERITED`: it closes a larger passage (a sentence or tension line holding several claims), so it may back only part of it. */
export type CitationScope =
  | 'direct'
  | 'inherited';

/** An event or question whose citations a what-if takes away, some or all. */
export type CitedItemImpact = {
  __typename?: 'CitedItemImpact';
  cited: Array<Source>;
  fallen: Array<Source>;
  item: Node;
  /** Every citation it had falls. */
  lostAll: Scalars['Boolean']['output'];
};

export type Claim = Node & {
  __typename?: 'Claim';
  assertedBy: Array<Actor>;
  assertions: Array<Assertion>;
  /**
   * Circular reporting behind this claim: the places it cites sources side by side that rest on fewer
   * independent origins than there are sources, and the loops of derivation its cited sources lead into.
   */
  circularReporting: CircularReporting;
  /** Whether `sourceRefs` close the claim's own words somewhere (DIRECT) or only larger passages that contain them (INHERITED). */
  citationScope: CitationScope;
  /**
   * The claim's verdicts as schema.org ClaimReview JSON-LD (the markup Google's fact-check results and
   * Fact Check Explorer read): a JSON array, one ClaimReview per reviewing organization, newest first;
   * null for a claim without a verdict. Filled from the graph only: the rating (`reviewRating` with
   * `alternateName`), the reviewer (`author`), the verdict's date and rationale, and the claim
   * (`itemReviewed`) with its speaker, the sources it cites (`appearance`, the earliest dated one as
   * `firstAppearance`) and the earliest date it was asserted on, each at the claim's newest version; a
   * property the graph has no value for is left out (`url`, which Google requires, only where the
   * verdict was recorded with one).
   */
  claimReview?: Maybe<Scalars['String']['output']>;
  /** Claims that contradict this claim (from side A of a tension). */
  contradictedBy: Array<Claim>;
  /** Claims this claim contradicts (it stands on side A of a tension against them). */
  contradicts: Array<Claim>;
  /** The editors' corrections of the claim, by field; the claim's fields answer them, except in a read at a version (what that version said). */
  corrections: Array<ClaimCorrection>;
  /** How many independent origins stand behind the claim, and the way from its words to each: its cited sources followed through their derivations to the items they rest on, grouped by who made those. */
  corroboration: Corroboration;
  /**
   * The claim's information credibility on the NATO/Admiralty scale, graded from the graph alone (its
   * corroboration, and the corroboration of the claims that contradict and back it), with the rule
   * that fired and everything it read. See Credibility.
   */
  credibility: Credibility;
  /** Curators' links from or to this claim, and their disputes of the story's, newest first. */
  curatedLinks: Array<CuratedClaimLink>;
  /**
   * The places this claim is stated once curators have had their say: its `mentions` without those
   * split off, then the `mergedMentions` of the claims merged into it, without theirs. The mentions are
   * those of the version the claim is read at, like `mentions`; splits and merges are the same at every version.
   */
  curatedMentions: Array<Mention>;
  id: Scalars['ID']['output'];
  /** The one statement (this speaker, these words) behind this claim and every other story's record of it. */
  identity: ClaimIdentity;
  kind: ClaimKind;
  /** Every place the story states this claim, in document order. */
  mentions: Array<Mention>;
  /** The claims curators merged into this one. */
  mergedClaims: Array<Claim>;
  /** The claim a curator merged this one into (mergeClaims), or null. */
  mergedInto?: Maybe<Claim>;
  /** The places the claims merged into this one are stated, claim by claim, each in document order: what the merge moves to this claim beside its own `mentions`. */
  mergedMentions: Array<Mention>;
  /** Position of the first mention in the document, for the default order. */
  position: Scalars['Int']['output'];
  /** Who said it, where, which sources carry it, and where those sources got it. */
  provenance: Provenance;
  /** Open questions about this claim. */
  questions: Array<Question>;
  /** For quotes: the exact quoted span, without its quote marks. */
  quote?: Maybe<Scalars['String']['output']>;
  /** How many curation changes the claim has had (0 for none): a mutation's `expectedRevision`. */
  revision: Scalars['Int']['output'];
  /** The section of the claim's first mention. */
  section: Section;
  /** The claim's evidence: the `[n]` citations of its direct mentions, or where it has none, of its inherited ones. */
  sourceRefs: Array<Scalars['Int']['output']>;
  /** The sources of `sourceRefs`, by number. */
  sources: Array<Source>;
  /** Who the text says makes the claim: the story's narrator (kind NARRATOR) when it names no one. */
  speaker?: Maybe<Actor>;
  /** The parts curators split off this claim, oldest first. */
  splits: Array<ClaimSplit>;
  story: Story;
  /** Claims that back this claim. */
  supportedBy: Array<Claim>;
  /** Claims this claim backs. */
  supports: Array<Claim>;
  /** The tensions this claim is a side of. */
  tensions: Array<Tension>;
  text: Scalars['String']['output'];
  /** True when the text gives the speaker's own words, false for a paraphrase or the narrator's account. */
  verbatim: Scalars['Boolean']['output'];
  /** Verdicts recorded on the claim, newest first. */
  verdicts: Array<Verdict>;
};


export type ClaimAssertedByArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type ClaimAssertionsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type ClaimCircularReportingArgs = {
  evidence?: InputMaybe<CorroborationEvidence>;
};


export type ClaimContradictedByArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type ClaimContradictsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type ClaimCorroborationArgs = {
  countRetracted?: InputMaybe<Scalars['Boolean']['input']>;
  discounting?: InputMaybe<Array<Scalars['ID']['input']>>;
  evidence?: InputMaybe<CorroborationEvidence>;
};


export type ClaimCredibilityArgs = {
  discounting?: InputMaybe<Array<Scalars['ID']['input']>>;
  evidence?: InputMaybe<CorroborationEvidence>;
};


export type ClaimCuratedLinksArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type ClaimCuratedMentionsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type ClaimMentionsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type ClaimMergedClaimsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type ClaimMergedMentionsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type ClaimQuestionsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type ClaimSourcesArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type ClaimSplitsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type ClaimSupportedByArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type ClaimSupportsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type ClaimTensionsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type ClaimVerdictsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};

export type ClaimConnection = {
  __typename?: 'ClaimConnection';
  edges: Array<ClaimEdge>;
  nodes: Array<Claim>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

/** A correction of one claim field: what the document said, what the claim answers instead, and the change that set it. */
export type ClaimCorrection = {
  __typename?: 'ClaimCorrection';
  /** The change that set it last. */
  change?: Maybe<Change>;
  /** JSON of the corrected value: a string, a boolean, an actor id, or a list of `{sourceId, scope}`; enum values in lower case. */
  correctedValue: Scalars['String']['output'];
  /** JSON of what the story's newest version said when the correction was made (or last kept against it). */
  documentValue: Scalars['String']['output'];
  field: ClaimField;
  recordedAt: Scalars['DateTime']['output'];
  /** The id of the API key that set it. */
  recordedBy: Scalars['String']['output'];
};

export type ClaimCorrectionPayload = {
  __typename?: 'ClaimCorrectionPayload';
  /** The audit trail's entry: field `corrections`, before and after a JSON object of the corrections it set, by field (null: none). */
  change: Change;
  /** The claim as corrected. */
  claim: Claim;
};

export type ClaimEdge = {
  __typename?: 'ClaimEdge';
  cursor: Scalars['String']['output'];
  node: Claim;
};

/** A claim field an editor may correct. */
export type ClaimField =
  | 'citations'
  | 'kind'
  | 'speaker'
  | 'text'
  | 'verbatim';

export type ClaimFilter = {
  /** Claims this actor asserts. */
  actorId?: InputMaybe<Scalars['ID']['input']>;
  /** With storyId: the newest version recorded at or before this instant (record time); not with version. */
  asOf?: InputMaybe<Scalars['DateTime']['input']>;
  kinds?: InputMaybe<Array<ClaimKind>>;
  sections?: InputMaybe<Array<Section>>;
  /** Claims citing this source. */
  sourceId?: InputMaybe<Scalars['ID']['input']>;
  storyId?: InputMaybe<Scalars['ID']['input']>;
  /** Case-insensitive substring of the text. */
  textContains?: InputMaybe<Scalars['String']['input']>;
  /** With storyId: what that version of the story held (every field as that version had it). */
  version?: InputMaybe<Scalars['Int']['input']>;
};

/** One statement, a speaker's words, however many stories record it: each story's Claim points here. Narrator claims stay in their own story. */
export type ClaimIdentity = Node & {
  __typename?: 'ClaimIdentity';
  /** Every story's claim of these words, by story. */
  claims: Array<Claim>;
  id: Scalars['ID']['output'];
  /** How many places state it, across all stories: the mentions of its claims. */
  mentionCount: Scalars['Int']['output'];
  speaker?: Maybe<Actor>;
  /** The words as the first story to record them wrote them. */
  text: Scalars['String']['output'];
};


/** One statement, a speaker's words, however many stories record it: each story's Claim points here. Narrator claims stay in their own story. */
export type ClaimIdentityClaimsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** One claim of a what-if: its corroboration before and after. */
export type ClaimImpact = {
  __typename?: 'ClaimImpact';
  after: Corroboration;
  before: Corroboration;
  claim: Claim;
  /** It had two or more independent origins, and is left with one. */
  droppedToOneOrigin: Scalars['Boolean']['output'];
  /** It had evidence of the kind asked, and has none left. */
  lostAllEvidence: Scalars['Boolean']['output'];
};

export type ClaimKind =
  | 'framing'
  | 'prediction'
  | 'quote'
  | 'statement';

export type ClaimLinkInput = {
  /** Sources the judgement rests on (at most 20), from any story. */
  evidenceSourceIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** The `revision` of each claim this was decided on. */
  expectedFromRevision: Scalars['Int']['input'];
  expectedToRevision: Scalars['Int']['input'];
  fromClaimId: Scalars['ID']['input'];
  /** Any string of 1 to 100 characters: a repeat with it answers the first result and writes nothing. */
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  /** Why (1 to 5,000 characters); also the changes' reason. */
  rationale: Scalars['String']['input'];
  relation: ClaimRelation;
  toClaimId: Scalars['ID']['input'];
};

export type ClaimLinkPayload = {
  __typename?: 'ClaimLinkPayload';
  /** The audit trail's entry for `from`; `to` has its own, of the same field. */
  change: Change;
  from: Claim;
  /** The link as the write left it; null where it took a curator's link or dispute away. */
  link?: Maybe<CuratedClaimLink>;
  to: Claim;
};

export type ClaimOrder = {
  direction?: SortDirection;
  field?: ClaimOrderField;
};

export type ClaimOrderField =
  | 'POSITION'
  | 'TEXT';

/** One edge behind an ActorPair: a claim of `actor` against (or backing) one of `counterpart`. */
export type ClaimPair = {
  __typename?: 'ClaimPair';
  claim: Claim;
  /** Who asserted `claim`, on which channel and when. */
  claimAssertions: Array<Assertion>;
  counterpart: Claim;
  /** Who asserted `counterpart`, on which channel and when. */
  counterpartAssertions: Array<Assertion>;
  /** The tension the contradiction belongs to; null for SUPPORTS. */
  tension?: Maybe<Tension>;
};

/** Which edge between two claims an actor-level view groups. */
export type ClaimRelation =
  /** A claim on side A of a tension against one on side B. */
  | 'CONTRADICTS'
  /** A claim that backs another. */
  | 'SUPPORTS';

/** A part a curator split off a claim (splitClaim), with the mentions it took. */
export type ClaimSplit = {
  __typename?: 'ClaimSplit';
  /** The claim it was split off. */
  claim: Claim;
  /** The API key that split it. */
  curator: Scalars['String']['output'];
  evidence: Array<Source>;
  /** `split:<story>:<claim key>:<the claim's revision the split made>`. */
  id: Scalars['ID']['output'];
  /** The places the part is stated, in document order (those the graph still holds). */
  mentions: Array<Mention>;
  rationale: Scalars['String']['output'];
  recordedAt: Scalars['DateTime']['output'];
  /** The actor the curator named, or null (the claim's speaker stands). */
  speaker?: Maybe<Actor>;
  text: Scalars['String']['output'];
};


/** A part a curator split off a claim (splitClaim), with the mentions it took. */
export type ClaimSplitMentionsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** How an editor closes a curation conflict. */
export type ConflictResolution =
  /** The document's new value stands: the correction is dropped. */
  | 'ACCEPT_DOCUMENT'
  /** The correction stands against the document's new value. */
  | 'KEEP_CORRECTION';

export type ConsistencyFinding = {
  __typename?: 'ConsistencyFinding';
  kind: ConsistencyFindingKind;
  /** The line of the story document, where known. */
  line?: Maybe<Scalars['Int']['output']>;
  /** The finding in words. */
  message: Scalars['String']['output'];
  /** The event, source, claim or tension the finding is about, where it is one node. */
  node?: Maybe<Node>;
};

export type ConsistencyFindingKind =
  | 'citation-of-missing-source'
  /** Prose that dates an event otherwise than the timeline ("the same day", "days later", "the next day", "on <date>"); the message names both dates and their timeline lines. */
  | 'date-conflict'
  /** A numbered source that mentions an underlying item of the story (its title written out where the source is cited, or its kind, such as "memo", in the source's title) without deriving from it; the node is the source. */
  | 'missing-derivation'
  | 'timeline-out-of-order'
  | 'uncited-source'
  | 'uncited-statement'
  | 'uncited-tension-side';

export type ConsistencyReport = {
  __typename?: 'ConsistencyReport';
  /** The story document the lines refer to, when the version was ingested from one. */
  file?: Maybe<Scalars['String']['output']>;
  findings: Array<ConsistencyFinding>;
  storyId: Scalars['ID']['output'];
  version: Scalars['Int']['output'];
};


export type ConsistencyReportFindingsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};

export type Contradiction = {
  __typename?: 'Contradiction';
  claim: Claim;
  contradicts: Claim;
  tension: Tension;
};

/**
 * The fields to correct (at least one); a field given with the document's own value drops that field's
 * correction. The claim then answers the corrected values; what the document says stays readable.
 */
export type CorrectClaimInput = {
  /** The claim's citations, in order (at most 100, each source once): the claim's evidence is then its DIRECT ones, or where none, its INHERITED ones. */
  citations?: InputMaybe<Array<CitationInput>>;
  claimId: Scalars['ID']['input'];
  /** The claim's `revision` this correction was decided on. */
  expectedRevision: Scalars['Int']['input'];
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  kind?: InputMaybe<ClaimKind>;
  /** Why (1 to 5,000 characters); the change's reason. */
  reason: Scalars['String']['input'];
  /** An actor of the claim's story (its newest version). */
  speakerId?: InputMaybe<Scalars['ID']['input']>;
  /** 1 to 20,000 characters. */
  text?: InputMaybe<Scalars['String']['input']>;
  verbatim?: InputMaybe<Scalars['Boolean']['input']>;
};

/**
 * A claim's corroboration: its cited sources, followed through DERIVED_FROM (up to 10 hops) to the
 * items the claim's words begin in, grouped by who made them (their authors, else their publisher; an
 * item whose maker the story does not name stands alone). A way from a cited source ends at the first
 * source the claim's speaker made, where one is reached (the speaker's own record: SPEAKERS_OWN); else
 * it follows relays to a source that relays nothing: an original (ROOT) or a source that analyses
 * others in its own words (ANALYSIS: its reporting begins there). Two sources relaying one recording
 * are one origin; so are two items by the same person; so are an analysis and, cited beside it, a way
 * to the items it analyses (the words may be theirs).
 */
export type Corroboration = {
  __typename?: 'Corroboration';
  /** Distinct sources cited directly where the claim's own words close. */
  directSources: Scalars['Int']['output'];
  /** The sources this answer takes away (the discounting argument). */
  discounted: Array<Source>;
  evidence: CorroborationEvidence;
  /** Distinct sources counted as evidence: the direct ones, and with DIRECT_AND_INHERITED the inherited ones too. */
  evidenceSources: Scalars['Int']['output'];
  /** True when no citation closes the claim's own words: all it has is inherited from larger passages. */
  inheritedOnly: Scalars['Boolean']['output'];
  /** How many independent origins stand behind the claim (0 when it has no evidence of the kind asked). */
  originCount: Scalars['Int']['output'];
  /** The origins, the best attested (most paths) first. */
  origins: Array<IndependentOrigin>;
  /**
   * The story's sources an editor marked retracted (Mutation.markSourceRetracted; Source.retraction),
   * taken away as fact, as `discounted` are as a what-if; none with `countRetracted: true`.
   */
  retracted: Array<Source>;
  /** Exactly one independent origin: however many sources repeat the claim, they rest on one maker's item(s). */
  singleOrigin: Scalars['Boolean']['output'];
  /** True when some cited source has more ways to an origin than the 100 followed (a very wide derivation graph): the origins are then a lower bound. */
  waysCapped: Scalars['Boolean']['output'];
};

/** Which citations of a claim's mentions count as its evidence when its origins are counted. */
export type CorroborationEvidence =
  /** Only citations that close the claim's own words (the default). */
  | 'DIRECT'
  /** Also citations inherited from a larger passage that holds the claim (a sentence's trailing citations). */
  | 'DIRECT_AND_INHERITED';

export type CreateApiKeyInput = {
  /** Who or what the key is for (1 to 100 characters, one line). */
  name: Scalars['String']['input'];
  /** Why (1 to 5,000 characters): the change's reason. */
  reason: Scalars['String']['input'];
  role: Role;
};

export type CreateApiKeyPayload = {
  __typename?: 'CreateApiKeyPayload';
  apiKey: ApiKey;
  change: Change;
  /** The key itself, for the X-API-Key header: shown this once, it cannot be read again. */
  key: Scalars['String']['output'];
};

/**
 * A claim's information credibility and its reasons: the grade, the rule that fired, the numbers it
 * read, and the evidence behind them (the claim's origins with their paths; the contradicting and
 * backing claims with theirs). The scale's other axis, the reliability of a source (A–F), is a human
 * judgement: it is on Source.reliability, set by curation, and does not enter this grade.
 */
export type Credibility = {
  __typename?: 'Credibility';
  claim: Claim;
  /** The claims it stands against in a tension (CONTRADICTS either way), the most origins first, then in document order. */
  contradictions: Array<WeighedClaim>;
  /** The claim's corroboration: its origins, each with the paths from its words. */
  corroboration: Corroboration;
  evidence: CorroborationEvidence;
  grade: CredibilityGrade;
  /** The rule's inputs: none of the claim's evidence closes its own words (corroboration.inheritedOnly). */
  inheritedOnly: Scalars['Boolean']['output'];
  /** The grade's name on the scale, e.g. `Probably true`. */
  label: Scalars['String']['output'];
  /** The rule's inputs: the claim's independent origins (corroboration.originCount). */
  originCount: Scalars['Int']['output'];
  /** The grade's number on the scale: 1 (confirmed) to 5 (improbable), 6 (truth cannot be judged). */
  rating: Scalars['Int']['output'];
  /** The rule in a sentence. */
  reason: Scalars['String']['output'];
  rule: CredibilityRule;
  /** The rule's inputs: the origins of the strongest contradicting claim (0 when none has any). */
  strongestContradiction: Scalars['Int']['output'];
  /** The rule's inputs: the origins of the strongest claim backing it (0 when none has any). */
  strongestSupport: Scalars['Int']['output'];
  /** The claims that back it (SUPPORTS into it), the most origins first, then in document order. */
  supports: Array<WeighedClaim>;
};

/**
 * The information-credibility axis of the NATO/Admiralty scale (STANAG 2511, AJP-2.1), with the
 * definitions of US Army FM 2-22.3, Appendix B. The serialized name is the grade; `Credibility.rating`
 * is its number on the scale.
 */
export type CredibilityGrade =
  /** 6: no basis exists for evaluating the information. */
  | 6
  /** 1: confirmed by other independent sources; logical in itself; consistent with other information on the subject. */
  | 1
  /** 4: not confirmed; possible but not logical; no other information on the subject. */
  | 4
  /** 5: not confirmed; not logical in itself; contradicted by other information on the subject. */
  | 5
  /** 3: not confirmed; reasonably logical in itself; agrees with some other information on the subject. */
  | 3
  /** 2: not confirmed; logical in itself; consistent with other information on the subject. */
  | 2;

/**
 * The row of the credibility table that graded a claim (src/analytics/credibility-grade.ts). Exactly
 * one fires. "Origins" are independent origins (Claim.corroboration); a contradiction or backing counts
 * by the origins of the strongest claim contradicting or backing the claim.
 */
export type CredibilityRule =
  /** POSSIBLY_TRUE: no origin of its own, no contradiction with one, but a claim with an origin backs it. */
  | 'BACKED_BY_ANOTHER_CLAIM'
  /** CONFIRMED: two or more origins, cited where the claim is stated, and no contradicting claim has an origin. */
  | 'CONFIRMED'
  /** IMPROBABLE: no origin of its own, and a claim with an origin contradicts it. */
  | 'CONTRADICTED_WITHOUT_EVIDENCE'
  /** PROBABLY_TRUE: two or more origins, more than any contradicting claim has. */
  | 'CORROBORATED_BUT_CONTRADICTED'
  /** PROBABLY_TRUE: two or more origins, uncontradicted, but cited only for larger passages holding the claim (inherited). */
  | 'CORROBORATED_BY_PASSAGES_ONLY'
  /** POSSIBLY_TRUE: a contradicting claim has as many origins as it has. */
  | 'EVENLY_CONTESTED'
  /** CANNOT_BE_JUDGED: neither the claim nor any claim backing or contradicting it has an origin. */
  | 'NO_EVIDENCE'
  /** DOUBTFUL: it has origins, but a contradicting claim has more. */
  | 'OUTWEIGHED'
  /** PROBABLY_TRUE: one origin, cited where the claim is stated, and no contradicting claim has an origin. */
  | 'SINGLE_ORIGIN'
  /** POSSIBLY_TRUE: one origin, uncontradicted, cited only for a larger passage holding the claim. */
  | 'SINGLE_ORIGIN_BY_PASSAGE_ONLY';

/**
 * A curator's SUPPORTS or CONTRADICTS link between two claims, or their dispute of the story's own
 * link: kept apart from the story's edges, it belongs to the claims whatever version is read, and
 * ingesting a new version keeps it.
 */
export type CuratedClaimLink = {
  __typename?: 'CuratedClaimLink';
  /** The id of the API key that recorded it, and when (record time). */
  curator: Scalars['String']['output'];
  evidence: Array<Source>;
  from: Claim;
  rationale: Scalars['String']['output'];
  recordedAt: Scalars['DateTime']['output'];
  relation: ClaimRelation;
  status: CuratedLinkStatus;
  to: Claim;
};

export type CuratedLinkStatus =
  /** A curator's own link, beside the story's edges. */
  | 'ADDED'
  /** A curator holds the story's own link wrong; the story's edge stays in the graph as the story says it. */
  | 'DISPUTED';

/** A curator's statement about two sources, kept apart from the story's own derivations and identities. */
export type CuratedSourceLink = {
  __typename?: 'CuratedSourceLink';
  curator: Scalars['String']['output'];
  evidence: Array<Source>;
  how?: Maybe<Scalars['String']['output']>;
  /** DERIVED_FROM only. */
  kind?: Maybe<DerivationKind>;
  other: Source;
  rationale: Scalars['String']['output'];
  recordedAt: Scalars['DateTime']['output'];
  relation: SourceRelation;
  /** For DERIVED_FROM the source that derives; for SAME_ITEM the first of the two by id. */
  source: Source;
};

/**
 * A corrected field whose document value a newer version changed: the correction is not applied to the
 * new value silently; it stays open until an editor resolves it (Mutation.resolveCurationConflict).
 */
export type CurationConflict = {
  __typename?: 'CurationConflict';
  /** The change that set the correction. */
  change?: Maybe<Change>;
  claim: Claim;
  /** JSON of the correction, which the claim still answers. */
  correctedValue: Scalars['String']['output'];
  /** JSON of what the story's newest version says now. */
  documentValue: Scalars['String']['output'];
  /** JSON of what the document said when the correction was made. */
  documentValueWhenCorrected: Scalars['String']['output'];
  field: ClaimField;
};

export type DatePrecision =
  | 'approximate'
  | 'day'
  | 'month'
  | 'year';

export type DeclareSameSourceInput = {
  evidenceSourceIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  expectedOtherRevision: Scalars['Int']['input'];
  expectedRevision: Scalars['Int']['input'];
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  /** A source of another story. */
  otherSourceId: Scalars['ID']['input'];
  rationale: Scalars['String']['input'];
  sourceId: Scalars['ID']['input'];
};

/** One DERIVED_FROM step: `source` relays or is based on `from`. */
export type Derivation = {
  __typename?: 'Derivation';
  /** 1 for the cited source's own derivation, 2 for the next hop, and so on. */
  depth: Scalars['Int']['output'];
  from: Source;
  how?: Maybe<Scalars['String']['output']>;
  kind: DerivationKind;
  source: Source;
};

/** A loop of derivations: each source derives from the next and the last from the first, so none of them leads to an original item. */
export type DerivationCycle = {
  __typename?: 'DerivationCycle';
  /** How each source derives from the next, as the story words it (as many as sources: the last closes the loop; null where the story does not say). */
  derivations: Array<Maybe<Scalars['String']['output']>>;
  /** The sources of the loop in derivation order, from the one with the smallest id: each relays (quotes, draws on, …) the next, and the last relays the first. */
  sources: Array<Source>;
};

/** How a source derives from another, read from the verb the story uses (an unknown verb counts as RELAY). */
export type DerivationKind =
  /** It reports on the other in its own words (analyses, reviews, comments on, examines, interprets): an origin for what it says. */
  | 'analysis'
  /** It passes the other's content on (relays, quotes, carries, cites, reposts, republishes, is based on, draws on): no origin of its own. */
  | 'relay';

export type DiffChange = {
  __typename?: 'DiffChange';
  fields: Array<FieldChange>;
  id: Scalars['ID']['output'];
  kind: DiffKind;
  node?: Maybe<Node>;
  summary: Scalars['String']['output'];
};

export type DiffItem = {
  __typename?: 'DiffItem';
  id: Scalars['ID']['output'];
  kind: DiffKind;
  /** The item itself; a removed item is still there, at the versions that held it. */
  node?: Maybe<Node>;
  /** The item's text, title, name or label. */
  summary: Scalars['String']['output'];
};

export type DiffKind =
  | 'actors'
  | 'claims'
  | 'events'
  | 'perspectives'
  | 'questions'
  | 'sources'
  | 'tensions';

/** An assertion reaching a wider channel than it was made on (a remark at a meeting, leaked in a recording). */
export type Disclosure = {
  __typename?: 'Disclosure';
  at?: Maybe<Scalars['Date']['output']>;
  /** LEAKED or PUBLIC. */
  channel: Channel;
  /** The item through which it reached that channel. */
  source: Source;
};

/** What a what-if takes away: sources by id, and every source of the story the actors authored or published. */
export type Discount = {
  /** At most 20. */
  actorIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** At most 50. */
  sourceIds?: InputMaybe<Array<Scalars['ID']['input']>>;
};

export type Event = Node & {
  __typename?: 'Event';
  date: Scalars['Date']['output'];
  datePrecision: DatePrecision;
  id: Scalars['ID']['output'];
  participants: Array<Actor>;
  /** Position in the story's timeline as written. */
  position: Scalars['Int']['output'];
  questions: Array<Question>;
  sourceRefs: Array<Scalars['Int']['output']>;
  sources: Array<Source>;
  story: Story;
  text: Scalars['String']['output'];
};


export type EventParticipantsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type EventQuestionsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type EventSourcesArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};

export type EventConnection = {
  __typename?: 'EventConnection';
  edges: Array<EventEdge>;
  nodes: Array<Event>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type EventEdge = {
  __typename?: 'EventEdge';
  cursor: Scalars['String']['output'];
  node: Event;
};

export type EventFilter = {
  /** Events this actor took part in. */
  actorId?: InputMaybe<Scalars['ID']['input']>;
  asOf?: InputMaybe<Scalars['DateTime']['input']>;
  /** On or after this date. */
  from?: InputMaybe<Scalars['Date']['input']>;
  storyId?: InputMaybe<Scalars['ID']['input']>;
  textContains?: InputMaybe<Scalars['String']['input']>;
  /** On or before this date. */
  to?: InputMaybe<Scalars['Date']['input']>;
  version?: InputMaybe<Scalars['Int']['input']>;
};

export type EventOrder = {
  direction?: SortDirection;
  field?: EventOrderField;
};

export type EventOrderField =
  | 'DATE'
  | 'POSITION';

/** Sources cited side by side at one place that rest on fewer independent origins than there are sources. */
export type FalseCorroboration = {
  __typename?: 'FalseCorroboration';
  /** DIRECT when the citations close the claim's own words there; INHERITED when they close a larger passage. */
  citationScope: CitationScope;
  /** The sources cited side by side there, in the order written. */
  cited: Array<Source>;
  /** The claim so cited. */
  claim: Claim;
  /** Where the claim is stated with these citations. */
  mention: Mention;
  /** How many independent origins those sources rest on together (fewer than the sources cited). */
  originCount: Scalars['Int']['output'];
  /** The origins two or more of the cited sources rest on, the most shared first: why the corroboration is false. */
  sharedOrigins: Array<SharedOrigin>;
};

/** One field of an item that differs between the two versions; values are JSON. */
export type FieldChange = {
  __typename?: 'FieldChange';
  after?: Maybe<Scalars['String']['output']>;
  before?: Maybe<Scalars['String']['output']>;
  field: Scalars['String']['output'];
};

export type GraphEdge = {
  __typename?: 'GraphEdge';
  /** On ASSERTS: the channel the actor used. */
  channel?: Maybe<Channel>;
  /** On HAS_SIDE: which side of the tension. */
  side?: Maybe<TensionSideName>;
  source: Scalars['ID']['output'];
  target: Scalars['ID']['output'];
  /** On CONTRADICTS: the tension the contradiction belongs to. */
  tensionId?: Maybe<Scalars['ID']['output']>;
  /** The relationship type: CITES, ASSERTS, SUPPORTS, CONTRADICTS, DERIVED_FROM, … */
  type: Scalars['String']['output'];
};

/** A node of a drawn graph, with its type's key attributes (null where its type has none) as the version drawn held them. */
export type GraphNode = {
  __typename?: 'GraphNode';
  /** A short human-readable caption. */
  caption: Scalars['String']['output'];
  /** A source's or a perspective's channel. */
  channel?: Maybe<Channel>;
  /** An event's date (valid time); a source's publication date (`publishedAt`). */
  date?: Maybe<Scalars['Date']['output']>;
  /** An event's date precision. */
  datePrecision?: Maybe<DatePrecision>;
  id: Scalars['ID']['output'];
  /** A claim's kind (ClaimKind), a source's (SourceKind) or an actor's (ActorKind), as its enum writes it: `QUOTE`, `SOCIAL_POST`, `PERSON`. */
  kind?: Maybe<Scalars['String']['output']>;
  /** A source's publisher as the story writes it. */
  publisher?: Maybe<Scalars['String']['output']>;
  /** A source's number `n`. */
  ref?: Maybe<Scalars['Int']['output']>;
  /** A claim's section (of its first mention). */
  section?: Maybe<Section>;
  /** The story the node belongs to; null for an actor, which belongs to no one story. */
  storyId?: Maybe<Scalars['ID']['output']>;
  /** The node's label: Actor, Claim, Event, Source, Question, Perspective or Tension. */
  type: Scalars['String']['output'];
};

/** One independent origin of a claim: the root items one maker made, and how the claim reaches them. */
export type IndependentOrigin = {
  __typename?: 'IndependentOrigin';
  /** Who made the root items, as the story says: their authors, else their publisher. Empty when it names no one: the origin is then the one root. */
  makers: Array<Actor>;
  /** From each citation of the claim's words, the shortest way to each item of this origin. */
  paths: Array<OriginPath>;
  /** The items at the end of the derivations (an original recording, memo, post, article). */
  roots: Array<Source>;
};

export type MarkSourceRetractedInput = {
  /** Since when. */
  date: Scalars['Date']['input'];
  expectedRevision: Scalars['Int']['input'];
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  /** Why: retracted by its publisher, discredited, … (1 to 5,000 characters). */
  reason: Scalars['String']['input'];
  sourceId: Scalars['ID']['input'];
};

/** One place a story version states a claim: where, in which words, with which citations. */
export type Mention = Node & {
  __typename?: 'Mention';
  /** Whom these words credit with the claim, where that is not the claim's speaker (a quote a passage gives to an organization). */
  attributedTo?: Maybe<Actor>;
  /** The numbers `n` of the `[n]` citations written at this place, in the order written. */
  citationRefs: Array<Scalars['Int']['output']>;
  citationScope: CitationScope;
  claim: Claim;
  id: Scalars['ID']['output'];
  /** The line of the version's document. */
  line: Scalars['Int']['output'];
  /** Order among the version's mentions. */
  position: Scalars['Int']['output'];
  section: Section;
  /** The sources cited at this place, in the order written. */
  sources: Array<Source>;
  story: Story;
  /** The words as the document writes them there. */
  text: Scalars['String']['output'];
};


/** One place a story version states a claim: where, in which words, with which citations. */
export type MentionSourcesArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};

export type MergeClaimsInput = {
  /** The claim that keeps the merged one. */
  claimId: Scalars['ID']['input'];
  evidenceSourceIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  expectedMergedRevision: Scalars['Int']['input'];
  expectedRevision: Scalars['Int']['input'];
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  mergedClaimId: Scalars['ID']['input'];
  rationale: Scalars['String']['input'];
};

export type MergeClaimsPayload = {
  __typename?: 'MergeClaimsPayload';
  /** The audit trail's entry for `claim` (field `relation:merged_into:<merged>><claim>`); `merged` has its own. */
  change: Change;
  /** The claim that keeps the merged one. */
  claim: Claim;
  merged: Claim;
};

/**
 * Curation: judgements and corrections editors record through the API, each in one transaction and
 * each leaving a Change in the audit trail. Every curated item carries a `revision`; a mutation names
 * the revision it was based on (`expectedRevision`) and is refused with CONFLICT, the item's current
 * state in `extensions.current`, if another change came first. A repeat with the same `idempotencyKey`
 * (from the same key) answers the first result and writes nothing. A write weighs 10 in an operation's
 * cost (a transaction of several statements under a lock), plus what its payload selects.
 */
export type Mutation = {
  __typename?: 'Mutation';
  /**
   * Links two claims (any stories) the story does not link: SUPPORTS or CONTRADICTS, from `fromClaimId`
   * to `toClaimId`, attributed to the API key, with why and the evidence. On a link the story makes
   * and a curator disputed, withdraws the dispute. Both claims' revisions go up, each with a Change.
   */
  addClaimLink: ClaimLinkPayload;
  /** Adds a derivation the story does not make: `sourceId` relays or analyses `fromSourceId` (any stories). */
  addDerivation: SourceLinkPayload;
  /** Corrects a claim's text, speaker, kind, verbatim or citations: a curated layer over what the document says, which stays readable (Claim.corrections, Mention, reads at a version). */
  correctClaim: ClaimCorrectionPayload;
  /**
   * Makes an API key. The answer holds the key itself, this once: only its SHA-256 is stored. A retry
   * makes another key.
   */
  createApiKey: CreateApiKeyPayload;
  /** Declares two sources of different stories one item, where their shared identity (same publisher, title and date) does not already say so. */
  declareSameSource: SourceLinkPayload;
  /** Marks a source retracted or discredited, with why and since when. */
  markSourceRetracted: SourceCurationPayload;
  /**
   * Merges `mergedClaimId` into `claimId`, which keeps it: one claim the story's document counts as two
   * (a paraphrase and its quote). The story's claims and mentions stay as the story has them; the kept
   * claim lists the merged one in `mergedClaims` and its places in `mergedMentions`, the merged one
   * names the kept in `mergedInto`. Merges do not chain. Both revisions go up, each with a Change.
   */
  mergeClaims: MergeClaimsPayload;
  /** Records (or replaces) one organization's verdict on a claim; several organizations may review one claim. */
  recordVerdict: RecordVerdictPayload;
  /**
   * Takes a curator's link away; on a link the story makes, records the curator's dispute of it
   * instead: the story's own edge stays (Claim.supports, contradicts and tensions are what the story
   * says) and the dispute shows in `curatedLinks` with status DISPUTED. A read without a version leaves
   * a disputed link out of what counts links (actorContradictions, Story.stats, Tension.contradictions).
   */
  removeClaimLink: ClaimLinkPayload;
  /** Closes an open curation conflict (Query.curationConflicts): keep the correction against the document's new value, or accept the document's value and drop the correction. */
  resolveCurationConflict: ClaimCorrectionPayload;
  /**
   * Sets the field of the item a change wrote back to its `before` value (null: removes it), in one
   * transaction, as a new Change of the same field that `reverts` it. CONFLICT when the item is not at
   * `expectedRevision`, or when the field has moved on: a later change left it at another value (the
   * newest such change's id in `extensions.laterChangeId`; revert that one first). BAD_USER_INPUT for
   * a change of a kind that cannot be reverted.
   */
  revertChange: RevertChangePayload;
  /**
   * Refuses the key from now on (a running API within CLAIMGRAPH_API_KEY_CACHE_MS). BAD_USER_INPUT
   * for the last active admin key; NOT_FOUND for an unknown id.
   */
  revokeApiKey: ApiKeyPayload;
  /**
   * Gives a key another role (a running API uses it within CLAIMGRAPH_API_KEY_CACHE_MS).
   * BAD_USER_INPUT when it would demote the last active admin key; NOT_FOUND for an unknown id.
   */
  setApiKeyRole: ApiKeyPayload;
  /** Sets a source's reliability grade (A reliable … E unreliable, F cannot be judged: the Admiralty code's source letter). */
  setSourceReliability: SourceCurationPayload;
  /**
   * Splits a part off a claim the story's document counts as one (two statements in one sentence):
   * the mentions named move to a ClaimSplit with its own text (and speaker, an actor of the claim's
   * story), which the claim lists in `splits`; `curatedMentions` is what stays. The document, the
   * claim and its `mentions` stay as the story has them. Each mention must be the claim's and not
   * split off before, and at least one must stay (BAD_USER_INPUT). The claim's revision goes up, with
   * a Change of field `split:<split id>` that revertChange undoes.
   */
  splitClaim: SplitClaimPayload;
};


/**
 * Curation: judgements and corrections editors record through the API, each in one transaction and
 * each leaving a Change in the audit trail. Every curated item carries a `revision`; a mutation names
 * the revision it was based on (`expectedRevision`) and is refused with CONFLICT, the item's current
 * state in `extensions.current`, if another change came first. A repeat with the same `idempotencyKey`
 * (from the same key) answers the first result and writes nothing. A write weighs 10 in an operation's
 * cost (a transaction of several statements under a lock), plus what its payload selects.
 */
export type MutationAddClaimLinkArgs = {
  input: ClaimLinkInput;
};


/**
 * Curation: judgements and corrections editors record through the API, each in one transaction and
 * each leaving a Change in the audit trail. Every curated item carries a `revision`; a mutation names
 * the revision it was based on (`expectedRevision`) and is refused with CONFLICT, the item's current
 * state in `extensions.current`, if another change came first. A repeat with the same `idempotencyKey`
 * (from the same key) answers the first result and writes nothing. A write weighs 10 in an operation's
 * cost (a transaction of several statements under a lock), plus what its payload selects.
 */
export type MutationAddDerivationArgs = {
  input: AddDerivationInput;
};


/**
 * Curation: judgements and corrections editors record through the API, each in one transaction and
 * each leaving a Change in the audit trail. Every curated item carries a `revision`; a mutation names
 * the revision it was based on (`expectedRevision`) and is refused with CONFLICT, the item's current
 * state in `extensions.current`, if another change came first. A repeat with the same `idempotencyKey`
 * (from the same key) answers the first result and writes nothing. A write weighs 10 in an operation's
 * cost (a transaction of several statements under a lock), plus what its payload selects.
 */
export type MutationCorrectClaimArgs = {
  input: CorrectClaimInput;
};


/**
 * Curation: judgements and corrections editors record through the API, each in one transaction and
 * each leaving a Change in the audit trail. Every curated item carries a `revision`; a mutation names
 * the revision it was based on (`expectedRevision`) and is refused with CONFLICT, the item's current
 * state in `extensions.current`, if another change came first. A repeat with the same `idempotencyKey`
 * (from the same key) answers the first result and writes nothing. A write weighs 10 in an operation's
 * cost (a transaction of several statements under a lock), plus what its payload selects.
 */
export type MutationCreateApiKeyArgs = {
  input: CreateApiKeyInput;
};


/**
 * Curation: judgements and corrections editors record through the API, each in one transaction and
 * each leaving a Change in the audit trail. Every curated item carries a `revision`; a mutation names
 * the revision it was based on (`expectedRevision`) and is refused with CONFLICT, the item's current
 * state in `extensions.current`, if another change came first. A repeat with the same `idempotencyKey`
 * (from the same key) answers the first result and writes nothing. A write weighs 10 in an operation's
 * cost (a transaction of several statements under a lock), plus what its payload selects.
 */
export type MutationDeclareSameSourceArgs = {
  input: DeclareSameSourceInput;
};


/**
 * Curation: judgements and corrections editors record through the API, each in one transaction and
 * each leaving a Change in the audit trail. Every curated item carries a `revision`; a mutation names
 * the revision it was based on (`expectedRevision`) and is refused with CONFLICT, the item's current
 * state in `extensions.current`, if another change came first. A repeat with the same `idempotencyKey`
 * (from the same key) answers the first result and writes nothing. A write weighs 10 in an operation's
 * cost (a transaction of several statements under a lock), plus what its payload selects.
 */
export type MutationMarkSourceRetractedArgs = {
  input: MarkSourceRetractedInput;
};


/**
 * Curation: judgements and corrections editors record through the API, each in one transaction and
 * each leaving a Change in the audit trail. Every curated item carries a `revision`; a mutation names
 * the revision it was based on (`expectedRevision`) and is refused with CONFLICT, the item's current
 * state in `extensions.current`, if another change came first. A repeat with the same `idempotencyKey`
 * (from the same key) answers the first result and writes nothing. A write weighs 10 in an operation's
 * cost (a transaction of several statements under a lock), plus what its payload selects.
 */
export type MutationMergeClaimsArgs = {
  input: MergeClaimsInput;
};


/**
 * Curation: judgements and corrections editors record through the API, each in one transaction and
 * each leaving a Change in the audit trail. Every curated item carries a `revision`; a mutation names
 * the revision it was based on (`expectedRevision`) and is refused with CONFLICT, the item's current
 * state in `extensions.current`, if another change came first. A repeat with the same `idempotencyKey`
 * (from the same key) answers the first result and writes nothing. A write weighs 10 in an operation's
 * cost (a transaction of several statements under a lock), plus what its payload selects.
 */
export type MutationRecordVerdictArgs = {
  input: RecordVerdictInput;
};


/**
 * Curation: judgements and corrections editors record through the API, each in one transaction and
 * each leaving a Change in the audit trail. Every curated item carries a `revision`; a mutation names
 * the revision it was based on (`expectedRevision`) and is refused with CONFLICT, the item's current
 * state in `extensions.current`, if another change came first. A repeat with the same `idempotencyKey`
 * (from the same key) answers the first result and writes nothing. A write weighs 10 in an operation's
 * cost (a transaction of several statements under a lock), plus what its payload selects.
 */
export type MutationRemoveClaimLinkArgs = {
  input: ClaimLinkInput;
};


/**
 * Curation: judgements and corrections editors record through the API, each in one transaction and
 * each leaving a Change in the audit trail. Every curated item carries a `revision`; a mutation names
 * the revision it was based on (`expectedRevision`) and is refused with CONFLICT, the item's current
 * state in `extensions.current`, if another change came first. A repeat with the same `idempotencyKey`
 * (from the same key) answers the first result and writes nothing. A write weighs 10 in an operation's
 * cost (a transaction of several statements under a lock), plus what its payload selects.
 */
export type MutationResolveCurationConflictArgs = {
  input: ResolveCurationConflictInput;
};


/**
 * Curation: judgements and corrections editors record through the API, each in one transaction and
 * each leaving a Change in the audit trail. Every curated item carries a `revision`; a mutation names
 * the revision it was based on (`expectedRevision`) and is refused with CONFLICT, the item's current
 * state in `extensions.current`, if another change came first. A repeat with the same `idempotencyKey`
 * (from the same key) answers the first result and writes nothing. A write weighs 10 in an operation's
 * cost (a transaction of several statements under a lock), plus what its payload selects.
 */
export type MutationRevertChangeArgs = {
  input: RevertChangeInput;
};


/**
 * Curation: judgements and corrections editors record through the API, each in one transaction and
 * each leaving a Change in the audit trail. Every curated item carries a `revision`; a mutation names
 * the revision it was based on (`expectedRevision`) and is refused with CONFLICT, the item's current
 * state in `extensions.current`, if another change came first. A repeat with the same `idempotencyKey`
 * (from the same key) answers the first result and writes nothing. A write weighs 10 in an operation's
 * cost (a transaction of several statements under a lock), plus what its payload selects.
 */
export type MutationRevokeApiKeyArgs = {
  input: RevokeApiKeyInput;
};


/**
 * Curation: judgements and corrections editors record through the API, each in one transaction and
 * each leaving a Change in the audit trail. Every curated item carries a `revision`; a mutation names
 * the revision it was based on (`expectedRevision`) and is refused with CONFLICT, the item's current
 * state in `extensions.current`, if another change came first. A repeat with the same `idempotencyKey`
 * (from the same key) answers the first result and writes nothing. A write weighs 10 in an operation's
 * cost (a transaction of several statements under a lock), plus what its payload selects.
 */
export type MutationSetApiKeyRoleArgs = {
  input: SetApiKeyRoleInput;
};


/**
 * Curation: judgements and corrections editors record through the API, each in one transaction and
 * each leaving a Change in the audit trail. Every curated item carries a `revision`; a mutation names
 * the revision it was based on (`expectedRevision`) and is refused with CONFLICT, the item's current
 * state in `extensions.current`, if another change came first. A repeat with the same `idempotencyKey`
 * (from the same key) answers the first result and writes nothing. A write weighs 10 in an operation's
 * cost (a transaction of several statements under a lock), plus what its payload selects.
 */
export type MutationSetSourceReliabilityArgs = {
  input: SetSourceReliabilityInput;
};


/**
 * Curation: judgements and corrections editors record through the API, each in one transaction and
 * each leaving a Change in the audit trail. Every curated item carries a `revision`; a mutation names
 * the revision it was based on (`expectedRevision`) and is refused with CONFLICT, the item's current
 * state in `extensions.current`, if another change came first. A repeat with the same `idempotencyKey`
 * (from the same key) answers the first result and writes nothing. A write weighs 10 in an operation's
 * cost (a transaction of several statements under a lock), plus what its payload selects.
 */
export type MutationSplitClaimArgs = {
  input: SplitClaimInput;
};

/** Anything with a global id. Ids carry their type as a prefix: `claim:…`, `source:…`, `actor:…`. */
export type Node = {
  id: Scalars['ID']['output'];
};

/** Why a way from a claim's cited source ends at its last source. */
export type OriginEnd =
  /** It derives from others only by analysing them: what it reports in its own words begins there. */
  | 'ANALYSIS'
  /** The cited source relays in a loop with no way out: it stands for itself. */
  | 'LOOP'
  /** It derives from nothing the story names: an original (a recording, memo, post, document). */
  | 'ROOT'
  /** The claim's speaker authored or published it: the speaker's words begin there. */
  | 'SPEAKERS_OWN';

/** From a mention of the claim, through the source it cites, along DERIVED_FROM to a root. */
export type OriginPath = {
  __typename?: 'OriginPath';
  citationScope: CitationScope;
  /** Whether each of those steps relays or analyses (one fewer than sources). */
  derivationKinds: Array<DerivationKind>;
  /** How each source derives from the next, as the story says (one fewer than sources; null where it does not say). */
  derivations: Array<Maybe<Scalars['String']['output']>>;
  /** Why the path ends where it does. */
  endsAs: OriginEnd;
  /** Where the claim is stated with the citation this path starts from. */
  mention: Mention;
  /** The cited source first, the root last (one source when the cited source is itself a root). */
  sources: Array<Source>;
};

export type PageInfo = {
  __typename?: 'PageInfo';
  endCursor?: Maybe<Scalars['String']['output']>;
  hasNextPage: Scalars['Boolean']['output'];
  hasPreviousPage: Scalars['Boolean']['output'];
  startCursor?: Maybe<Scalars['String']['output']>;
};

/** An actor's stance in a story and how it evolved. */
export type Perspective = Node & {
  __typename?: 'Perspective';
  actors: Array<Actor>;
  channel?: Maybe<Channel>;
  evolution?: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  /** The name line as written, e.g. `Mark Zuckerberg / Meta (internal)`. */
  label: Scalars['String']['output'];
  position: Scalars['Int']['output'];
  /** The name line's parenthesis when it names no one, as written: its channel or context, e.g. `internal`, `press conference`. */
  qualifier?: Maybe<Scalars['String']['output']>;
  stance: Scalars['String']['output'];
  story: Story;
};


/** An actor's stance in a story and how it evolved. */
export type PerspectiveActorsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};

export type PerspectiveConnection = {
  __typename?: 'PerspectiveConnection';
  edges: Array<PerspectiveEdge>;
  nodes: Array<Perspective>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type PerspectiveEdge = {
  __typename?: 'PerspectiveEdge';
  cursor: Scalars['String']['output'];
  node: Perspective;
};

export type PerspectiveFilter = {
  actorId?: InputMaybe<Scalars['ID']['input']>;
  asOf?: InputMaybe<Scalars['DateTime']['input']>;
  storyId?: InputMaybe<Scalars['ID']['input']>;
  version?: InputMaybe<Scalars['Int']['input']>;
};

/** A fact-checker's view of a claim's origins. */
export type Provenance = {
  __typename?: 'Provenance';
  assertions: Array<Assertion>;
  claim: Claim;
  sources: Array<ProvenanceSource>;
};

export type ProvenanceSource = {
  __typename?: 'ProvenanceSource';
  authors: Array<Actor>;
  /** DIRECT when the source is cited where the claim's own words close; INHERITED when only a larger passage containing them cites it. */
  citationScope: CitationScope;
  /** The chain of sources this source derives from, nearest first (up to 5 hops). */
  derivedFrom: Array<Derivation>;
  /** Null for an item made public by someone the story does not name (a leaked recording's leaker). */
  publisher?: Maybe<Actor>;
  source: Source;
};

export type Query = {
  __typename?: 'Query';
  actor?: Maybe<Actor>;
  /** Who contradicts (or backs) whom across the stories named (at most 20), each story as its newest version holds it: Story.actorContradictions over them together. */
  actorContradictions: Array<ActorPair>;
  actors: ActorConnection;
  /** Counts across the stories named (at most 20), each story as its newest version holds it: Story.aggregates over them together, an actor's or a month's groups summed over the stories. A story the graph does not hold counts nothing. */
  aggregates: Aggregate;
  /** The audit trail, newest first: by item, by API key id (`by`), by record time (`since` inclusive, `until` exclusive). */
  changes: ChangeConnection;
  claim?: Maybe<Claim>;
  claimIdentity?: Maybe<ClaimIdentity>;
  claims: ClaimConnection;
  /** Story.claimsByCredibility over the stories named (at most 10), each as its newest version holds it: their claims in the order the stories are named, then in document order. */
  claimsByCredibility: Array<Credibility>;
  /** A story's open curation conflicts: corrected claim fields its newest version changed, by claim and field. */
  curationConflicts: Array<CurationConflict>;
  event?: Maybe<Event>;
  events: EventConnection;
  /** The stories named (at most 20) drawn together, each as its newest version holds it: their Story.graph nodes (an actor of several once) and edges. A story the graph does not hold adds nothing. */
  graph: StoryGraph;
  mention?: Maybe<Mention>;
  /** Any node by id, or null when there is none (Relay convention). Malformed ids are a BAD_USER_INPUT error. */
  node?: Maybe<Node>;
  /** Many nodes by id, in the order asked, null where there is none. */
  nodes: Array<Maybe<Node>>;
  perspective?: Maybe<Perspective>;
  perspectives: PerspectiveConnection;
  question?: Maybe<Question>;
  questions: QuestionConnection;
  /**
   * Write attempts this API process refused (UNAUTHENTICATED, FORBIDDEN or CONFLICT), newest first:
   * at most the last 1,000 since it started, kept in memory (a refused write changes nothing in the
   * graph); each is also a `refused write` log line. `by`: only those of one API key id. Admins only.
   */
  refusedWrites: Array<RefusedWrite>;
  /**
   * Full-text search over claim text and quotes, source titles and publishers (as the story writes
   * them), event text, and actor names and aliases, best match first. With `sourcesByMaker` (the
   * default), a source is also found by its makers' names and aliases (its publisher's and authors', as
   * the best `first` actor hits), scored as the maker: "Zuckerberg" finds the recording he made. `text` is taken literally
   * (Lucene operators are escaped); any of its words finds, in English word forms ("layoff" finds
   * "layoffs"; irregular forms such as "laid off" are not related), and stop words ("the", "of") are
   * ignored. `storyId` keeps actors to those appearing in that story.
   */
  search: Array<SearchHit>;
  source?: Maybe<Source>;
  sourceIdentity?: Maybe<SourceIdentity>;
  sources: SourceConnection;
  stories: StoryConnection;
  /** One story; a NOT_FOUND error when there is none. So for every per-type lookup below. */
  story?: Maybe<Story>;
  tension?: Maybe<Tension>;
  tensions: TensionConnection;
};


export type QueryActorArgs = {
  id: Scalars['ID']['input'];
};


export type QueryActorContradictionsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  relation?: InputMaybe<ClaimRelation>;
  storyIds: Array<Scalars['ID']['input']>;
};


export type QueryActorsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<ActorFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<ActorOrder>;
};


export type QueryAggregatesArgs = {
  by: AggregateBy;
  storyIds: Array<Scalars['ID']['input']>;
};


export type QueryChangesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  by?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  itemId?: InputMaybe<Scalars['ID']['input']>;
  since?: InputMaybe<Scalars['DateTime']['input']>;
  until?: InputMaybe<Scalars['DateTime']['input']>;
};


export type QueryClaimArgs = {
  id: Scalars['ID']['input'];
};


export type QueryClaimIdentityArgs = {
  id: Scalars['ID']['input'];
};


export type QueryClaimsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<ClaimFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<ClaimOrder>;
};


export type QueryClaimsByCredibilityArgs = {
  discounting?: InputMaybe<Array<Scalars['ID']['input']>>;
  evidence?: InputMaybe<CorroborationEvidence>;
  first?: InputMaybe<Scalars['Int']['input']>;
  grades?: InputMaybe<Array<CredibilityGrade>>;
  maxOrigins?: InputMaybe<Scalars['Int']['input']>;
  storyIds: Array<Scalars['ID']['input']>;
};


export type QueryCurationConflictsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  storyId: Scalars['ID']['input'];
};


export type QueryEventArgs = {
  id: Scalars['ID']['input'];
};


export type QueryEventsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<EventFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<EventOrder>;
};


export type QueryGraphArgs = {
  storyIds: Array<Scalars['ID']['input']>;
};


export type QueryMentionArgs = {
  id: Scalars['ID']['input'];
};


export type QueryNodeArgs = {
  id: Scalars['ID']['input'];
};


export type QueryNodesArgs = {
  ids: Array<Scalars['ID']['input']>;
};


export type QueryPerspectiveArgs = {
  id: Scalars['ID']['input'];
};


export type QueryPerspectivesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<PerspectiveFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryQuestionArgs = {
  id: Scalars['ID']['input'];
};


export type QueryQuestionsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<QuestionFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryRefusedWritesArgs = {
  by?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QuerySearchArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  kinds?: InputMaybe<Array<SearchKind>>;
  sourcesByMaker?: InputMaybe<Scalars['Boolean']['input']>;
  storyId?: InputMaybe<Scalars['ID']['input']>;
  text: Scalars['String']['input'];
};


export type QuerySourceArgs = {
  id: Scalars['ID']['input'];
};


export type QuerySourceIdentityArgs = {
  id: Scalars['ID']['input'];
};


export type QuerySourcesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<SourceFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<SourceOrder>;
};


export type QueryStoriesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<StoryOrder>;
};


export type QueryStoryArgs = {
  id: Scalars['ID']['input'];
};


export type QueryTensionArgs = {
  id: Scalars['ID']['input'];
};


export type QueryTensionsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<TensionFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

export type Question = Node & {
  __typename?: 'Question';
  concerns: Array<QuestionSubject>;
  id: Scalars['ID']['output'];
  position: Scalars['Int']['output'];
  sourceRefs: Array<Scalars['Int']['output']>;
  sources: Array<Source>;
  story: Story;
  text: Scalars['String']['output'];
};


export type QuestionConcernsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QuestionSourcesArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};

export type QuestionConnection = {
  __typename?: 'QuestionConnection';
  edges: Array<QuestionEdge>;
  nodes: Array<Question>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type QuestionEdge = {
  __typename?: 'QuestionEdge';
  cursor: Scalars['String']['output'];
  node: Question;
};

export type QuestionFilter = {
  asOf?: InputMaybe<Scalars['DateTime']['input']>;
  storyId?: InputMaybe<Scalars['ID']['input']>;
  textContains?: InputMaybe<Scalars['String']['input']>;
  version?: InputMaybe<Scalars['Int']['input']>;
};

/** What an open question is about. */
export type QuestionSubject = Actor | Claim | Event;

export type Rating = {
  __typename?: 'Rating';
  best: Scalars['Float']['output'];
  label: Scalars['String']['output'];
  value: Scalars['Float']['output'];
  worst: Scalars['Float']['output'];
};

/** A rating on a stated scale: schema.org ClaimReview's reviewRating. */
export type RatingInput = {
  best: Scalars['Float']['input'];
  /** The rating in words, e.g. `False`, `Misleading` (1 to 100 characters). */
  label: Scalars['String']['input'];
  /** Between `worst` and `best`. */
  value: Scalars['Float']['input'];
  worst: Scalars['Float']['input'];
};

export type RecordVerdictInput = {
  claimId: Scalars['ID']['input'];
  /** When the verdict was published. */
  date: Scalars['Date']['input'];
  /** Sources the verdict rests on (at most 20), from any story. */
  evidenceSourceIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** The claim's `revision` this verdict was decided on. */
  expectedRevision: Scalars['Int']['input'];
  /** Any string of 1 to 100 characters: a repeat with it answers the first result and writes nothing. */
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  rating: RatingInput;
  /** Why (1 to 5,000 characters); also the change's reason. */
  rationale: Scalars['String']['input'];
  /** The organization publishing the verdict (1 to 200 characters); its verdict on the claim replaces its earlier one. */
  reviewer: Scalars['String']['input'];
  /** The published fact-check's address (http or https, at most 2,000 characters), where there is one: its ClaimReview's `url`. */
  url?: InputMaybe<Scalars['String']['input']>;
};

export type RecordVerdictPayload = {
  __typename?: 'RecordVerdictPayload';
  /** The audit trail's entry for this write. */
  change: Change;
  claim: Claim;
  verdict: Verdict;
};

export type RefusedWrite = {
  __typename?: 'RefusedWrite';
  at: Scalars['DateTime']['output'];
  /** The API key's id and role; null for a request without a key. */
  by?: Maybe<Scalars['String']['output']>;
  /** Why, each code once: UNAUTHENTICATED, FORBIDDEN or CONFLICT. */
  codes: Array<Scalars['String']['output']>;
  /** The Mutation fields the operation asked for, each once. */
  fields: Array<Scalars['String']['output']>;
  operationName?: Maybe<Scalars['String']['output']>;
  role?: Maybe<Role>;
};

/**
 * The source-reliability axis of the NATO/Admiralty scale (FM 2-22.3, Appendix B): a judgement of the
 * source's record, which the graph cannot make.
 */
export type ReliabilityGrade =
  /** Completely reliable: no doubt of authenticity, trustworthiness or competency; a history of complete reliability. */
  | 'A'
  /** Usually reliable: minor doubt; a history of valid information most of the time. */
  | 'B'
  /** Fairly reliable: doubt, but has provided valid information in the past. */
  | 'C'
  /** Not usually reliable: significant doubt, but has provided valid information in the past. */
  | 'D'
  /** Unreliable: lacking in authenticity, trustworthiness and competency; a history of invalid information. */
  | 'E'
  /** Reliability cannot be judged: no basis exists. */
  | 'F';

export type ResolveCurationConflictInput = {
  claimId: Scalars['ID']['input'];
  expectedRevision: Scalars['Int']['input'];
  field: ClaimField;
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  /** Why (1 to 5,000 characters); the change's reason. */
  reason: Scalars['String']['input'];
  resolution: ConflictResolution;
};

/** What changes in a story when sources are discounted (Story.retractionImpact). */
export type RetractionImpact = {
  __typename?: 'RetractionImpact';
  /** Events (in timeline order), then questions, citing a fallen source. */
  citedItems: Array<CitedItemImpact>;
  /** Claims some of whose ways to an origin pass a discounted source, in document order. */
  claims: Array<ClaimImpact>;
  /** How many claims change, and how. */
  claimsAffected: Scalars['Int']['output'];
  claimsDroppingToOneOrigin: Scalars['Int']['output'];
  claimsLosingAllEvidence: Scalars['Int']['output'];
  /** The story's sources taken away: those named, and those the named actors made. */
  discounted: Array<Source>;
  evidence: CorroborationEvidence;
  /** The story's sources that fall with them: every way from them to an origin passes a discounted source (the discounted ones included). */
  fallen: Array<Source>;
  /** Tensions with a side whose claims all had evidence before and none after. */
  tensions: Array<TensionImpact>;
};


/** What changes in a story when sources are discounted (Story.retractionImpact). */
export type RetractionImpactClaimsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};

export type RevertChangeInput = {
  /** The change to undo (`Change.id`). */
  changeId: Scalars['ID']['input'];
  /** The revision of the change's item this revert was decided on. */
  expectedRevision: Scalars['Int']['input'];
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  /** Why (1 to 5,000 characters): the new change's reason. */
  reason: Scalars['String']['input'];
};

export type RevertChangePayload = {
  __typename?: 'RevertChangePayload';
  /** The revert's own change; its `reverts` is the change undone. */
  change: Change;
  /** The change undone. */
  reverted: Change;
};

export type RevokeApiKeyInput = {
  /** The key's id (`key_…`), never the key itself. */
  id: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
};

/** What an API key may do (`claimgraph keys create --role`): each role may do all a weaker one may. */
export type Role =
  /** Also everything an editor may. */
  | 'ADMIN'
  /** Also curates: verdicts, source reliability and retractions. */
  | 'EDITOR'
  /** Reads, as the server lets anyone. */
  | 'READER';

export type SearchHit = {
  __typename?: 'SearchHit';
  node: SearchResult;
  score: Scalars['Float']['output'];
};

export type SearchKind =
  | 'ACTOR'
  | 'CLAIM'
  | 'EVENT'
  | 'SOURCE';

export type SearchResult = Actor | Claim | Event | Source;

export type Section =
  | 'narrative'
  | 'perspectives'
  | 'questions'
  | 'tensions'
  | 'timeline'
  | 'what'
  | 'why_it_matters';

export type SetApiKeyRoleInput = {
  id: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
  role: Role;
};

export type SetSourceReliabilityInput = {
  expectedRevision: Scalars['Int']['input'];
  grade: ReliabilityGrade;
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  /** Why this grade (1 to 5,000 characters); also the change's reason. */
  rationale: Scalars['String']['input'];
  sourceId: Scalars['ID']['input'];
};

/** One independent origin that several sources cited side by side all rest on. */
export type SharedOrigin = {
  __typename?: 'SharedOrigin';
  /** The cited sources that rest on it, in the order written. */
  cited: Array<Source>;
  /** The origin: who made it, its root items, and each way from one of those cited sources (first) to a root (last). */
  origin: IndependentOrigin;
};

export type SortDirection =
  | 'ASC'
  | 'DESC';

/** A cited item (`ref` is its number `n`), or an underlying item a cited one relays (no `ref`). */
export type Source = Node & {
  __typename?: 'Source';
  /** Whether the story says this item relies on sources it does not name ("citing unnamed sources", "sources told X"). */
  anonymousSourcing: Scalars['Boolean']['output'];
  authors: Array<Actor>;
  channel?: Maybe<Channel>;
  /** Claims citing this source. */
  claims: Array<Claim>;
  /** Curators' derivations and same-item declarations from or to this source, newest first. */
  curatedLinks: Array<CuratedSourceLink>;
  /** The sources that relay or are based on this one. */
  derivatives: Array<Derivation>;
  /** The sources this one relays or is based on. */
  derivedFrom: Array<Derivation>;
  events: Array<Event>;
  id: Scalars['ID']['output'];
  /** The one item behind this source and every other story's record of it; null for a source with neither publisher nor date, too little to tell two apart. */
  identity?: Maybe<SourceIdentity>;
  kind: SourceKind;
  /** When the item became public: for a leak, the day it surfaced. */
  publishedAt?: Maybe<Scalars['Date']['output']>;
  publishedBy?: Maybe<Actor>;
  /** The publisher as the story writes it; null when the story does not say who made the item public (a leak). */
  publisher?: Maybe<Scalars['String']['output']>;
  questions: Array<Question>;
  /** When the item was made, where that was before it became public (the meeting a leaked recording is of). */
  recordedAt?: Maybe<Scalars['Date']['output']>;
  ref?: Maybe<Scalars['Int']['output']>;
  /** Its reliability grade, where an editor has set one. */
  reliability?: Maybe<SourceReliability>;
  /** Its retraction, where an editor has recorded one. */
  retraction?: Maybe<SourceRetraction>;
  /** How many curation changes the source has had (0 for none): a mutation's `expectedRevision`. */
  revision: Scalars['Int']['output'];
  story: Story;
  tensions: Array<Tension>;
  title: Scalars['String']['output'];
};


/** A cited item (`ref` is its number `n`), or an underlying item a cited one relays (no `ref`). */
export type SourceAuthorsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A cited item (`ref` is its number `n`), or an underlying item a cited one relays (no `ref`). */
export type SourceClaimsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A cited item (`ref` is its number `n`), or an underlying item a cited one relays (no `ref`). */
export type SourceCuratedLinksArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A cited item (`ref` is its number `n`), or an underlying item a cited one relays (no `ref`). */
export type SourceDerivativesArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A cited item (`ref` is its number `n`), or an underlying item a cited one relays (no `ref`). */
export type SourceDerivedFromArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A cited item (`ref` is its number `n`), or an underlying item a cited one relays (no `ref`). */
export type SourceEventsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A cited item (`ref` is its number `n`), or an underlying item a cited one relays (no `ref`). */
export type SourceQuestionsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A cited item (`ref` is its number `n`), or an underlying item a cited one relays (no `ref`). */
export type SourceTensionsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};

export type SourceConnection = {
  __typename?: 'SourceConnection';
  edges: Array<SourceEdge>;
  nodes: Array<Source>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type SourceCurationPayload = {
  __typename?: 'SourceCurationPayload';
  change: Change;
  source: Source;
};

export type SourceEdge = {
  __typename?: 'SourceEdge';
  cursor: Scalars['String']['output'];
  node: Source;
};

export type SourceFilter = {
  asOf?: InputMaybe<Scalars['DateTime']['input']>;
  kinds?: InputMaybe<Array<SourceKind>>;
  /** true: only sources the story cites by number; false: only the underlying items. */
  numbered?: InputMaybe<Scalars['Boolean']['input']>;
  publisherId?: InputMaybe<Scalars['ID']['input']>;
  storyId?: InputMaybe<Scalars['ID']['input']>;
  version?: InputMaybe<Scalars['Int']['input']>;
};

/** One published item, however many stories cite it (same publisher, title and date): each story's Source points here. */
export type SourceIdentity = Node & {
  __typename?: 'SourceIdentity';
  id: Scalars['ID']['output'];
  publishedAt?: Maybe<Scalars['Date']['output']>;
  publisher?: Maybe<Scalars['String']['output']>;
  /** Every story's record of this item, by story. */
  sources: Array<Source>;
  /** The stories that cite it, most recently updated first. */
  stories: Array<Story>;
  /** The title as the first story to cite it wrote it. */
  title: Scalars['String']['output'];
};


/** One published item, however many stories cite it (same publisher, title and date): each story's Source points here. */
export type SourceIdentitySourcesArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** One published item, however many stories cite it (same publisher, title and date): each story's Source points here. */
export type SourceIdentityStoriesArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};

export type SourceKind =
  | 'article'
  | 'audio'
  | 'memo'
  | 'newsletter'
  | 'other'
  | 'report'
  | 'social_post';

export type SourceLinkPayload = {
  __typename?: 'SourceLinkPayload';
  /** The audit trail's entry for `source`; `other` has its own. */
  change: Change;
  link: CuratedSourceLink;
  /** The input's other source (`otherSourceId` or `fromSourceId`). */
  other: Source;
  /** The input's `sourceId`. */
  source: Source;
};

export type SourceOrder = {
  direction?: SortDirection;
  field?: SourceOrderField;
};

export type SourceOrderField =
  | 'PUBLISHED_AT'
  | 'REF'
  | 'TITLE';

export type SourceRelation =
  /** `source` derives from `other`. */
  | 'DERIVED_FROM'
  /** The two are one published item. */
  | 'SAME_ITEM';

export type SourceReliability = {
  __typename?: 'SourceReliability';
  grade: ReliabilityGrade;
  rationale: Scalars['String']['output'];
  setAt: Scalars['DateTime']['output'];
  /** The id of the API key that set it. */
  setBy: Scalars['String']['output'];
};

export type SourceRetraction = {
  __typename?: 'SourceRetraction';
  date: Scalars['Date']['output'];
  reason: Scalars['String']['output'];
  recordedAt: Scalars['DateTime']['output'];
  recordedBy: Scalars['String']['output'];
};

export type SplitClaimInput = {
  claimId: Scalars['ID']['input'];
  evidenceSourceIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  expectedRevision: Scalars['Int']['input'];
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  /** The claim's mentions (`Mention.id`, 1 to 100, each once) that state the part split off. */
  mentionIds: Array<Scalars['ID']['input']>;
  rationale: Scalars['String']['input'];
  /** Who the part's words are of: an actor of the claim's story. Omitted: the split says nothing of it (the claim's speaker stands). */
  speakerId?: InputMaybe<Scalars['ID']['input']>;
  /** The part's own words (1 to 2,000 characters). */
  text: Scalars['String']['input'];
};

export type SplitClaimPayload = {
  __typename?: 'SplitClaimPayload';
  /** The audit trail's entry for `claim` (field `split:<split id>`). */
  change: Change;
  claim: Claim;
  split: ClaimSplit;
};

/**
 * A tracked news story. Its fields show the newest version unless a `version` is given, or an `asOf`
 * instant (record time): the newest version recorded at or before it; not both. A story with no
 * version recorded by `asOf` is NOT_FOUND.
 */
export type Story = Node & {
  __typename?: 'Story';
  /** Who contradicts (or, with `relation: SUPPORTS`, backs) whom: the claim edges of the version grouped by the speakers of their two claims, the pair with most claim pairs first. */
  actorContradictions: Array<ActorPair>;
  actors: Array<Actor>;
  /**
   * Counts for dashboards: the version's claims, sources, events or assertions grouped by one property
   * (`by`), in one statement. Aliases asking for several groupings of one or more stories share it.
   */
  aggregates: Aggregate;
  /**
   * Circular reporting in this story: sources that relay one another in a loop, and claims whose
   * sources cited side by side look like independent confirmation but rest on fewer independent
   * origins (as Claim.corroboration counts them) than there are sources.
   */
  circularReporting: CircularReporting;
  /**
   * The story's ClaimReview feed: Claim.claimReview of each of its claims that has a verdict, by
   * position (at most `first` claims), as one JSON-LD array; `[]` when none has one. A claim a later
   * version dropped keeps its verdicts and stays in the feed.
   */
  claimReviewFeed: Scalars['String']['output'];
  /** Claims in document order. */
  claims: Array<Claim>;
  /**
   * The story's claims whose credibility (Claim.credibility, with the same `evidence` and `discounting`)
   * is one of `grades` and whose independent origins are at most `maxOrigins`, in document order, each
   * with its reasons: for a dashboard's "claims graded IMPROBABLE or CANNOT_BE_JUDGED", or a
   * fact-checker's "claims with fewer than two independent origins" (`maxOrigins: 1`). Every claim of
   * the version is graded (at most Story.claims' bound, 1000; a larger story is RESULT_TOO_LARGE), in
   * the same few statements whatever its size.
   */
  claimsByCredibility: Array<Credibility>;
  /**
   * What is legal but suspicious in a version (the newest without `version`): timeline entries out of
   * chronological order, sources cited nowhere, statements and tension sides without citations, prose
   * that dates an event otherwise than the timeline.
   */
  consistency: ConsistencyReport;
  /** What changed from one version to another: items added, removed, and changed field by field. */
  diff: StoryDiff;
  /** The story as plain nodes and edges, for drawing it. */
  graph: StoryGraph;
  id: Scalars['ID']['output'];
  /** The number of items the story's header counts. */
  itemCount: Scalars['Int']['output'];
  /** The story's own voice (kind NARRATOR): the speaker of every claim the text attributes to no one. */
  narrator: Actor;
  perspectives: Array<Perspective>;
  questions: Array<Question>;
  /**
   * A what-if: what changes in this story if sources are taken away (retracted, discredited), named
   * or as everything some actors made. Followed through derivations: a source that rests only on
   * discounted ones falls too. Lists only what changes, each claim with its corroboration before and after
   * (both with the sources editors marked retracted taken away, as the graph stands: see `retractions`).
   */
  retractionImpact: RetractionImpact;
  /**
   * The knock-on of the retractions editors recorded (Mutation.markSourceRetracted), as fact: what
   * retractionImpact answers with the story's sources marked retracted as the discount, each claim's
   * `before` counting them as if they stood and its `after` as the graph stands.
   */
  retractions: RetractionImpact;
  /** Numbered sources by their number, then the underlying items they relay. */
  sources: Array<Source>;
  /** Counts of what the story holds, for dashboards. */
  stats: StoryStats;
  tensions: Array<Tension>;
  /** Timeline events in the document's order, which need not be chronological. */
  timeline: Array<Event>;
  title: Scalars['String']['output'];
  updatedAt: Scalars['DateTime']['output'];
  /** The newest version ingested. */
  version: Scalars['Int']['output'];
  /** Every version ingested, oldest first. */
  versions: Array<StoryVersion>;
  /** The story's `What` section. */
  what: Scalars['String']['output'];
  /** The story's `Why it matters` section. */
  whyItMatters: Scalars['String']['output'];
};


/**
 * A tracked news story. Its fields show the newest version unless a `version` is given, or an `asOf`
 * instant (record time): the newest version recorded at or before it; not both. A story with no
 * version recorded by `asOf` is NOT_FOUND.
 */
export type StoryActorContradictionsArgs = {
  asOf?: InputMaybe<Scalars['DateTime']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  relation?: InputMaybe<ClaimRelation>;
  version?: InputMaybe<Scalars['Int']['input']>;
};


/**
 * A tracked news story. Its fields show the newest version unless a `version` is given, or an `asOf`
 * instant (record time): the newest version recorded at or before it; not both. A story with no
 * version recorded by `asOf` is NOT_FOUND.
 */
export type StoryActorsArgs = {
  asOf?: InputMaybe<Scalars['DateTime']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  version?: InputMaybe<Scalars['Int']['input']>;
};


/**
 * A tracked news story. Its fields show the newest version unless a `version` is given, or an `asOf`
 * instant (record time): the newest version recorded at or before it; not both. A story with no
 * version recorded by `asOf` is NOT_FOUND.
 */
export type StoryAggregatesArgs = {
  asOf?: InputMaybe<Scalars['DateTime']['input']>;
  by: AggregateBy;
  version?: InputMaybe<Scalars['Int']['input']>;
};


/**
 * A tracked news story. Its fields show the newest version unless a `version` is given, or an `asOf`
 * instant (record time): the newest version recorded at or before it; not both. A story with no
 * version recorded by `asOf` is NOT_FOUND.
 */
export type StoryCircularReportingArgs = {
  asOf?: InputMaybe<Scalars['DateTime']['input']>;
  evidence?: InputMaybe<CorroborationEvidence>;
  version?: InputMaybe<Scalars['Int']['input']>;
};


/**
 * A tracked news story. Its fields show the newest version unless a `version` is given, or an `asOf`
 * instant (record time): the newest version recorded at or before it; not both. A story with no
 * version recorded by `asOf` is NOT_FOUND.
 */
export type StoryClaimReviewFeedArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/**
 * A tracked news story. Its fields show the newest version unless a `version` is given, or an `asOf`
 * instant (record time): the newest version recorded at or before it; not both. A story with no
 * version recorded by `asOf` is NOT_FOUND.
 */
export type StoryClaimsArgs = {
  asOf?: InputMaybe<Scalars['DateTime']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  version?: InputMaybe<Scalars['Int']['input']>;
};


/**
 * A tracked news story. Its fields show the newest version unless a `version` is given, or an `asOf`
 * instant (record time): the newest version recorded at or before it; not both. A story with no
 * version recorded by `asOf` is NOT_FOUND.
 */
export type StoryClaimsByCredibilityArgs = {
  asOf?: InputMaybe<Scalars['DateTime']['input']>;
  discounting?: InputMaybe<Array<Scalars['ID']['input']>>;
  evidence?: InputMaybe<CorroborationEvidence>;
  first?: InputMaybe<Scalars['Int']['input']>;
  grades?: InputMaybe<Array<CredibilityGrade>>;
  maxOrigins?: InputMaybe<Scalars['Int']['input']>;
  version?: InputMaybe<Scalars['Int']['input']>;
};


/**
 * A tracked news story. Its fields show the newest version unless a `version` is given, or an `asOf`
 * instant (record time): the newest version recorded at or before it; not both. A story with no
 * version recorded by `asOf` is NOT_FOUND.
 */
export type StoryConsistencyArgs = {
  asOf?: InputMaybe<Scalars['DateTime']['input']>;
  version?: InputMaybe<Scalars['Int']['input']>;
};


/**
 * A tracked news story. Its fields show the newest version unless a `version` is given, or an `asOf`
 * instant (record time): the newest version recorded at or before it; not both. A story with no
 * version recorded by `asOf` is NOT_FOUND.
 */
export type StoryDiffArgs = {
  from: Scalars['Int']['input'];
  to: Scalars['Int']['input'];
};


/**
 * A tracked news story. Its fields show the newest version unless a `version` is given, or an `asOf`
 * instant (record time): the newest version recorded at or before it; not both. A story with no
 * version recorded by `asOf` is NOT_FOUND.
 */
export type StoryGraphArgs = {
  asOf?: InputMaybe<Scalars['DateTime']['input']>;
  version?: InputMaybe<Scalars['Int']['input']>;
};


/**
 * A tracked news story. Its fields show the newest version unless a `version` is given, or an `asOf`
 * instant (record time): the newest version recorded at or before it; not both. A story with no
 * version recorded by `asOf` is NOT_FOUND.
 */
export type StoryPerspectivesArgs = {
  asOf?: InputMaybe<Scalars['DateTime']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  version?: InputMaybe<Scalars['Int']['input']>;
};


/**
 * A tracked news story. Its fields show the newest version unless a `version` is given, or an `asOf`
 * instant (record time): the newest version recorded at or before it; not both. A story with no
 * version recorded by `asOf` is NOT_FOUND.
 */
export type StoryQuestionsArgs = {
  asOf?: InputMaybe<Scalars['DateTime']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  version?: InputMaybe<Scalars['Int']['input']>;
};


/**
 * A tracked news story. Its fields show the newest version unless a `version` is given, or an `asOf`
 * instant (record time): the newest version recorded at or before it; not both. A story with no
 * version recorded by `asOf` is NOT_FOUND.
 */
export type StoryRetractionImpactArgs = {
  asOf?: InputMaybe<Scalars['DateTime']['input']>;
  discount: Discount;
  evidence?: InputMaybe<CorroborationEvidence>;
  version?: InputMaybe<Scalars['Int']['input']>;
};


/**
 * A tracked news story. Its fields show the newest version unless a `version` is given, or an `asOf`
 * instant (record time): the newest version recorded at or before it; not both. A story with no
 * version recorded by `asOf` is NOT_FOUND.
 */
export type StoryRetractionsArgs = {
  asOf?: InputMaybe<Scalars['DateTime']['input']>;
  evidence?: InputMaybe<CorroborationEvidence>;
  version?: InputMaybe<Scalars['Int']['input']>;
};


/**
 * A tracked news story. Its fields show the newest version unless a `version` is given, or an `asOf`
 * instant (record time): the newest version recorded at or before it; not both. A story with no
 * version recorded by `asOf` is NOT_FOUND.
 */
export type StorySourcesArgs = {
  asOf?: InputMaybe<Scalars['DateTime']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  version?: InputMaybe<Scalars['Int']['input']>;
};


/**
 * A tracked news story. Its fields show the newest version unless a `version` is given, or an `asOf`
 * instant (record time): the newest version recorded at or before it; not both. A story with no
 * version recorded by `asOf` is NOT_FOUND.
 */
export type StoryStatsArgs = {
  asOf?: InputMaybe<Scalars['DateTime']['input']>;
  version?: InputMaybe<Scalars['Int']['input']>;
};


/**
 * A tracked news story. Its fields show the newest version unless a `version` is given, or an `asOf`
 * instant (record time): the newest version recorded at or before it; not both. A story with no
 * version recorded by `asOf` is NOT_FOUND.
 */
export type StoryTensionsArgs = {
  asOf?: InputMaybe<Scalars['DateTime']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  version?: InputMaybe<Scalars['Int']['input']>;
};


/**
 * A tracked news story. Its fields show the newest version unless a `version` is given, or an `asOf`
 * instant (record time): the newest version recorded at or before it; not both. A story with no
 * version recorded by `asOf` is NOT_FOUND.
 */
export type StoryTimelineArgs = {
  asOf?: InputMaybe<Scalars['DateTime']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  version?: InputMaybe<Scalars['Int']['input']>;
};


/**
 * A tracked news story. Its fields show the newest version unless a `version` is given, or an `asOf`
 * instant (record time): the newest version recorded at or before it; not both. A story with no
 * version recorded by `asOf` is NOT_FOUND.
 */
export type StoryVersionsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};

export type StoryConnection = {
  __typename?: 'StoryConnection';
  edges: Array<StoryEdge>;
  nodes: Array<Story>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type StoryDiff = {
  __typename?: 'StoryDiff';
  added: Array<DiffItem>;
  changed: Array<DiffChange>;
  from: Scalars['Int']['output'];
  removed: Array<DiffItem>;
  to: Scalars['Int']['output'];
};

export type StoryEdge = {
  __typename?: 'StoryEdge';
  cursor: Scalars['String']['output'];
  node: Story;
};

export type StoryGraph = {
  __typename?: 'StoryGraph';
  edges: Array<GraphEdge>;
  nodes: Array<GraphNode>;
};

export type StoryOrder = {
  direction?: SortDirection;
  field?: StoryOrderField;
};

export type StoryOrderField =
  | 'TITLE'
  | 'UPDATED_AT';

export type StoryStats = {
  __typename?: 'StoryStats';
  actors: Scalars['Int']['output'];
  assertions: Scalars['Int']['output'];
  /** Citations of the story's claims (their evidence), events, questions and tensions; not each mention's again. */
  citations: Scalars['Int']['output'];
  claims: Scalars['Int']['output'];
  /** As `supports`, for CONTRADICTS (one per tension a pair of claims stands in). */
  contradictions: Scalars['Int']['output'];
  events: Scalars['Int']['output'];
  /** Places the story states its claims: `claims` counts each claim once however often it is stated, this each place. */
  mentions: Scalars['Int']['output'];
  perspectives: Scalars['Int']['output'];
  questions: Scalars['Int']['output'];
  sources: Scalars['Int']['output'];
  /** Links between claims, from or to the story's; without a version as curated: a curator's added links count, the story's own that a curator disputed do not. */
  supports: Scalars['Int']['output'];
  tensions: Scalars['Int']['output'];
};

export type StoryVersion = {
  __typename?: 'StoryVersion';
  itemCount: Scalars['Int']['output'];
  number: Scalars['Int']['output'];
  /** When the graph first recorded this version (record time, what `asOf` reads by; writing the version again keeps it). */
  recordedAt?: Maybe<Scalars['DateTime']['output']>;
  /** When the story says it was updated (its header): valid time of the document. */
  updatedAt: Scalars['DateTime']['output'];
};

/** Two sides of a story at odds, backed by CONTRADICTS edges from each side-A claim to each side-B claim. */
export type Tension = Node & {
  __typename?: 'Tension';
  /** The CONTRADICTS edges behind the tension; without a version, not those a curator disputed (removeClaimLink). */
  contradictions: Array<Contradiction>;
  id: Scalars['ID']['output'];
  position: Scalars['Int']['output'];
  sideA: TensionSide;
  sideB: TensionSide;
  /** The numbers `n` of the `[n]` citations that close the tension's line, in the order written. */
  sourceRefs: Array<Scalars['Int']['output']>;
  /** Every source the tension's line cites, in the order written. */
  sources: Array<Source>;
  story: Story;
  text: Scalars['String']['output'];
};


/** Two sides of a story at odds, backed by CONTRADICTS edges from each side-A claim to each side-B claim. */
export type TensionContradictionsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** Two sides of a story at odds, backed by CONTRADICTS edges from each side-A claim to each side-B claim. */
export type TensionSourcesArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};

export type TensionConnection = {
  __typename?: 'TensionConnection';
  edges: Array<TensionEdge>;
  nodes: Array<Tension>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type TensionEdge = {
  __typename?: 'TensionEdge';
  cursor: Scalars['String']['output'];
  node: Tension;
};

export type TensionFilter = {
  asOf?: InputMaybe<Scalars['DateTime']['input']>;
  /** Tensions this claim is a side of. */
  claimId?: InputMaybe<Scalars['ID']['input']>;
  storyId?: InputMaybe<Scalars['ID']['input']>;
  version?: InputMaybe<Scalars['Int']['input']>;
};

/** A tension one of whose sides a what-if leaves without evidence. */
export type TensionImpact = {
  __typename?: 'TensionImpact';
  tension: Tension;
  /** The sides left without evidence (A, B). */
  unsupportedSides: Array<Scalars['String']['output']>;
};

export type TensionSide = {
  __typename?: 'TensionSide';
  claims: Array<Claim>;
  /** The side as the story words it. */
  label: Scalars['String']['output'];
  name: TensionSideName;
  /** Sources cited on this side itself. */
  sources: Array<Source>;
};


export type TensionSideClaimsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type TensionSideSourcesArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};

export type TensionSideName =
  | 'A'
  | 'B';

/** One organization's published verdict on a claim; it belongs to the claim, whatever version of the story is read. */
export type Verdict = {
  __typename?: 'Verdict';
  claim: Claim;
  date: Scalars['Date']['output'];
  evidence: Array<Source>;
  id: Scalars['ID']['output'];
  rating: Rating;
  rationale: Scalars['String']['output'];
  /** When it was recorded (record time) and by which API key (its id). */
  recordedAt: Scalars['DateTime']['output'];
  recordedBy: Scalars['String']['output'];
  reviewer: Scalars['String']['output'];
  /** The published fact-check's address, where the editor gave one. */
  url?: Maybe<Scalars['String']['output']>;
};

/** A claim weighed for or against another: its corroboration under the same evidence and discounting. */
export type WeighedClaim = {
  __typename?: 'WeighedClaim';
  claim: Claim;
  corroboration: Corroboration;
  originCount: Scalars['Int']['output'];
};



export type ResolverTypeWrapper<T> = Promise<T> | T;


export type ResolverWithResolve<TResult, TParent, TContext, TArgs> = {
  resolve: ResolverFn<TResult, TParent, TContext, TArgs>;
};
export type Resolver<TResult, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = ResolverFn<TResult, TParent, TContext, TArgs> | ResolverWithResolve<TResult, TParent, TContext, TArgs>;

export type ResolverFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => Promise<TResult> | TResult;

export type SubscriptionSubscribeFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => AsyncIterable<TResult> | Promise<AsyncIterable<TResult>>;

export type SubscriptionResolveFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;

export interface SubscriptionSubscriberObject<TResult, TKey extends string, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<{ [key in TKey]: TResult }, TParent, TContext, TArgs>;
  resolve?: SubscriptionResolveFn<TResult, { [key in TKey]: TResult }, TContext, TArgs>;
}

export interface SubscriptionResolverObject<TResult, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<any, TParent, TContext, TArgs>;
  resolve: SubscriptionResolveFn<TResult, any, TContext, TArgs>;
}

export type SubscriptionObject<TResult, TKey extends string, TParent, TContext, TArgs> =
  | SubscriptionSubscriberObject<TResult, TKey, TParent, TContext, TArgs>
  | SubscriptionResolverObject<TResult, TParent, TContext, TArgs>;

export type SubscriptionResolver<TResult, TKey extends string, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> =
  | ((...args: any[]) => SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>)
  | SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>;

export type TypeResolveFn<TTypes, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (
  parent: TParent,
  context: TContext,
  info: GraphQLResolveInfo
) => Maybe<TTypes> | Promise<Maybe<TTypes>>;

export type IsTypeOfResolverFn<T = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (obj: T, context: TContext, info: GraphQLResolveInfo) => boolean | Promise<boolean>;

export type NextResolverFn<T> = () => Promise<T>;

export type DirectiveResolverFn<TResult = Record<PropertyKey, never>, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = (
  next: NextResolverFn<TResult>,
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;



/** Mapping of union types */
export type ResolversUnionTypes<_RefType extends Record<string, unknown>> = {
  QuestionSubject:
    | ( ActorRow )
    | ( ClaimRow )
    | ( EventRow )
  ;
  SearchResult:
    | ( ActorRow )
    | ( ClaimRow )
    | ( EventRow )
    | ( SourceRow )
  ;
};

/** Mapping of interface types */
export type ResolversInterfaceTypes<_RefType extends Record<string, unknown>> = {
  Node:
    | ( ActorRow )
    | ( ClaimRow )
    | ( ClaimIdentityRow )
    | ( EventRow )
    | ( MentionRow )
    | ( PerspectiveRow )
    | ( QuestionRow )
    | ( SourceRow )
    | ( SourceIdentityRow )
    | ( StoryRow )
    | ( TensionRow )
  ;
};

/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = {
  Actor: ResolverTypeWrapper<ActorRow>;
  ActorConnection: ResolverTypeWrapper<ConnectionRow<ActorRow>>;
  ActorEdge: ResolverTypeWrapper<Omit<ActorEdge, 'node'> & { node: ResolversTypes['Actor'] }>;
  ActorFilter: ActorFilter;
  ActorKind: null;
  ActorOrder: ActorOrder;
  ActorOrderField: ActorOrderField;
  ActorPair: ResolverTypeWrapper<ActorPairRow>;
  AddDerivationInput: AddDerivationInput;
  Aggregate: ResolverTypeWrapper<AggregateRow>;
  AggregateBy: AggregateBy;
  AggregateGroup: ResolverTypeWrapper<AggregateGroupRow>;
  ApiKey: ResolverTypeWrapper<ApiKeyRecord>;
  ApiKeyPayload: ResolverTypeWrapper<Omit<ApiKeyPayload, 'apiKey' | 'change'> & { apiKey: ResolversTypes['ApiKey'], change?: Maybe<ResolversTypes['Change']> }>;
  Assertion: ResolverTypeWrapper<AssertionRow>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  Change: ResolverTypeWrapper<ChangeRow>;
  ChangeConnection: ResolverTypeWrapper<ChangeConnectionRow>;
  ChangeEdge: ResolverTypeWrapper<Omit<ChangeEdge, 'node'> & { node: ResolversTypes['Change'] }>;
  Channel: null;
  CircularReporting: ResolverTypeWrapper<CircularReportingRow>;
  CitationInput: CitationInput;
  CitationScope: null;
  CitedItemImpact: ResolverTypeWrapper<CitedItemImpactRow>;
  Claim: ResolverTypeWrapper<ClaimRow>;
  ClaimConnection: ResolverTypeWrapper<ConnectionRow<ClaimRow>>;
  ClaimCorrection: ResolverTypeWrapper<CorrectionRow>;
  ClaimCorrectionPayload: ResolverTypeWrapper<ClaimCorrectionPayloadRow>;
  ClaimEdge: ResolverTypeWrapper<Omit<ClaimEdge, 'node'> & { node: ResolversTypes['Claim'] }>;
  ClaimField: null;
  ClaimFilter: ClaimFilter;
  ClaimIdentity: ResolverTypeWrapper<ClaimIdentityRow>;
  ClaimImpact: ResolverTypeWrapper<ClaimImpactRow>;
  ClaimKind: null;
  ClaimLinkInput: ClaimLinkInput;
  ClaimLinkPayload: ResolverTypeWrapper<ClaimLinkPayloadRow>;
  ClaimOrder: ClaimOrder;
  ClaimOrderField: ClaimOrderField;
  ClaimPair: ResolverTypeWrapper<ClaimPairRow>;
  ClaimRelation: ClaimRelation;
  ClaimSplit: ResolverTypeWrapper<ClaimSplitRow>;
  ConflictResolution: ConflictResolution;
  ConsistencyFinding: ResolverTypeWrapper<ConsistencyFindingRow>;
  ConsistencyFindingKind: null;
  ConsistencyReport: ResolverTypeWrapper<ConsistencyReportRow>;
  Contradiction: ResolverTypeWrapper<ContradictionRow>;
  CorrectClaimInput: CorrectClaimInput;
  Corroboration: ResolverTypeWrapper<CorroborationRow>;
  CorroborationEvidence: CorroborationEvidence;
  CreateApiKeyInput: CreateApiKeyInput;
  CreateApiKeyPayload: ResolverTypeWrapper<Omit<CreateApiKeyPayload, 'apiKey' | 'change'> & { apiKey: ResolversTypes['ApiKey'], change: ResolversTypes['Change'] }>;
  Credibility: ResolverTypeWrapper<CredibilityRow>;
  CredibilityGrade: null;
  CredibilityRule: CredibilityRule;
  CuratedClaimLink: ResolverTypeWrapper<CuratedRelationRow>;
  CuratedLinkStatus: CuratedLinkStatus;
  CuratedSourceLink: ResolverTypeWrapper<CuratedRelationRow>;
  CurationConflict: ResolverTypeWrapper<CurationConflictRow>;
  Date: ResolverTypeWrapper<Scalars['Date']['output']>;
  DatePrecision: null;
  DateTime: ResolverTypeWrapper<Scalars['DateTime']['output']>;
  DeclareSameSourceInput: DeclareSameSourceInput;
  Derivation: ResolverTypeWrapper<DerivationRow>;
  DerivationCycle: ResolverTypeWrapper<DerivationCycleRow>;
  DerivationKind: null;
  DiffChange: ResolverTypeWrapper<DiffChangeRow>;
  DiffItem: ResolverTypeWrapper<DiffItemRow>;
  DiffKind: null;
  Disclosure: ResolverTypeWrapper<DisclosureRow>;
  Discount: Discount;
  Event: ResolverTypeWrapper<EventRow>;
  EventConnection: ResolverTypeWrapper<ConnectionRow<EventRow>>;
  EventEdge: ResolverTypeWrapper<Omit<EventEdge, 'node'> & { node: ResolversTypes['Event'] }>;
  EventFilter: EventFilter;
  EventOrder: EventOrder;
  EventOrderField: EventOrderField;
  FalseCorroboration: ResolverTypeWrapper<FalseCorroborationRow>;
  FieldChange: ResolverTypeWrapper<FieldChangeRow>;
  Float: ResolverTypeWrapper<Scalars['Float']['output']>;
  GraphEdge: ResolverTypeWrapper<GraphEdgeRow>;
  GraphNode: ResolverTypeWrapper<GraphNodeRow>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  IndependentOrigin: ResolverTypeWrapper<IndependentOriginRow>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  MarkSourceRetractedInput: MarkSourceRetractedInput;
  Mention: ResolverTypeWrapper<MentionRow>;
  MergeClaimsInput: MergeClaimsInput;
  MergeClaimsPayload: ResolverTypeWrapper<MergeClaimsPayloadRow>;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Node: ResolverTypeWrapper<ResolversInterfaceTypes<ResolversTypes>['Node']>;
  OriginEnd: OriginEnd;
  OriginPath: ResolverTypeWrapper<OriginPathRow>;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  Perspective: ResolverTypeWrapper<PerspectiveRow>;
  PerspectiveConnection: ResolverTypeWrapper<ConnectionRow<PerspectiveRow>>;
  PerspectiveEdge: ResolverTypeWrapper<Omit<PerspectiveEdge, 'node'> & { node: ResolversTypes['Perspective'] }>;
  PerspectiveFilter: PerspectiveFilter;
  Provenance: ResolverTypeWrapper<ProvenanceRow>;
  ProvenanceSource: ResolverTypeWrapper<ProvenanceSourceRow>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Question: ResolverTypeWrapper<QuestionRow>;
  QuestionConnection: ResolverTypeWrapper<ConnectionRow<QuestionRow>>;
  QuestionEdge: ResolverTypeWrapper<Omit<QuestionEdge, 'node'> & { node: ResolversTypes['Question'] }>;
  QuestionFilter: QuestionFilter;
  QuestionSubject: ResolverTypeWrapper<ResolversUnionTypes<ResolversTypes>['QuestionSubject']>;
  Rating: ResolverTypeWrapper<Rating>;
  RatingInput: RatingInput;
  RecordVerdictInput: RecordVerdictInput;
  RecordVerdictPayload: ResolverTypeWrapper<RecordVerdictPayloadRow>;
  RefusedWrite: ResolverTypeWrapper<RefusedWriteRecord>;
  ReliabilityGrade: ReliabilityGrade;
  ResolveCurationConflictInput: ResolveCurationConflictInput;
  RetractionImpact: ResolverTypeWrapper<RetractionImpactRow>;
  RevertChangeInput: RevertChangeInput;
  RevertChangePayload: ResolverTypeWrapper<Omit<RevertChangePayload, 'change' | 'reverted'> & { change: ResolversTypes['Change'], reverted: ResolversTypes['Change'] }>;
  RevokeApiKeyInput: RevokeApiKeyInput;
  Role: Role;
  SearchHit: ResolverTypeWrapper<SearchHitRow>;
  SearchKind: SearchKind;
  SearchResult: ResolverTypeWrapper<ResolversUnionTypes<ResolversTypes>['SearchResult']>;
  Section: null;
  SetApiKeyRoleInput: SetApiKeyRoleInput;
  SetSourceReliabilityInput: SetSourceReliabilityInput;
  SharedOrigin: ResolverTypeWrapper<SharedOriginRow>;
  SortDirection: SortDirection;
  Source: ResolverTypeWrapper<SourceRow>;
  SourceConnection: ResolverTypeWrapper<ConnectionRow<SourceRow>>;
  SourceCurationPayload: ResolverTypeWrapper<SourceCurationPayloadRow>;
  SourceEdge: ResolverTypeWrapper<Omit<SourceEdge, 'node'> & { node: ResolversTypes['Source'] }>;
  SourceFilter: SourceFilter;
  SourceIdentity: ResolverTypeWrapper<SourceIdentityRow>;
  SourceKind: null;
  SourceLinkPayload: ResolverTypeWrapper<SourceLinkPayloadRow>;
  SourceOrder: SourceOrder;
  SourceOrderField: SourceOrderField;
  SourceRelation: SourceRelation;
  SourceReliability: ResolverTypeWrapper<SourceReliability>;
  SourceRetraction: ResolverTypeWrapper<SourceRetraction>;
  SplitClaimInput: SplitClaimInput;
  SplitClaimPayload: ResolverTypeWrapper<SplitClaimPayloadRow>;
  Story: ResolverTypeWrapper<StoryRow>;
  StoryConnection: ResolverTypeWrapper<ConnectionRow<StoryRow>>;
  StoryDiff: ResolverTypeWrapper<StoryDiffRow>;
  StoryEdge: ResolverTypeWrapper<Omit<StoryEdge, 'node'> & { node: ResolversTypes['Story'] }>;
  StoryGraph: ResolverTypeWrapper<StoryGraphRow>;
  StoryOrder: StoryOrder;
  StoryOrderField: StoryOrderField;
  StoryStats: ResolverTypeWrapper<StoryStatsRow>;
  StoryVersion: ResolverTypeWrapper<StoryVersionRow>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  Tension: ResolverTypeWrapper<TensionRow>;
  TensionConnection: ResolverTypeWrapper<ConnectionRow<TensionRow>>;
  TensionEdge: ResolverTypeWrapper<Omit<TensionEdge, 'node'> & { node: ResolversTypes['Tension'] }>;
  TensionFilter: TensionFilter;
  TensionImpact: ResolverTypeWrapper<TensionImpactRow>;
  TensionSide: ResolverTypeWrapper<TensionSideRow>;
  TensionSideName: TensionSideName;
  Verdict: ResolverTypeWrapper<VerdictRow>;
  WeighedClaim: ResolverTypeWrapper<WeighedClaimRow>;
};

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = {
  Actor: ActorRow;
  ActorConnection: ConnectionRow<ActorRow>;
  ActorEdge: Omit<ActorEdge, 'node'> & { node: ResolversParentTypes['Actor'] };
  ActorFilter: ActorFilter;
  ActorOrder: ActorOrder;
  ActorPair: ActorPairRow;
  AddDerivationInput: AddDerivationInput;
  Aggregate: AggregateRow;
  AggregateGroup: AggregateGroupRow;
  ApiKey: ApiKeyRecord;
  ApiKeyPayload: Omit<ApiKeyPayload, 'apiKey' | 'change'> & { apiKey: ResolversParentTypes['ApiKey'], change?: Maybe<ResolversParentTypes['Change']> };
  Assertion: AssertionRow;
  Boolean: Scalars['Boolean']['output'];
  Change: ChangeRow;
  ChangeConnection: ChangeConnectionRow;
  ChangeEdge: Omit<ChangeEdge, 'node'> & { node: ResolversParentTypes['Change'] };
  CircularReporting: CircularReportingRow;
  CitationInput: CitationInput;
  CitedItemImpact: CitedItemImpactRow;
  Claim: ClaimRow;
  ClaimConnection: ConnectionRow<ClaimRow>;
  ClaimCorrection: CorrectionRow;
  ClaimCorrectionPayload: ClaimCorrectionPayloadRow;
  ClaimEdge: Omit<ClaimEdge, 'node'> & { node: ResolversParentTypes['Claim'] };
  ClaimFilter: ClaimFilter;
  ClaimIdentity: ClaimIdentityRow;
  ClaimImpact: ClaimImpactRow;
  ClaimLinkInput: ClaimLinkInput;
  ClaimLinkPayload: ClaimLinkPayloadRow;
  ClaimOrder: ClaimOrder;
  ClaimPair: ClaimPairRow;
  ClaimSplit: ClaimSplitRow;
  ConsistencyFinding: ConsistencyFindingRow;
  ConsistencyReport: ConsistencyReportRow;
  Contradiction: ContradictionRow;
  CorrectClaimInput: CorrectClaimInput;
  Corroboration: CorroborationRow;
  CreateApiKeyInput: CreateApiKeyInput;
  CreateApiKeyPayload: Omit<CreateApiKeyPayload, 'apiKey' | 'change'> & { apiKey: ResolversParentTypes['ApiKey'], change: ResolversParentTypes['Change'] };
  Credibility: CredibilityRow;
  CuratedClaimLink: CuratedRelationRow;
  CuratedSourceLink: CuratedRelationRow;
  CurationConflict: CurationConflictRow;
  Date: Scalars['Date']['output'];
  DateTime: Scalars['DateTime']['output'];
  DeclareSameSourceInput: DeclareSameSourceInput;
  Derivation: DerivationRow;
  DerivationCycle: DerivationCycleRow;
  DiffChange: DiffChangeRow;
  DiffItem: DiffItemRow;
  Disclosure: DisclosureRow;
  Discount: Discount;
  Event: EventRow;
  EventConnection: ConnectionRow<EventRow>;
  EventEdge: Omit<EventEdge, 'node'> & { node: ResolversParentTypes['Event'] };
  EventFilter: EventFilter;
  EventOrder: EventOrder;
  FalseCorroboration: FalseCorroborationRow;
  FieldChange: FieldChangeRow;
  Float: Scalars['Float']['output'];
  GraphEdge: GraphEdgeRow;
  GraphNode: GraphNodeRow;
  ID: Scalars['ID']['output'];
  IndependentOrigin: IndependentOriginRow;
  Int: Scalars['Int']['output'];
  MarkSourceRetractedInput: MarkSourceRetractedInput;
  Mention: MentionRow;
  MergeClaimsInput: MergeClaimsInput;
  MergeClaimsPayload: MergeClaimsPayloadRow;
  Mutation: Record<PropertyKey, never>;
  Node: ResolversInterfaceTypes<ResolversParentTypes>['Node'];
  OriginPath: OriginPathRow;
  PageInfo: PageInfo;
  Perspective: PerspectiveRow;
  PerspectiveConnection: ConnectionRow<PerspectiveRow>;
  PerspectiveEdge: Omit<PerspectiveEdge, 'node'> & { node: ResolversParentTypes['Perspective'] };
  PerspectiveFilter: PerspectiveFilter;
  Provenance: ProvenanceRow;
  ProvenanceSource: ProvenanceSourceRow;
  Query: Record<PropertyKey, never>;
  Question: QuestionRow;
  QuestionConnection: ConnectionRow<QuestionRow>;
  QuestionEdge: Omit<QuestionEdge, 'node'> & { node: ResolversParentTypes['Question'] };
  QuestionFilter: QuestionFilter;
  QuestionSubject: ResolversUnionTypes<ResolversParentTypes>['QuestionSubject'];
  Rating: Rating;
  RatingInput: RatingInput;
  RecordVerdictInput: RecordVerdictInput;
  RecordVerdictPayload: RecordVerdictPayloadRow;
  RefusedWrite: RefusedWriteRecord;
  ResolveCurationConflictInput: ResolveCurationConflictInput;
  RetractionImpact: RetractionImpactRow;
  RevertChangeInput: RevertChangeInput;
  RevertChangePayload: Omit<RevertChangePayload, 'change' | 'reverted'> & { change: ResolversParentTypes['Change'], reverted: ResolversParentTypes['Change'] };
  RevokeApiKeyInput: RevokeApiKeyInput;
  SearchHit: SearchHitRow;
  SearchResult: ResolversUnionTypes<ResolversParentTypes>['SearchResult'];
  SetApiKeyRoleInput: SetApiKeyRoleInput;
  SetSourceReliabilityInput: SetSourceReliabilityInput;
  SharedOrigin: SharedOriginRow;
  Source: SourceRow;
  SourceConnection: ConnectionRow<SourceRow>;
  SourceCurationPayload: SourceCurationPayloadRow;
  SourceEdge: Omit<SourceEdge, 'node'> & { node: ResolversParentTypes['Source'] };
  SourceFilter: SourceFilter;
  SourceIdentity: SourceIdentityRow;
  SourceLinkPayload: SourceLinkPayloadRow;
  SourceOrder: SourceOrder;
  SourceReliability: SourceReliability;
  SourceRetraction: SourceRetraction;
  SplitClaimInput: SplitClaimInput;
  SplitClaimPayload: SplitClaimPayloadRow;
  Story: StoryRow;
  StoryConnection: ConnectionRow<StoryRow>;
  StoryDiff: StoryDiffRow;
  StoryEdge: Omit<StoryEdge, 'node'> & { node: ResolversParentTypes['Story'] };
  StoryGraph: StoryGraphRow;
  StoryOrder: StoryOrder;
  StoryStats: StoryStatsRow;
  StoryVersion: StoryVersionRow;
  String: Scalars['String']['output'];
  Tension: TensionRow;
  TensionConnection: ConnectionRow<TensionRow>;
  TensionEdge: Omit<TensionEdge, 'node'> & { node: ResolversParentTypes['Tension'] };
  TensionFilter: TensionFilter;
  TensionImpact: TensionImpactRow;
  TensionSide: TensionSideRow;
  Verdict: VerdictRow;
  WeighedClaim: WeighedClaimRow;
};

export type CostDirectiveArgs = {
  weight: Scalars['String']['input'];
};

export type CostDirectiveResolver<Result, Parent, ContextType = RequestContext, Args = CostDirectiveArgs> = DirectiveResolverFn<Result, Parent, ContextType, Args>;

export type ListBoundDirectiveArgs = {
  max: Scalars['Int']['input'];
};

export type ListBoundDirectiveResolver<Result, Parent, ContextType = RequestContext, Args = ListBoundDirectiveArgs> = DirectiveResolverFn<Result, Parent, ContextType, Args>;

export type ListSizeDirectiveArgs = {
  assumedSize?: Maybe<Scalars['Int']['input']>;
  requireOneSlicingArgument?: Maybe<Scalars['Boolean']['input']>;
  sizedFields?: Maybe<Array<Scalars['String']['input']>>;
  slicingArguments?: Maybe<Array<Scalars['String']['input']>>;
};

export type ListSizeDirectiveResolver<Result, Parent, ContextType = RequestContext, Args = ListSizeDirectiveArgs> = DirectiveResolverFn<Result, Parent, ContextType, Args>;

export type RequiresRoleDirectiveArgs = {
  role: Role;
};

export type RequiresRoleDirectiveResolver<Result, Parent, ContextType = RequestContext, Args = RequiresRoleDirectiveArgs> = DirectiveResolverFn<Result, Parent, ContextType, Args>;

export type ActorResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Actor'] = ResolversParentTypes['Actor']> = {
  aliases?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  assertions?: Resolver<Array<ResolversTypes['Assertion']>, ParentType, ContextType, Partial<ActorAssertionsArgs>>;
  authored?: Resolver<Array<ResolversTypes['Source']>, ParentType, ContextType, Partial<ActorAuthoredArgs>>;
  claims?: Resolver<Array<ResolversTypes['Claim']>, ParentType, ContextType, Partial<ActorClaimsArgs>>;
  events?: Resolver<Array<ResolversTypes['Event']>, ParentType, ContextType, Partial<ActorEventsArgs>>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['ActorKind'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  perspectives?: Resolver<Array<ResolversTypes['Perspective']>, ParentType, ContextType, Partial<ActorPerspectivesArgs>>;
  published?: Resolver<Array<ResolversTypes['Source']>, ParentType, ContextType, Partial<ActorPublishedArgs>>;
  questions?: Resolver<Array<ResolversTypes['Question']>, ParentType, ContextType, Partial<ActorQuestionsArgs>>;
  stories?: Resolver<Array<ResolversTypes['Story']>, ParentType, ContextType, Partial<ActorStoriesArgs>>;
  timeline?: Resolver<Array<ResolversTypes['Assertion']>, ParentType, ContextType, Partial<ActorTimelineArgs>>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type ActorConnectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['ActorConnection'] = ResolversParentTypes['ActorConnection']> = {
  edges?: Resolver<Array<ResolversTypes['ActorEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['Actor']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ActorEdgeResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['ActorEdge'] = ResolversParentTypes['ActorEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Actor'], ParentType, ContextType>;
};

export type ActorKindResolvers = { GROUP: 'group', NARRATOR: 'narrator', ORGANIZATION: 'organization', OUTLET: 'outlet', PERSON: 'person' };

export type ActorPairResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['ActorPair'] = ResolversParentTypes['ActorPair']> = {
  actor?: Resolver<ResolversTypes['Actor'], ParentType, ContextType>;
  claimPairs?: Resolver<Array<ResolversTypes['ClaimPair']>, ParentType, ContextType>;
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  counterpart?: Resolver<ResolversTypes['Actor'], ParentType, ContextType>;
  relation?: Resolver<ResolversTypes['ClaimRelation'], ParentType, ContextType>;
};

export type AggregateResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Aggregate'] = ResolversParentTypes['Aggregate']> = {
  by?: Resolver<ResolversTypes['AggregateBy'], ParentType, ContextType>;
  groups?: Resolver<Array<ResolversTypes['AggregateGroup']>, ParentType, ContextType, Partial<AggregateGroupsArgs>>;
  total?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type AggregateGroupResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['AggregateGroup'] = ResolversParentTypes['AggregateGroup']> = {
  actor?: Resolver<Maybe<ResolversTypes['Actor']>, ParentType, ContextType>;
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  key?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type ApiKeyResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['ApiKey'] = ResolversParentTypes['ApiKey']> = {
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  revokedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  role?: Resolver<ResolversTypes['Role'], ParentType, ContextType>;
};

export type ApiKeyPayloadResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['ApiKeyPayload'] = ResolversParentTypes['ApiKeyPayload']> = {
  apiKey?: Resolver<ResolversTypes['ApiKey'], ParentType, ContextType>;
  change?: Resolver<Maybe<ResolversTypes['Change']>, ParentType, ContextType>;
};

export type AssertionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Assertion'] = ResolversParentTypes['Assertion']> = {
  actor?: Resolver<ResolversTypes['Actor'], ParentType, ContextType>;
  at?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  channel?: Resolver<ResolversTypes['Channel'], ParentType, ContextType>;
  claim?: Resolver<ResolversTypes['Claim'], ParentType, ContextType>;
  disclosures?: Resolver<Array<ResolversTypes['Disclosure']>, ParentType, ContextType>;
};

export type ChangeResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Change'] = ResolversParentTypes['Change']> = {
  after?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  at?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  before?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  by?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  field?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  item?: Resolver<Maybe<ResolversTypes['Node']>, ParentType, ContextType>;
  itemId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  reason?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  reverts?: Resolver<Maybe<ResolversTypes['Change']>, ParentType, ContextType>;
  revision?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  storyVersion?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
};

export type ChangeConnectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['ChangeConnection'] = ResolversParentTypes['ChangeConnection']> = {
  edges?: Resolver<Array<ResolversTypes['ChangeEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['Change']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ChangeEdgeResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['ChangeEdge'] = ResolversParentTypes['ChangeEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Change'], ParentType, ContextType>;
};

export type ChannelResolvers = { INTERNAL: 'internal', LEAKED: 'leaked', PUBLIC: 'public' };

export type CircularReportingResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['CircularReporting'] = ResolversParentTypes['CircularReporting']> = {
  cycles?: Resolver<Array<ResolversTypes['DerivationCycle']>, ParentType, ContextType, Partial<CircularReportingCyclesArgs>>;
  evidence?: Resolver<ResolversTypes['CorroborationEvidence'], ParentType, ContextType>;
  falseCorroborations?: Resolver<Array<ResolversTypes['FalseCorroboration']>, ParentType, ContextType, Partial<CircularReportingFalseCorroborationsArgs>>;
};

export type CitationScopeResolvers = { DIRECT: 'direct', INHERITED: 'inherited' };

export type CitedItemImpactResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['CitedItemImpact'] = ResolversParentTypes['CitedItemImpact']> = {
  cited?: Resolver<Array<ResolversTypes['Source']>, ParentType, ContextType>;
  fallen?: Resolver<Array<ResolversTypes['Source']>, ParentType, ContextType>;
  item?: Resolver<ResolversTypes['Node'], ParentType, ContextType>;
  lostAll?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type ClaimResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Claim'] = ResolversParentTypes['Claim']> = {
  assertedBy?: Resolver<Array<ResolversTypes['Actor']>, ParentType, ContextType, Partial<ClaimAssertedByArgs>>;
  assertions?: Resolver<Array<ResolversTypes['Assertion']>, ParentType, ContextType, Partial<ClaimAssertionsArgs>>;
  circularReporting?: Resolver<ResolversTypes['CircularReporting'], ParentType, ContextType, RequireFields<ClaimCircularReportingArgs, 'evidence'>>;
  citationScope?: Resolver<ResolversTypes['CitationScope'], ParentType, ContextType>;
  claimReview?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  contradictedBy?: Resolver<Array<ResolversTypes['Claim']>, ParentType, ContextType, Partial<ClaimContradictedByArgs>>;
  contradicts?: Resolver<Array<ResolversTypes['Claim']>, ParentType, ContextType, Partial<ClaimContradictsArgs>>;
  corrections?: Resolver<Array<ResolversTypes['ClaimCorrection']>, ParentType, ContextType>;
  corroboration?: Resolver<ResolversTypes['Corroboration'], ParentType, ContextType, RequireFields<ClaimCorroborationArgs, 'countRetracted' | 'discounting' | 'evidence'>>;
  credibility?: Resolver<ResolversTypes['Credibility'], ParentType, ContextType, RequireFields<ClaimCredibilityArgs, 'discounting' | 'evidence'>>;
  curatedLinks?: Resolver<Array<ResolversTypes['CuratedClaimLink']>, ParentType, ContextType, Partial<ClaimCuratedLinksArgs>>;
  curatedMentions?: Resolver<Array<ResolversTypes['Mention']>, ParentType, ContextType, Partial<ClaimCuratedMentionsArgs>>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  identity?: Resolver<ResolversTypes['ClaimIdentity'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['ClaimKind'], ParentType, ContextType>;
  mentions?: Resolver<Array<ResolversTypes['Mention']>, ParentType, ContextType, Partial<ClaimMentionsArgs>>;
  mergedClaims?: Resolver<Array<ResolversTypes['Claim']>, ParentType, ContextType, Partial<ClaimMergedClaimsArgs>>;
  mergedInto?: Resolver<Maybe<ResolversTypes['Claim']>, ParentType, ContextType>;
  mergedMentions?: Resolver<Array<ResolversTypes['Mention']>, ParentType, ContextType, Partial<ClaimMergedMentionsArgs>>;
  position?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  provenance?: Resolver<ResolversTypes['Provenance'], ParentType, ContextType>;
  questions?: Resolver<Array<ResolversTypes['Question']>, ParentType, ContextType, Partial<ClaimQuestionsArgs>>;
  quote?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  revision?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  section?: Resolver<ResolversTypes['Section'], ParentType, ContextType>;
  sourceRefs?: Resolver<Array<ResolversTypes['Int']>, ParentType, ContextType>;
  sources?: Resolver<Array<ResolversTypes['Source']>, ParentType, ContextType, Partial<ClaimSourcesArgs>>;
  speaker?: Resolver<Maybe<ResolversTypes['Actor']>, ParentType, ContextType>;
  splits?: Resolver<Array<ResolversTypes['ClaimSplit']>, ParentType, ContextType, Partial<ClaimSplitsArgs>>;
  story?: Resolver<ResolversTypes['Story'], ParentType, ContextType>;
  supportedBy?: Resolver<Array<ResolversTypes['Claim']>, ParentType, ContextType, Partial<ClaimSupportedByArgs>>;
  supports?: Resolver<Array<ResolversTypes['Claim']>, ParentType, ContextType, Partial<ClaimSupportsArgs>>;
  tensions?: Resolver<Array<ResolversTypes['Tension']>, ParentType, ContextType, Partial<ClaimTensionsArgs>>;
  text?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  verbatim?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  verdicts?: Resolver<Array<ResolversTypes['Verdict']>, ParentType, ContextType, Partial<ClaimVerdictsArgs>>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type ClaimConnectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['ClaimConnection'] = ResolversParentTypes['ClaimConnection']> = {
  edges?: Resolver<Array<ResolversTypes['ClaimEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['Claim']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ClaimCorrectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['ClaimCorrection'] = ResolversParentTypes['ClaimCorrection']> = {
  change?: Resolver<Maybe<ResolversTypes['Change']>, ParentType, ContextType>;
  correctedValue?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  documentValue?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  field?: Resolver<ResolversTypes['ClaimField'], ParentType, ContextType>;
  recordedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  recordedBy?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type ClaimCorrectionPayloadResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['ClaimCorrectionPayload'] = ResolversParentTypes['ClaimCorrectionPayload']> = {
  change?: Resolver<ResolversTypes['Change'], ParentType, ContextType>;
  claim?: Resolver<ResolversTypes['Claim'], ParentType, ContextType>;
};

export type ClaimEdgeResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['ClaimEdge'] = ResolversParentTypes['ClaimEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Claim'], ParentType, ContextType>;
};

export type ClaimFieldResolvers = { CITATIONS: 'citations', KIND: 'kind', SPEAKER: 'speaker', TEXT: 'text', VERBATIM: 'verbatim' };

export type ClaimIdentityResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['ClaimIdentity'] = ResolversParentTypes['ClaimIdentity']> = {
  claims?: Resolver<Array<ResolversTypes['Claim']>, ParentType, ContextType, Partial<ClaimIdentityClaimsArgs>>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  mentionCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  speaker?: Resolver<Maybe<ResolversTypes['Actor']>, ParentType, ContextType>;
  text?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type ClaimImpactResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['ClaimImpact'] = ResolversParentTypes['ClaimImpact']> = {
  after?: Resolver<ResolversTypes['Corroboration'], ParentType, ContextType>;
  before?: Resolver<ResolversTypes['Corroboration'], ParentType, ContextType>;
  claim?: Resolver<ResolversTypes['Claim'], ParentType, ContextType>;
  droppedToOneOrigin?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  lostAllEvidence?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type ClaimKindResolvers = { FRAMING: 'framing', PREDICTION: 'prediction', QUOTE: 'quote', STATEMENT: 'statement' };

export type ClaimLinkPayloadResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['ClaimLinkPayload'] = ResolversParentTypes['ClaimLinkPayload']> = {
  change?: Resolver<ResolversTypes['Change'], ParentType, ContextType>;
  from?: Resolver<ResolversTypes['Claim'], ParentType, ContextType>;
  link?: Resolver<Maybe<ResolversTypes['CuratedClaimLink']>, ParentType, ContextType>;
  to?: Resolver<ResolversTypes['Claim'], ParentType, ContextType>;
};

export type ClaimPairResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['ClaimPair'] = ResolversParentTypes['ClaimPair']> = {
  claim?: Resolver<ResolversTypes['Claim'], ParentType, ContextType>;
  claimAssertions?: Resolver<Array<ResolversTypes['Assertion']>, ParentType, ContextType>;
  counterpart?: Resolver<ResolversTypes['Claim'], ParentType, ContextType>;
  counterpartAssertions?: Resolver<Array<ResolversTypes['Assertion']>, ParentType, ContextType>;
  tension?: Resolver<Maybe<ResolversTypes['Tension']>, ParentType, ContextType>;
};

export type ClaimSplitResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['ClaimSplit'] = ResolversParentTypes['ClaimSplit']> = {
  claim?: Resolver<ResolversTypes['Claim'], ParentType, ContextType>;
  curator?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  evidence?: Resolver<Array<ResolversTypes['Source']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  mentions?: Resolver<Array<ResolversTypes['Mention']>, ParentType, ContextType, Partial<ClaimSplitMentionsArgs>>;
  rationale?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  recordedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  speaker?: Resolver<Maybe<ResolversTypes['Actor']>, ParentType, ContextType>;
  text?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type ConsistencyFindingResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['ConsistencyFinding'] = ResolversParentTypes['ConsistencyFinding']> = {
  kind?: Resolver<ResolversTypes['ConsistencyFindingKind'], ParentType, ContextType>;
  line?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<Maybe<ResolversTypes['Node']>, ParentType, ContextType>;
};

export type ConsistencyFindingKindResolvers = { CITATION_OF_MISSING_SOURCE: 'citation-of-missing-source', DATE_CONFLICT: 'date-conflict', MISSING_DERIVATION: 'missing-derivation', TIMELINE_OUT_OF_ORDER: 'timeline-out-of-order', UNCITED_SOURCE: 'uncited-source', UNCITED_STATEMENT: 'uncited-statement', UNCITED_TENSION_SIDE: 'uncited-tension-side' };

export type ConsistencyReportResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['ConsistencyReport'] = ResolversParentTypes['ConsistencyReport']> = {
  file?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  findings?: Resolver<Array<ResolversTypes['ConsistencyFinding']>, ParentType, ContextType, Partial<ConsistencyReportFindingsArgs>>;
  storyId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ContradictionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Contradiction'] = ResolversParentTypes['Contradiction']> = {
  claim?: Resolver<ResolversTypes['Claim'], ParentType, ContextType>;
  contradicts?: Resolver<ResolversTypes['Claim'], ParentType, ContextType>;
  tension?: Resolver<ResolversTypes['Tension'], ParentType, ContextType>;
};

export type CorroborationResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Corroboration'] = ResolversParentTypes['Corroboration']> = {
  directSources?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  discounted?: Resolver<Array<ResolversTypes['Source']>, ParentType, ContextType>;
  evidence?: Resolver<ResolversTypes['CorroborationEvidence'], ParentType, ContextType>;
  evidenceSources?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  inheritedOnly?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  originCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  origins?: Resolver<Array<ResolversTypes['IndependentOrigin']>, ParentType, ContextType>;
  retracted?: Resolver<Array<ResolversTypes['Source']>, ParentType, ContextType>;
  singleOrigin?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  waysCapped?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type CreateApiKeyPayloadResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['CreateApiKeyPayload'] = ResolversParentTypes['CreateApiKeyPayload']> = {
  apiKey?: Resolver<ResolversTypes['ApiKey'], ParentType, ContextType>;
  change?: Resolver<ResolversTypes['Change'], ParentType, ContextType>;
  key?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type CredibilityResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Credibility'] = ResolversParentTypes['Credibility']> = {
  claim?: Resolver<ResolversTypes['Claim'], ParentType, ContextType>;
  contradictions?: Resolver<Array<ResolversTypes['WeighedClaim']>, ParentType, ContextType>;
  corroboration?: Resolver<ResolversTypes['Corroboration'], ParentType, ContextType>;
  evidence?: Resolver<ResolversTypes['CorroborationEvidence'], ParentType, ContextType>;
  grade?: Resolver<ResolversTypes['CredibilityGrade'], ParentType, ContextType>;
  inheritedOnly?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  label?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  originCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  rating?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  reason?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  rule?: Resolver<ResolversTypes['CredibilityRule'], ParentType, ContextType>;
  strongestContradiction?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  strongestSupport?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  supports?: Resolver<Array<ResolversTypes['WeighedClaim']>, ParentType, ContextType>;
};

export type CredibilityGradeResolvers = { CANNOT_BE_JUDGED: 6, CONFIRMED: 1, DOUBTFUL: 4, IMPROBABLE: 5, POSSIBLY_TRUE: 3, PROBABLY_TRUE: 2 };

export type CuratedClaimLinkResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['CuratedClaimLink'] = ResolversParentTypes['CuratedClaimLink']> = {
  curator?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  evidence?: Resolver<Array<ResolversTypes['Source']>, ParentType, ContextType>;
  from?: Resolver<ResolversTypes['Claim'], ParentType, ContextType>;
  rationale?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  recordedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  relation?: Resolver<ResolversTypes['ClaimRelation'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['CuratedLinkStatus'], ParentType, ContextType>;
  to?: Resolver<ResolversTypes['Claim'], ParentType, ContextType>;
};

export type CuratedSourceLinkResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['CuratedSourceLink'] = ResolversParentTypes['CuratedSourceLink']> = {
  curator?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  evidence?: Resolver<Array<ResolversTypes['Source']>, ParentType, ContextType>;
  how?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  kind?: Resolver<Maybe<ResolversTypes['DerivationKind']>, ParentType, ContextType>;
  other?: Resolver<ResolversTypes['Source'], ParentType, ContextType>;
  rationale?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  recordedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  relation?: Resolver<ResolversTypes['SourceRelation'], ParentType, ContextType>;
  source?: Resolver<ResolversTypes['Source'], ParentType, ContextType>;
};

export type CurationConflictResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['CurationConflict'] = ResolversParentTypes['CurationConflict']> = {
  change?: Resolver<Maybe<ResolversTypes['Change']>, ParentType, ContextType>;
  claim?: Resolver<ResolversTypes['Claim'], ParentType, ContextType>;
  correctedValue?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  documentValue?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  documentValueWhenCorrected?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  field?: Resolver<ResolversTypes['ClaimField'], ParentType, ContextType>;
};

export interface DateScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['Date'], any> {
  name: 'Date';
}

export type DatePrecisionResolvers = { APPROXIMATE: 'approximate', DAY: 'day', MONTH: 'month', YEAR: 'year' };

export interface DateTimeScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['DateTime'], any> {
  name: 'DateTime';
}

export type DerivationResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Derivation'] = ResolversParentTypes['Derivation']> = {
  depth?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  from?: Resolver<ResolversTypes['Source'], ParentType, ContextType>;
  how?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['DerivationKind'], ParentType, ContextType>;
  source?: Resolver<ResolversTypes['Source'], ParentType, ContextType>;
};

export type DerivationCycleResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['DerivationCycle'] = ResolversParentTypes['DerivationCycle']> = {
  derivations?: Resolver<Array<Maybe<ResolversTypes['String']>>, ParentType, ContextType>;
  sources?: Resolver<Array<ResolversTypes['Source']>, ParentType, ContextType>;
};

export type DerivationKindResolvers = { ANALYSIS: 'analysis', RELAY: 'relay' };

export type DiffChangeResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['DiffChange'] = ResolversParentTypes['DiffChange']> = {
  fields?: Resolver<Array<ResolversTypes['FieldChange']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['DiffKind'], ParentType, ContextType>;
  node?: Resolver<Maybe<ResolversTypes['Node']>, ParentType, ContextType>;
  summary?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type DiffItemResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['DiffItem'] = ResolversParentTypes['DiffItem']> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['DiffKind'], ParentType, ContextType>;
  node?: Resolver<Maybe<ResolversTypes['Node']>, ParentType, ContextType>;
  summary?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type DiffKindResolvers = { ACTORS: 'actors', CLAIMS: 'claims', EVENTS: 'events', PERSPECTIVES: 'perspectives', QUESTIONS: 'questions', SOURCES: 'sources', TENSIONS: 'tensions' };

export type DisclosureResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Disclosure'] = ResolversParentTypes['Disclosure']> = {
  at?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  channel?: Resolver<ResolversTypes['Channel'], ParentType, ContextType>;
  source?: Resolver<ResolversTypes['Source'], ParentType, ContextType>;
};

export type EventResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Event'] = ResolversParentTypes['Event']> = {
  date?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  datePrecision?: Resolver<ResolversTypes['DatePrecision'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  participants?: Resolver<Array<ResolversTypes['Actor']>, ParentType, ContextType, Partial<EventParticipantsArgs>>;
  position?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  questions?: Resolver<Array<ResolversTypes['Question']>, ParentType, ContextType, Partial<EventQuestionsArgs>>;
  sourceRefs?: Resolver<Array<ResolversTypes['Int']>, ParentType, ContextType>;
  sources?: Resolver<Array<ResolversTypes['Source']>, ParentType, ContextType, Partial<EventSourcesArgs>>;
  story?: Resolver<ResolversTypes['Story'], ParentType, ContextType>;
  text?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type EventConnectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['EventConnection'] = ResolversParentTypes['EventConnection']> = {
  edges?: Resolver<Array<ResolversTypes['EventEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['Event']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type EventEdgeResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['EventEdge'] = ResolversParentTypes['EventEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Event'], ParentType, ContextType>;
};

export type FalseCorroborationResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['FalseCorroboration'] = ResolversParentTypes['FalseCorroboration']> = {
  citationScope?: Resolver<ResolversTypes['CitationScope'], ParentType, ContextType>;
  cited?: Resolver<Array<ResolversTypes['Source']>, ParentType, ContextType>;
  claim?: Resolver<ResolversTypes['Claim'], ParentType, ContextType>;
  mention?: Resolver<ResolversTypes['Mention'], ParentType, ContextType>;
  originCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  sharedOrigins?: Resolver<Array<ResolversTypes['SharedOrigin']>, ParentType, ContextType>;
};

export type FieldChangeResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['FieldChange'] = ResolversParentTypes['FieldChange']> = {
  after?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  before?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  field?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type GraphEdgeResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['GraphEdge'] = ResolversParentTypes['GraphEdge']> = {
  channel?: Resolver<Maybe<ResolversTypes['Channel']>, ParentType, ContextType>;
  side?: Resolver<Maybe<ResolversTypes['TensionSideName']>, ParentType, ContextType>;
  source?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  target?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  tensionId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  type?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type GraphNodeResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['GraphNode'] = ResolversParentTypes['GraphNode']> = {
  caption?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  channel?: Resolver<Maybe<ResolversTypes['Channel']>, ParentType, ContextType>;
  date?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  datePrecision?: Resolver<Maybe<ResolversTypes['DatePrecision']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  publisher?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  ref?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  section?: Resolver<Maybe<ResolversTypes['Section']>, ParentType, ContextType>;
  storyId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  type?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type IndependentOriginResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['IndependentOrigin'] = ResolversParentTypes['IndependentOrigin']> = {
  makers?: Resolver<Array<ResolversTypes['Actor']>, ParentType, ContextType>;
  paths?: Resolver<Array<ResolversTypes['OriginPath']>, ParentType, ContextType>;
  roots?: Resolver<Array<ResolversTypes['Source']>, ParentType, ContextType>;
};

export type MentionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Mention'] = ResolversParentTypes['Mention']> = {
  attributedTo?: Resolver<Maybe<ResolversTypes['Actor']>, ParentType, ContextType>;
  citationRefs?: Resolver<Array<ResolversTypes['Int']>, ParentType, ContextType>;
  citationScope?: Resolver<ResolversTypes['CitationScope'], ParentType, ContextType>;
  claim?: Resolver<ResolversTypes['Claim'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  line?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  position?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  section?: Resolver<ResolversTypes['Section'], ParentType, ContextType>;
  sources?: Resolver<Array<ResolversTypes['Source']>, ParentType, ContextType, Partial<MentionSourcesArgs>>;
  story?: Resolver<ResolversTypes['Story'], ParentType, ContextType>;
  text?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type MergeClaimsPayloadResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['MergeClaimsPayload'] = ResolversParentTypes['MergeClaimsPayload']> = {
  change?: Resolver<ResolversTypes['Change'], ParentType, ContextType>;
  claim?: Resolver<ResolversTypes['Claim'], ParentType, ContextType>;
  merged?: Resolver<ResolversTypes['Claim'], ParentType, ContextType>;
};

export type MutationResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = {
  addClaimLink?: Resolver<ResolversTypes['ClaimLinkPayload'], ParentType, ContextType, RequireFields<MutationAddClaimLinkArgs, 'input'>>;
  addDerivation?: Resolver<ResolversTypes['SourceLinkPayload'], ParentType, ContextType, RequireFields<MutationAddDerivationArgs, 'input'>>;
  correctClaim?: Resolver<ResolversTypes['ClaimCorrectionPayload'], ParentType, ContextType, RequireFields<MutationCorrectClaimArgs, 'input'>>;
  createApiKey?: Resolver<ResolversTypes['CreateApiKeyPayload'], ParentType, ContextType, RequireFields<MutationCreateApiKeyArgs, 'input'>>;
  declareSameSource?: Resolver<ResolversTypes['SourceLinkPayload'], ParentType, ContextType, RequireFields<MutationDeclareSameSourceArgs, 'input'>>;
  markSourceRetracted?: Resolver<ResolversTypes['SourceCurationPayload'], ParentType, ContextType, RequireFields<MutationMarkSourceRetractedArgs, 'input'>>;
  mergeClaims?: Resolver<ResolversTypes['MergeClaimsPayload'], ParentType, ContextType, RequireFields<MutationMergeClaimsArgs, 'input'>>;
  recordVerdict?: Resolver<ResolversTypes['RecordVerdictPayload'], ParentType, ContextType, RequireFields<MutationRecordVerdictArgs, 'input'>>;
  removeClaimLink?: Resolver<ResolversTypes['ClaimLinkPayload'], ParentType, ContextType, RequireFields<MutationRemoveClaimLinkArgs, 'input'>>;
  resolveCurationConflict?: Resolver<ResolversTypes['ClaimCorrectionPayload'], ParentType, ContextType, RequireFields<MutationResolveCurationConflictArgs, 'input'>>;
  revertChange?: Resolver<ResolversTypes['RevertChangePayload'], ParentType, ContextType, RequireFields<MutationRevertChangeArgs, 'input'>>;
  revokeApiKey?: Resolver<ResolversTypes['ApiKeyPayload'], ParentType, ContextType, RequireFields<MutationRevokeApiKeyArgs, 'input'>>;
  setApiKeyRole?: Resolver<ResolversTypes['ApiKeyPayload'], ParentType, ContextType, RequireFields<MutationSetApiKeyRoleArgs, 'input'>>;
  setSourceReliability?: Resolver<ResolversTypes['SourceCurationPayload'], ParentType, ContextType, RequireFields<MutationSetSourceReliabilityArgs, 'input'>>;
  splitClaim?: Resolver<ResolversTypes['SplitClaimPayload'], ParentType, ContextType, RequireFields<MutationSplitClaimArgs, 'input'>>;
};

export type NodeResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Node'] = ResolversParentTypes['Node']> = {
  __resolveType: TypeResolveFn<'Actor' | 'Claim' | 'ClaimIdentity' | 'Event' | 'Mention' | 'Perspective' | 'Question' | 'Source' | 'SourceIdentity' | 'Story' | 'Tension', ParentType, ContextType>;
};

export type OriginPathResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['OriginPath'] = ResolversParentTypes['OriginPath']> = {
  citationScope?: Resolver<ResolversTypes['CitationScope'], ParentType, ContextType>;
  derivationKinds?: Resolver<Array<ResolversTypes['DerivationKind']>, ParentType, ContextType>;
  derivations?: Resolver<Array<Maybe<ResolversTypes['String']>>, ParentType, ContextType>;
  endsAs?: Resolver<ResolversTypes['OriginEnd'], ParentType, ContextType>;
  mention?: Resolver<ResolversTypes['Mention'], ParentType, ContextType>;
  sources?: Resolver<Array<ResolversTypes['Source']>, ParentType, ContextType>;
};

export type PageInfoResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = {
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  hasPreviousPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  startCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type PerspectiveResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Perspective'] = ResolversParentTypes['Perspective']> = {
  actors?: Resolver<Array<ResolversTypes['Actor']>, ParentType, ContextType, Partial<PerspectiveActorsArgs>>;
  channel?: Resolver<Maybe<ResolversTypes['Channel']>, ParentType, ContextType>;
  evolution?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  label?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  position?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  qualifier?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  stance?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  story?: Resolver<ResolversTypes['Story'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type PerspectiveConnectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['PerspectiveConnection'] = ResolversParentTypes['PerspectiveConnection']> = {
  edges?: Resolver<Array<ResolversTypes['PerspectiveEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['Perspective']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type PerspectiveEdgeResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['PerspectiveEdge'] = ResolversParentTypes['PerspectiveEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Perspective'], ParentType, ContextType>;
};

export type ProvenanceResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Provenance'] = ResolversParentTypes['Provenance']> = {
  assertions?: Resolver<Array<ResolversTypes['Assertion']>, ParentType, ContextType>;
  claim?: Resolver<ResolversTypes['Claim'], ParentType, ContextType>;
  sources?: Resolver<Array<ResolversTypes['ProvenanceSource']>, ParentType, ContextType>;
};

export type ProvenanceSourceResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['ProvenanceSource'] = ResolversParentTypes['ProvenanceSource']> = {
  authors?: Resolver<Array<ResolversTypes['Actor']>, ParentType, ContextType>;
  citationScope?: Resolver<ResolversTypes['CitationScope'], ParentType, ContextType>;
  derivedFrom?: Resolver<Array<ResolversTypes['Derivation']>, ParentType, ContextType>;
  publisher?: Resolver<Maybe<ResolversTypes['Actor']>, ParentType, ContextType>;
  source?: Resolver<ResolversTypes['Source'], ParentType, ContextType>;
};

export type QueryResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = {
  actor?: Resolver<Maybe<ResolversTypes['Actor']>, ParentType, ContextType, RequireFields<QueryActorArgs, 'id'>>;
  actorContradictions?: Resolver<Array<ResolversTypes['ActorPair']>, ParentType, ContextType, RequireFields<QueryActorContradictionsArgs, 'relation' | 'storyIds'>>;
  actors?: Resolver<ResolversTypes['ActorConnection'], ParentType, ContextType, Partial<QueryActorsArgs>>;
  aggregates?: Resolver<ResolversTypes['Aggregate'], ParentType, ContextType, RequireFields<QueryAggregatesArgs, 'by' | 'storyIds'>>;
  changes?: Resolver<ResolversTypes['ChangeConnection'], ParentType, ContextType, Partial<QueryChangesArgs>>;
  claim?: Resolver<Maybe<ResolversTypes['Claim']>, ParentType, ContextType, RequireFields<QueryClaimArgs, 'id'>>;
  claimIdentity?: Resolver<Maybe<ResolversTypes['ClaimIdentity']>, ParentType, ContextType, RequireFields<QueryClaimIdentityArgs, 'id'>>;
  claims?: Resolver<ResolversTypes['ClaimConnection'], ParentType, ContextType, Partial<QueryClaimsArgs>>;
  claimsByCredibility?: Resolver<Array<ResolversTypes['Credibility']>, ParentType, ContextType, RequireFields<QueryClaimsByCredibilityArgs, 'discounting' | 'evidence' | 'storyIds'>>;
  curationConflicts?: Resolver<Array<ResolversTypes['CurationConflict']>, ParentType, ContextType, RequireFields<QueryCurationConflictsArgs, 'storyId'>>;
  event?: Resolver<Maybe<ResolversTypes['Event']>, ParentType, ContextType, RequireFields<QueryEventArgs, 'id'>>;
  events?: Resolver<ResolversTypes['EventConnection'], ParentType, ContextType, Partial<QueryEventsArgs>>;
  graph?: Resolver<ResolversTypes['StoryGraph'], ParentType, ContextType, RequireFields<QueryGraphArgs, 'storyIds'>>;
  mention?: Resolver<Maybe<ResolversTypes['Mention']>, ParentType, ContextType, RequireFields<QueryMentionArgs, 'id'>>;
  node?: Resolver<Maybe<ResolversTypes['Node']>, ParentType, ContextType, RequireFields<QueryNodeArgs, 'id'>>;
  nodes?: Resolver<Array<Maybe<ResolversTypes['Node']>>, ParentType, ContextType, RequireFields<QueryNodesArgs, 'ids'>>;
  perspective?: Resolver<Maybe<ResolversTypes['Perspective']>, ParentType, ContextType, RequireFields<QueryPerspectiveArgs, 'id'>>;
  perspectives?: Resolver<ResolversTypes['PerspectiveConnection'], ParentType, ContextType, Partial<QueryPerspectivesArgs>>;
  question?: Resolver<Maybe<ResolversTypes['Question']>, ParentType, ContextType, RequireFields<QueryQuestionArgs, 'id'>>;
  questions?: Resolver<ResolversTypes['QuestionConnection'], ParentType, ContextType, Partial<QueryQuestionsArgs>>;
  refusedWrites?: Resolver<Array<ResolversTypes['RefusedWrite']>, ParentType, ContextType, RequireFields<QueryRefusedWritesArgs, 'first'>>;
  search?: Resolver<Array<ResolversTypes['SearchHit']>, ParentType, ContextType, RequireFields<QuerySearchArgs, 'first' | 'sourcesByMaker' | 'text'>>;
  source?: Resolver<Maybe<ResolversTypes['Source']>, ParentType, ContextType, RequireFields<QuerySourceArgs, 'id'>>;
  sourceIdentity?: Resolver<Maybe<ResolversTypes['SourceIdentity']>, ParentType, ContextType, RequireFields<QuerySourceIdentityArgs, 'id'>>;
  sources?: Resolver<ResolversTypes['SourceConnection'], ParentType, ContextType, Partial<QuerySourcesArgs>>;
  stories?: Resolver<ResolversTypes['StoryConnection'], ParentType, ContextType, Partial<QueryStoriesArgs>>;
  story?: Resolver<Maybe<ResolversTypes['Story']>, ParentType, ContextType, RequireFields<QueryStoryArgs, 'id'>>;
  tension?: Resolver<Maybe<ResolversTypes['Tension']>, ParentType, ContextType, RequireFields<QueryTensionArgs, 'id'>>;
  tensions?: Resolver<ResolversTypes['TensionConnection'], ParentType, ContextType, Partial<QueryTensionsArgs>>;
};

export type QuestionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Question'] = ResolversParentTypes['Question']> = {
  concerns?: Resolver<Array<ResolversTypes['QuestionSubject']>, ParentType, ContextType, Partial<QuestionConcernsArgs>>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  position?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  sourceRefs?: Resolver<Array<ResolversTypes['Int']>, ParentType, ContextType>;
  sources?: Resolver<Array<ResolversTypes['Source']>, ParentType, ContextType, Partial<QuestionSourcesArgs>>;
  story?: Resolver<ResolversTypes['Story'], ParentType, ContextType>;
  text?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type QuestionConnectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['QuestionConnection'] = ResolversParentTypes['QuestionConnection']> = {
  edges?: Resolver<Array<ResolversTypes['QuestionEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['Question']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type QuestionEdgeResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['QuestionEdge'] = ResolversParentTypes['QuestionEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Question'], ParentType, ContextType>;
};

export type QuestionSubjectResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['QuestionSubject'] = ResolversParentTypes['QuestionSubject']> = {
  __resolveType: TypeResolveFn<'Actor' | 'Claim' | 'Event', ParentType, ContextType>;
};

export type RatingResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Rating'] = ResolversParentTypes['Rating']> = {
  best?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  label?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  value?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  worst?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
};

export type RecordVerdictPayloadResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['RecordVerdictPayload'] = ResolversParentTypes['RecordVerdictPayload']> = {
  change?: Resolver<ResolversTypes['Change'], ParentType, ContextType>;
  claim?: Resolver<ResolversTypes['Claim'], ParentType, ContextType>;
  verdict?: Resolver<ResolversTypes['Verdict'], ParentType, ContextType>;
};

export type RefusedWriteResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['RefusedWrite'] = ResolversParentTypes['RefusedWrite']> = {
  at?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  by?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  codes?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  fields?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  operationName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  role?: Resolver<Maybe<ResolversTypes['Role']>, ParentType, ContextType>;
};

export type RetractionImpactResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['RetractionImpact'] = ResolversParentTypes['RetractionImpact']> = {
  citedItems?: Resolver<Array<ResolversTypes['CitedItemImpact']>, ParentType, ContextType>;
  claims?: Resolver<Array<ResolversTypes['ClaimImpact']>, ParentType, ContextType, Partial<RetractionImpactClaimsArgs>>;
  claimsAffected?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  claimsDroppingToOneOrigin?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  claimsLosingAllEvidence?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  discounted?: Resolver<Array<ResolversTypes['Source']>, ParentType, ContextType>;
  evidence?: Resolver<ResolversTypes['CorroborationEvidence'], ParentType, ContextType>;
  fallen?: Resolver<Array<ResolversTypes['Source']>, ParentType, ContextType>;
  tensions?: Resolver<Array<ResolversTypes['TensionImpact']>, ParentType, ContextType>;
};

export type RevertChangePayloadResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['RevertChangePayload'] = ResolversParentTypes['RevertChangePayload']> = {
  change?: Resolver<ResolversTypes['Change'], ParentType, ContextType>;
  reverted?: Resolver<ResolversTypes['Change'], ParentType, ContextType>;
};

export type SearchHitResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['SearchHit'] = ResolversParentTypes['SearchHit']> = {
  node?: Resolver<ResolversTypes['SearchResult'], ParentType, ContextType>;
  score?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
};

export type SearchResultResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['SearchResult'] = ResolversParentTypes['SearchResult']> = {
  __resolveType: TypeResolveFn<'Actor' | 'Claim' | 'Event' | 'Source', ParentType, ContextType>;
};

export type SectionResolvers = { NARRATIVE: 'narrative', PERSPECTIVES: 'perspectives', QUESTIONS: 'questions', TENSIONS: 'tensions', TIMELINE: 'timeline', WHAT: 'what', WHY_IT_MATTERS: 'why_it_matters' };

export type SharedOriginResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['SharedOrigin'] = ResolversParentTypes['SharedOrigin']> = {
  cited?: Resolver<Array<ResolversTypes['Source']>, ParentType, ContextType>;
  origin?: Resolver<ResolversTypes['IndependentOrigin'], ParentType, ContextType>;
};

export type SourceResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Source'] = ResolversParentTypes['Source']> = {
  anonymousSourcing?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  authors?: Resolver<Array<ResolversTypes['Actor']>, ParentType, ContextType, Partial<SourceAuthorsArgs>>;
  channel?: Resolver<Maybe<ResolversTypes['Channel']>, ParentType, ContextType>;
  claims?: Resolver<Array<ResolversTypes['Claim']>, ParentType, ContextType, Partial<SourceClaimsArgs>>;
  curatedLinks?: Resolver<Array<ResolversTypes['CuratedSourceLink']>, ParentType, ContextType, Partial<SourceCuratedLinksArgs>>;
  derivatives?: Resolver<Array<ResolversTypes['Derivation']>, ParentType, ContextType, Partial<SourceDerivativesArgs>>;
  derivedFrom?: Resolver<Array<ResolversTypes['Derivation']>, ParentType, ContextType, Partial<SourceDerivedFromArgs>>;
  events?: Resolver<Array<ResolversTypes['Event']>, ParentType, ContextType, Partial<SourceEventsArgs>>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  identity?: Resolver<Maybe<ResolversTypes['SourceIdentity']>, ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['SourceKind'], ParentType, ContextType>;
  publishedAt?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  publishedBy?: Resolver<Maybe<ResolversTypes['Actor']>, ParentType, ContextType>;
  publisher?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  questions?: Resolver<Array<ResolversTypes['Question']>, ParentType, ContextType, Partial<SourceQuestionsArgs>>;
  recordedAt?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  ref?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  reliability?: Resolver<Maybe<ResolversTypes['SourceReliability']>, ParentType, ContextType>;
  retraction?: Resolver<Maybe<ResolversTypes['SourceRetraction']>, ParentType, ContextType>;
  revision?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  story?: Resolver<ResolversTypes['Story'], ParentType, ContextType>;
  tensions?: Resolver<Array<ResolversTypes['Tension']>, ParentType, ContextType, Partial<SourceTensionsArgs>>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type SourceConnectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['SourceConnection'] = ResolversParentTypes['SourceConnection']> = {
  edges?: Resolver<Array<ResolversTypes['SourceEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['Source']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type SourceCurationPayloadResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['SourceCurationPayload'] = ResolversParentTypes['SourceCurationPayload']> = {
  change?: Resolver<ResolversTypes['Change'], ParentType, ContextType>;
  source?: Resolver<ResolversTypes['Source'], ParentType, ContextType>;
};

export type SourceEdgeResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['SourceEdge'] = ResolversParentTypes['SourceEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Source'], ParentType, ContextType>;
};

export type SourceIdentityResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['SourceIdentity'] = ResolversParentTypes['SourceIdentity']> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  publishedAt?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  publisher?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  sources?: Resolver<Array<ResolversTypes['Source']>, ParentType, ContextType, Partial<SourceIdentitySourcesArgs>>;
  stories?: Resolver<Array<ResolversTypes['Story']>, ParentType, ContextType, Partial<SourceIdentityStoriesArgs>>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type SourceKindResolvers = { ARTICLE: 'article', AUDIO: 'audio', MEMO: 'memo', NEWSLETTER: 'newsletter', OTHER: 'other', REPORT: 'report', SOCIAL_POST: 'social_post' };

export type SourceLinkPayloadResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['SourceLinkPayload'] = ResolversParentTypes['SourceLinkPayload']> = {
  change?: Resolver<ResolversTypes['Change'], ParentType, ContextType>;
  link?: Resolver<ResolversTypes['CuratedSourceLink'], ParentType, ContextType>;
  other?: Resolver<ResolversTypes['Source'], ParentType, ContextType>;
  source?: Resolver<ResolversTypes['Source'], ParentType, ContextType>;
};

export type SourceReliabilityResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['SourceReliability'] = ResolversParentTypes['SourceReliability']> = {
  grade?: Resolver<ResolversTypes['ReliabilityGrade'], ParentType, ContextType>;
  rationale?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  setAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  setBy?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type SourceRetractionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['SourceRetraction'] = ResolversParentTypes['SourceRetraction']> = {
  date?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  reason?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  recordedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  recordedBy?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type SplitClaimPayloadResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['SplitClaimPayload'] = ResolversParentTypes['SplitClaimPayload']> = {
  change?: Resolver<ResolversTypes['Change'], ParentType, ContextType>;
  claim?: Resolver<ResolversTypes['Claim'], ParentType, ContextType>;
  split?: Resolver<ResolversTypes['ClaimSplit'], ParentType, ContextType>;
};

export type StoryResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Story'] = ResolversParentTypes['Story']> = {
  actorContradictions?: Resolver<Array<ResolversTypes['ActorPair']>, ParentType, ContextType, RequireFields<StoryActorContradictionsArgs, 'relation'>>;
  actors?: Resolver<Array<ResolversTypes['Actor']>, ParentType, ContextType, Partial<StoryActorsArgs>>;
  aggregates?: Resolver<ResolversTypes['Aggregate'], ParentType, ContextType, RequireFields<StoryAggregatesArgs, 'by'>>;
  circularReporting?: Resolver<ResolversTypes['CircularReporting'], ParentType, ContextType, RequireFields<StoryCircularReportingArgs, 'evidence'>>;
  claimReviewFeed?: Resolver<ResolversTypes['String'], ParentType, ContextType, Partial<StoryClaimReviewFeedArgs>>;
  claims?: Resolver<Array<ResolversTypes['Claim']>, ParentType, ContextType, Partial<StoryClaimsArgs>>;
  claimsByCredibility?: Resolver<Array<ResolversTypes['Credibility']>, ParentType, ContextType, RequireFields<StoryClaimsByCredibilityArgs, 'discounting' | 'evidence'>>;
  consistency?: Resolver<ResolversTypes['ConsistencyReport'], ParentType, ContextType, Partial<StoryConsistencyArgs>>;
  diff?: Resolver<ResolversTypes['StoryDiff'], ParentType, ContextType, RequireFields<StoryDiffArgs, 'from' | 'to'>>;
  graph?: Resolver<ResolversTypes['StoryGraph'], ParentType, ContextType, Partial<StoryGraphArgs>>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  itemCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  narrator?: Resolver<ResolversTypes['Actor'], ParentType, ContextType>;
  perspectives?: Resolver<Array<ResolversTypes['Perspective']>, ParentType, ContextType, Partial<StoryPerspectivesArgs>>;
  questions?: Resolver<Array<ResolversTypes['Question']>, ParentType, ContextType, Partial<StoryQuestionsArgs>>;
  retractionImpact?: Resolver<ResolversTypes['RetractionImpact'], ParentType, ContextType, RequireFields<StoryRetractionImpactArgs, 'discount' | 'evidence'>>;
  retractions?: Resolver<ResolversTypes['RetractionImpact'], ParentType, ContextType, RequireFields<StoryRetractionsArgs, 'evidence'>>;
  sources?: Resolver<Array<ResolversTypes['Source']>, ParentType, ContextType, Partial<StorySourcesArgs>>;
  stats?: Resolver<ResolversTypes['StoryStats'], ParentType, ContextType, Partial<StoryStatsArgs>>;
  tensions?: Resolver<Array<ResolversTypes['Tension']>, ParentType, ContextType, Partial<StoryTensionsArgs>>;
  timeline?: Resolver<Array<ResolversTypes['Event']>, ParentType, ContextType, Partial<StoryTimelineArgs>>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  versions?: Resolver<Array<ResolversTypes['StoryVersion']>, ParentType, ContextType, Partial<StoryVersionsArgs>>;
  what?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  whyItMatters?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type StoryConnectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['StoryConnection'] = ResolversParentTypes['StoryConnection']> = {
  edges?: Resolver<Array<ResolversTypes['StoryEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['Story']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type StoryDiffResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['StoryDiff'] = ResolversParentTypes['StoryDiff']> = {
  added?: Resolver<Array<ResolversTypes['DiffItem']>, ParentType, ContextType>;
  changed?: Resolver<Array<ResolversTypes['DiffChange']>, ParentType, ContextType>;
  from?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  removed?: Resolver<Array<ResolversTypes['DiffItem']>, ParentType, ContextType>;
  to?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type StoryEdgeResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['StoryEdge'] = ResolversParentTypes['StoryEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Story'], ParentType, ContextType>;
};

export type StoryGraphResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['StoryGraph'] = ResolversParentTypes['StoryGraph']> = {
  edges?: Resolver<Array<ResolversTypes['GraphEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['GraphNode']>, ParentType, ContextType>;
};

export type StoryStatsResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['StoryStats'] = ResolversParentTypes['StoryStats']> = {
  actors?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  assertions?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  citations?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  claims?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  contradictions?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  events?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  mentions?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  perspectives?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  questions?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  sources?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  supports?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  tensions?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type StoryVersionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['StoryVersion'] = ResolversParentTypes['StoryVersion']> = {
  itemCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  number?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  recordedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
};

export type TensionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Tension'] = ResolversParentTypes['Tension']> = {
  contradictions?: Resolver<Array<ResolversTypes['Contradiction']>, ParentType, ContextType, Partial<TensionContradictionsArgs>>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  position?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  sideA?: Resolver<ResolversTypes['TensionSide'], ParentType, ContextType>;
  sideB?: Resolver<ResolversTypes['TensionSide'], ParentType, ContextType>;
  sourceRefs?: Resolver<Array<ResolversTypes['Int']>, ParentType, ContextType>;
  sources?: Resolver<Array<ResolversTypes['Source']>, ParentType, ContextType, Partial<TensionSourcesArgs>>;
  story?: Resolver<ResolversTypes['Story'], ParentType, ContextType>;
  text?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type TensionConnectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['TensionConnection'] = ResolversParentTypes['TensionConnection']> = {
  edges?: Resolver<Array<ResolversTypes['TensionEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['Tension']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type TensionEdgeResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['TensionEdge'] = ResolversParentTypes['TensionEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Tension'], ParentType, ContextType>;
};

export type TensionImpactResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['TensionImpact'] = ResolversParentTypes['TensionImpact']> = {
  tension?: Resolver<ResolversTypes['Tension'], ParentType, ContextType>;
  unsupportedSides?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
};

export type TensionSideResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['TensionSide'] = ResolversParentTypes['TensionSide']> = {
  claims?: Resolver<Array<ResolversTypes['Claim']>, ParentType, ContextType, Partial<TensionSideClaimsArgs>>;
  label?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['TensionSideName'], ParentType, ContextType>;
  sources?: Resolver<Array<ResolversTypes['Source']>, ParentType, ContextType, Partial<TensionSideSourcesArgs>>;
};

export type VerdictResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Verdict'] = ResolversParentTypes['Verdict']> = {
  claim?: Resolver<ResolversTypes['Claim'], ParentType, ContextType>;
  date?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  evidence?: Resolver<Array<ResolversTypes['Source']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  rating?: Resolver<ResolversTypes['Rating'], ParentType, ContextType>;
  rationale?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  recordedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  recordedBy?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  reviewer?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  url?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type WeighedClaimResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['WeighedClaim'] = ResolversParentTypes['WeighedClaim']> = {
  claim?: Resolver<ResolversTypes['Claim'], ParentType, ContextType>;
  corroboration?: Resolver<ResolversTypes['Corroboration'], ParentType, ContextType>;
  originCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type Resolvers<ContextType = RequestContext> = {
  Actor?: ActorResolvers<ContextType>;
  ActorConnection?: ActorConnectionResolvers<ContextType>;
  ActorEdge?: ActorEdgeResolvers<ContextType>;
  ActorKind?: ActorKindResolvers;
  ActorPair?: ActorPairResolvers<ContextType>;
  Aggregate?: AggregateResolvers<ContextType>;
  AggregateGroup?: AggregateGroupResolvers<ContextType>;
  ApiKey?: ApiKeyResolvers<ContextType>;
  ApiKeyPayload?: ApiKeyPayloadResolvers<ContextType>;
  Assertion?: AssertionResolvers<ContextType>;
  Change?: ChangeResolvers<ContextType>;
  ChangeConnection?: ChangeConnectionResolvers<ContextType>;
  ChangeEdge?: ChangeEdgeResolvers<ContextType>;
  Channel?: ChannelResolvers;
  CircularReporting?: CircularReportingResolvers<ContextType>;
  CitationScope?: CitationScopeResolvers;
  CitedItemImpact?: CitedItemImpactResolvers<ContextType>;
  Claim?: ClaimResolvers<ContextType>;
  ClaimConnection?: ClaimConnectionResolvers<ContextType>;
  ClaimCorrection?: ClaimCorrectionResolvers<ContextType>;
  ClaimCorrectionPayload?: ClaimCorrectionPayloadResolvers<ContextType>;
  ClaimEdge?: ClaimEdgeResolvers<ContextType>;
  ClaimField?: ClaimFieldResolvers;
  ClaimIdentity?: ClaimIdentityResolvers<ContextType>;
  ClaimImpact?: ClaimImpactResolvers<ContextType>;
  ClaimKind?: ClaimKindResolvers;
  ClaimLinkPayload?: ClaimLinkPayloadResolvers<ContextType>;
  ClaimPair?: ClaimPairResolvers<ContextType>;
  ClaimSplit?: ClaimSplitResolvers<ContextType>;
  ConsistencyFinding?: ConsistencyFindingResolvers<ContextType>;
  ConsistencyFindingKind?: ConsistencyFindingKindResolvers;
  ConsistencyReport?: ConsistencyReportResolvers<ContextType>;
  Contradiction?: ContradictionResolvers<ContextType>;
  Corroboration?: CorroborationResolvers<ContextType>;
  CreateApiKeyPayload?: CreateApiKeyPayloadResolvers<ContextType>;
  Credibility?: CredibilityResolvers<ContextType>;
  CredibilityGrade?: CredibilityGradeResolvers;
  CuratedClaimLink?: CuratedClaimLinkResolvers<ContextType>;
  CuratedSourceLink?: CuratedSourceLinkResolvers<ContextType>;
  CurationConflict?: CurationConflictResolvers<ContextType>;
  Date?: GraphQLScalarType;
  DatePrecision?: DatePrecisionResolvers;
  DateTime?: GraphQLScalarType;
  Derivation?: DerivationResolvers<ContextType>;
  DerivationCycle?: DerivationCycleResolvers<ContextType>;
  DerivationKind?: DerivationKindResolvers;
  DiffChange?: DiffChangeResolvers<ContextType>;
  DiffItem?: DiffItemResolvers<ContextType>;
  DiffKind?: DiffKindResolvers;
  Disclosure?: DisclosureResolvers<ContextType>;
  Event?: EventResolvers<ContextType>;
  EventConnection?: EventConnectionResolvers<ContextType>;
  EventEdge?: EventEdgeResolvers<ContextType>;
  FalseCorroboration?: FalseCorroborationResolvers<ContextType>;
  FieldChange?: FieldChangeResolvers<ContextType>;
  GraphEdge?: GraphEdgeResolvers<ContextType>;
  GraphNode?: GraphNodeResolvers<ContextType>;
  IndependentOrigin?: IndependentOriginResolvers<ContextType>;
  Mention?: MentionResolvers<ContextType>;
  MergeClaimsPayload?: MergeClaimsPayloadResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  Node?: NodeResolvers<ContextType>;
  OriginPath?: OriginPathResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  Perspective?: PerspectiveResolvers<ContextType>;
  PerspectiveConnection?: PerspectiveConnectionResolvers<ContextType>;
  PerspectiveEdge?: PerspectiveEdgeResolvers<ContextType>;
  Provenance?: ProvenanceResolvers<ContextType>;
  ProvenanceSource?: ProvenanceSourceResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  Question?: QuestionResolvers<ContextType>;
  QuestionConnection?: QuestionConnectionResolvers<ContextType>;
  QuestionEdge?: QuestionEdgeResolvers<ContextType>;
  QuestionSubject?: QuestionSubjectResolvers<ContextType>;
  Rating?: RatingResolvers<ContextType>;
  RecordVerdictPayload?: RecordVerdictPayloadResolvers<ContextType>;
  RefusedWrite?: RefusedWriteResolvers<ContextType>;
  RetractionImpact?: RetractionImpactResolvers<ContextType>;
  RevertChangePayload?: RevertChangePayloadResolvers<ContextType>;
  SearchHit?: SearchHitResolvers<ContextType>;
  SearchResult?: SearchResultResolvers<ContextType>;
  Section?: SectionResolvers;
  SharedOrigin?: SharedOriginResolvers<ContextType>;
  Source?: SourceResolvers<ContextType>;
  SourceConnection?: SourceConnectionResolvers<ContextType>;
  SourceCurationPayload?: SourceCurationPayloadResolvers<ContextType>;
  SourceEdge?: SourceEdgeResolvers<ContextType>;
  SourceIdentity?: SourceIdentityResolvers<ContextType>;
  SourceKind?: SourceKindResolvers;
  SourceLinkPayload?: SourceLinkPayloadResolvers<ContextType>;
  SourceReliability?: SourceReliabilityResolvers<ContextType>;
  SourceRetraction?: SourceRetractionResolvers<ContextType>;
  SplitClaimPayload?: SplitClaimPayloadResolvers<ContextType>;
  Story?: StoryResolvers<ContextType>;
  StoryConnection?: StoryConnectionResolvers<ContextType>;
  StoryDiff?: StoryDiffResolvers<ContextType>;
  StoryEdge?: StoryEdgeResolvers<ContextType>;
  StoryGraph?: StoryGraphResolvers<ContextType>;
  StoryStats?: StoryStatsResolvers<ContextType>;
  StoryVersion?: StoryVersionResolvers<ContextType>;
  Tension?: TensionResolvers<ContextType>;
  TensionConnection?: TensionConnectionResolvers<ContextType>;
  TensionEdge?: TensionEdgeResolvers<ContextType>;
  TensionImpact?: TensionImpactResolvers<ContextType>;
  TensionSide?: TensionSideResolvers<ContextType>;
  Verdict?: VerdictResolvers<ContextType>;
  WeighedClaim?: WeighedClaimResolvers<ContextType>;
};

export type DirectiveResolvers<ContextType = RequestContext> = {
  cost?: CostDirectiveResolver<any, any, ContextType>;
  listBound?: ListBoundDirectiveResolver<any, any, ContextType>;
  listSize?: ListSizeDirectiveResolver<any, any, ContextType>;
  requiresRole?: RequiresRoleDirectiveResolver<any, any, ContextType>;
};
