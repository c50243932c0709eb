import type { ActorKind, SourceKind } from '../../model/story-graph';
import type { VerdictRow } from './curation-rows';

/**
 * A claim with verdicts as cypher/queries/claim-reviews.cypher reads it: everything its ClaimReviews
 * say about the claim, at the claim's newest version.
 */
export interface ClaimReviewSubject {
  claim: { id: string; text: string };
  speaker: { name: string; kind: ActorKind } | null;
  /** The dates (valid time) the graph says the claim was asserted on, in no order. */
  assertedOn: string[];
  /** The sources the claim cites (its corrected citations' evidence, where an editor corrected them), by number. */
  appearances: AppearanceRow[];
  /** Newest first. */
  verdicts: VerdictRow[];
}

export interface AppearanceRow {
  title: string;
  publisher: string | null;
  publishedAt: string | null;
  kind: SourceKind;
  /** The kind of the actor the publisher resolves to; null where the story names none. */
  publisherKind: ActorKind | null;
}

/** JSON-LD as schema.org's vocabulary writes it; the terms used are those of tests/fixtures/schema-org-context.jsonld. */
export type JsonLd = { [term: string]: JsonLdValue };
type JsonLdValue = string | number | JsonLd | JsonLd[];

const SCHEMA_ORG = 'https://schema.org';

// The narrator is the story's own voice, neither a person nor an organization anyone could look up.
const AGENT_TYPES: Record<ActorKind, string | null> = {
  person: 'Person',
  organization: 'Organization',
  outlet: 'Organization',
  group: 'Organization',
  narrator: null,
};

// schema.org's CreativeWork subtypes where a source kind is one; the rest stay CreativeWork.
const WORK_TYPES: Record<SourceKind, string> = {
  article: 'Article',
  newsletter: 'CreativeWork',
  social_post: 'SocialMediaPosting',
  memo: 'CreativeWork',
  audio: 'AudioObject',
  report: 'Report',
  other: 'CreativeWork',
};

/** An object of the defined entries only: a property the graph has no value for is left out, never guessed. */
const defined = (entries: Record<string, JsonLdValue | null | undefined>): JsonLd =>
  Object.fromEntries(Object.entries(entries).filter(([, value]) => value !== null && value !== undefined && !(Array.isArray(value) && value.length === 0))) as JsonLd;

function agent(name: string, kind: ActorKind): JsonLd | null {
  const type = AGENT_TYPES[kind];
  return type ? { '@type': type, name } : null;
}

function creativeWork(appearance: AppearanceRow): JsonLd {
  return defined({
    '@type': WORK_TYPES[appearance.kind],
    name: appearance.title,
    // A publisher the story names but resolves to no actor is taken for an organization, as publishers are.
    publisher: appearance.publisher === null ? null : agent(appearance.publisher, appearance.publisherKind ?? 'organization'),
    datePublished: appearance.publishedAt,
  });
}

/** The earliest dated appearance, the first of them on a tie; null when none is dated. */
function firstAppearance(appearances: AppearanceRow[]): AppearanceRow | null {
  return appearances.reduce<AppearanceRow | null>(
    (first, appearance) => (appearance.publishedAt !== null && (first?.publishedAt == null || appearance.publishedAt < first.publishedAt) ? appearance : first),
    null,
  );
}

/** The schema.org Claim a subject's reviews are of: its words, speaker, appearances and when it was made. */
function reviewedClaim(subject: ClaimReviewSubject): JsonLd {
  const first = firstAppearance(subject.appearances);
  const [madeOn] = [...subject.assertedOn].sort();
  return defined({
    '@type': 'Claim',
    identifier: subject.claim.id,
    text: subject.claim.text,
    author: subject.speaker ? agent(subject.speaker.name, subject.speaker.kind) : null,
    datePublished: madeOn,
    appearance: subject.appearances.map(creativeWork),
    firstAppearance: first ? creativeWork(first) : null,
  });
}

/**
 * A claim's verdicts as schema.org ClaimReviews (Google's fact-check markup), one per reviewing
 * organization in the subject's order: what Google requires (claimReviewed, reviewRating with its
 * alternateName) and recommends (author, datePublished, itemReviewed with the claim's author,
 * appearances and date), each filled only where the graph holds it: `url` only where the editor gave one.
 */
export function claimReviewsOf(subject: ClaimReviewSubject): JsonLd[] {
  const itemReviewed = reviewedClaim(subject);
  return subject.verdicts.map((verdict) =>
    defined({
      '@context': SCHEMA_ORG,
      '@type': 'ClaimReview',
      identifier: verdict.id,
      claimReviewed: subject.claim.text,
      reviewRating: {
        '@type': 'Rating',
        ratingValue: verdict.ratingValue,
        bestRating: verdict.ratingBest,
        worstRating: verdict.ratingWorst,
        alternateName: verdict.ratingLabel,
      },
      author: { '@type': 'Organization', name: verdict.reviewer },
      datePublished: verdict.date,
      url: verdict.url,
      reviewBody: verdict.rationale,
      itemReviewed,
    }),
  );
}
