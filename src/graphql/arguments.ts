import { z } from 'zod';
import {
  ActorId,
  ActorKind,
  ClaimId,
  ClaimKind,
  Section,
  SourceId,
  SourceKind,
  StoryId,
} from '../model/story-graph';
import { NODE_TYPES } from '../model/graph-vocabulary';

/** Zod schemas of the API's arguments: checked before any Cypher runs. */

export const AnyNodeId = z
  .string()
  .max(200)
  .regex(new RegExp(`^(${NODE_TYPES.join('|')}):[a-z0-9][a-z0-9._:-]*$`), 'expected an id such as "claim:<key>"');

/** Sources a what-if takes away (Claim.corroboration's discounting): source ids, at most 50. */
export const Discounting = z.array(SourceId).max(50);
/** Story.claimsByCredibility's grades, by their number on the scale (the CredibilityGrade enum's values). */
export const CredibilityGrades = z.array(z.number().int().min(1).max(6)).min(1, 'must name a grade').max(6, 'must list at most the six grades');
/** claimsByCredibility's filter: grades (all six when left out) and a most of independent origins; at least one of the two. */
export const CredibilityFilter = z
  .object({ grades: CredibilityGrades.nullish(), maxOrigins: z.number().int().min(0).nullish() })
  .refine((filter) => filter.grades != null || filter.maxOrigins != null, 'must give grades or maxOrigins');
/** Query.claimsByCredibility's stories: each is graded whole, so fewer than elsewhere. */
export const GradedStoryIds = z.array(StoryId).min(1, 'must name a story').max(10, 'must name at most 10 stories');
/** Story.retractionImpact's discount: sources (at most 50) and the actors whose sources go too (at most 20). */
export const DiscountArgs = z.object({
  sourceIds: Discounting.nullish().transform((ids) => ids ?? []),
  actorIds: z
    .array(ActorId)
    .max(20)
    .nullish()
    .transform((ids) => ids ?? []),
});

const Text = z.string().trim().min(1, 'must not be blank').max(200, 'must be at most 200 characters');
/** A filter's list of enum values: more than an enum has values only repeats them. */
const Kinds = <T extends z.ZodType>(kind: T) => z.array(kind).max(20, 'must list at most 20 values');
const Version = z.number().int().positive('versions start at 1');
// Dates arrive already checked by the Date scalar.
const ScalarDate = z.string();

const AsOf = z.iso.datetime({ offset: true });

/** A story version, by number or by record time, is only meaningful within one story. */
const versionNeedsStory = (filter: { storyId?: unknown; version?: unknown; asOf?: unknown }) =>
  (filter.version == null && filter.asOf == null) || filter.storyId != null;
const versionRule = { message: 'version and asOf need storyId', path: ['version'] };
const oneVersion = (filter: { version?: unknown; asOf?: unknown }) => filter.version == null || filter.asOf == null;
const oneVersionRule = { message: 'give version or asOf, not both', path: ['asOf'] };

/**
 * A root list's filter over one story's items, which may read a version of that story: by its
 * number or by record time (`asOf`), not both, and either only with `storyId`.
 */
const storyItemFilter = <Shape extends z.ZodRawShape>(shape: Shape) =>
  z
    .object({ ...shape, storyId: StoryId.nullish(), version: Version.nullish(), asOf: AsOf.nullish() })
    .refine(versionNeedsStory, versionRule)
    .refine(oneVersion, oneVersionRule);

export const ClaimFilter = storyItemFilter({
  actorId: ActorId.nullish(),
  sourceId: SourceId.nullish(),
  kinds: Kinds(ClaimKind).nullish(),
  sections: Kinds(Section).nullish(),
  textContains: Text.nullish(),
});

export const EventFilter = storyItemFilter({
  actorId: ActorId.nullish(),
  from: ScalarDate.nullish(),
  to: ScalarDate.nullish(),
  textContains: Text.nullish(),
}).refine((f) => f.from == null || f.to == null || f.from <= f.to, { message: 'from is after to', path: ['from'] });

export const SourceFilter = storyItemFilter({
  publisherId: ActorId.nullish(),
  kinds: Kinds(SourceKind).nullish(),
  numbered: z.boolean().nullish(),
});

export const ActorFilter = z.object({
  storyId: StoryId.nullish(),
  kinds: Kinds(ActorKind).nullish(),
  nameContains: Text.nullish(),
});

export const QuestionFilter = storyItemFilter({ textContains: Text.nullish() });

export const PerspectiveFilter = storyItemFilter({ actorId: ActorId.nullish() });

export const TensionFilter = storyItemFilter({ claimId: ClaimId.nullish() });

/** The stories an analysis across stories reads together: a few, named. */
export const StoryIds = z.array(StoryId).min(1, 'must name a story').max(20, 'must name at most 20 stories');

/** A story read at a version: by its number or by record time (`asOf`), not both. */
export const VersionArgs = z.object({ version: Version.nullish(), asOf: AsOf.nullish() }).refine(oneVersion, oneVersionRule);

export const SearchArgs = z.object({
  text: Text,
  kinds: Kinds(z.enum(['CLAIM', 'SOURCE', 'EVENT', 'ACTOR'])).min(1).nullish(),
  storyId: StoryId.nullish(),
  first: z.number().int().min(1, 'must be at least 1').max(100, 'must be at most 100'),
  sourcesByMaker: z.boolean(),
});

export const DiffArgs = z.object({ from: Version, to: Version });
