import { z } from 'zod';
import { ActorKind, Channel, CitationScope, ClaimKind, DisclosureChannel, Section, SourceKind } from '../../model/story-graph';
import { isCalendarDate } from '../parse/calendar-date';

export const OVERLAY_FORMAT = 'claimgraph/overlay@1';

const Text = z.string().trim().min(1).max(20_000);
const CalendarDate = z.string().refine(isCalendarDate, 'expected a calendar date YYYY-MM-DD');

/** An actor's id (`actor:meta`) or any of its names or aliases, compared as slugs. */
const ActorRef = Text;
/** A numbered source by its number, or any source by its id or, for an extra source, its key. */
const SourceRef = z.union([z.number().int().positive(), Text]);
/** A claim by its id, its text (exact, or equal up to case, spacing and quote style), or the span it quotes. */
const ClaimRef = z.union([z.string().regex(/^claim:/), z.strictObject({ text: Text }), z.strictObject({ quote: Text })]);
/** An event, question or tension by its id, its 0-based position, or its text. */
const NodeRef = z.union([Text, z.strictObject({ position: z.number().int().nonnegative() }), z.strictObject({ text: Text })]);
/** A later, wider reach of an assertion through a source (a remark at a meeting, leaked in a recording). */
const DisclosureInput = z.strictObject({ channel: DisclosureChannel, at: CalendarDate.optional(), source: SourceRef });
const AssertionInput = z.strictObject({ actor: ActorRef, channel: Channel, at: CalendarDate.optional(), disclosures: z.array(DisclosureInput).default([]) });
const Concern = z.union([z.strictObject({ claim: ClaimRef }), z.strictObject({ event: NodeRef }), z.strictObject({ actor: ActorRef })]);

/**
 * What a curator adds to a parsed story document (`<story>.overlay.json` beside it): facts the
 * parser cannot infer. A field present in a patch replaces the parsed value; `add…` fields add to
 * it; `extra…` lists create nodes. Sections are applied in the order listed here.
 */
export const StoryOverlay = z.strictObject({
  format: z.literal(OVERLAY_FORMAT),
  /** Patches actors, or creates one when `actor` names nobody yet and `kind` is given. */
  actors: z.array(z.strictObject({ actor: ActorRef, kind: ActorKind.optional(), addAliases: z.array(Text).default([]) })).default([]),
  /** Underlying items the story relays without numbering them: a leaked recording, a memo. */
  extraSources: z
    .array(
      z.strictObject({
        key: z.string().regex(/^[a-z][a-z0-9-]{0,59}$/, 'expected a key of lowercase letters, digits and dashes'),
        title: Text,
        /** Resolved like an actor reference; kept as written. Left out when the document does not say who made it public. */
        publisher: Text.optional(),
        /** When it became public; `recordedAt` when it was made, if that was earlier (a leaked recording). */
        publishedAt: CalendarDate.optional(),
        recordedAt: CalendarDate.optional(),
        kind: SourceKind,
        channel: Channel.optional(),
      }),
    )
    .default([]),
  sources: z
    .array(
      z.strictObject({
        source: SourceRef,
        kind: SourceKind.optional(),
        channel: Channel.optional(),
        authors: z.array(ActorRef).optional(),
        derivedFrom: z.array(z.strictObject({ source: SourceRef, how: Text.optional() })).optional(),
      }),
    )
    .default([]),
  /**
   * Parsed claims that state nothing of their own (a tension side's label); references to them
   * (supports, tension sides, question concerns) go with them.
   */
  removeClaims: z.array(ClaimRef).default([]),
  /** Claims the parser cannot cut out (a prediction inside a sentence), placed after `after` or at the end. */
  extraClaims: z
    .array(
      z.strictObject({
        text: Text,
        kind: ClaimKind,
        section: Section,
        quote: Text.optional(),
        sourceRefs: z.array(z.number().int().positive()).default([]),
        /** Words cut out of a passage whose citations close the whole of it: `inherited` unless they close these words. */
        citationScope: CitationScope.default('inherited'),
        after: ClaimRef.optional(),
      }),
    )
    .default([]),
  /**
   * Claims of one speaker that state one proposition in other words (a reassurance restated in
   * another section), which only a curator can tell: each restatement's mentions become mentions of
   * `claim`, which keeps its text, and references to a restatement follow to `claim`.
   */
  sameClaims: z.array(z.strictObject({ claim: ClaimRef, restatements: z.array(ClaimRef).min(1) })).default([]),
  claims: z
    .array(
      z.strictObject({
        claim: ClaimRef,
        /**
         * The curated text, e.g. the first statement of a sentence that makes several. The id is a
         * hash of the text, so it changes with it, and references to the claim follow.
         */
        text: Text.optional(),
        kind: ClaimKind.optional(),
        /** The actor the text credits with the claim, where the parser could not tell. */
        speaker: ActorRef.optional(),
        verbatim: z.boolean().optional(),
        assertedBy: z.array(AssertionInput).optional(),
        addAssertedBy: z.array(AssertionInput).default([]),
        supports: z.array(ClaimRef).optional(),
      }),
    )
    .default([]),
  tensions: z
    .array(z.strictObject({ tension: NodeRef, sideA: z.array(ClaimRef).min(1).optional(), sideB: z.array(ClaimRef).min(1).optional() }))
    .default([]),
  events: z.array(z.strictObject({ event: NodeRef, participants: z.array(ActorRef) })).default([]),
  questions: z.array(z.strictObject({ question: NodeRef, concerns: z.array(Concern) })).default([]),
});

export type StoryOverlay = z.infer<typeof StoryOverlay>;
export type StoryOverlayInput = z.input<typeof StoryOverlay>;
export type ClaimRef = z.infer<typeof ClaimRef>;
export type NodeRef = z.infer<typeof NodeRef>;
export type SourceRef = z.infer<typeof SourceRef>;
export type AssertionInput = z.infer<typeof AssertionInput>;
