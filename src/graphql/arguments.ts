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

const Text = z.string().trim().min(1, 'must not be blank').max(200, 'must be at most 200 characters');
/** A filter's list of enum values: more than an enum has values only repeats them. */
const Kinds = <T extends z.ZodType>(kind: T) => z.array(kind).max(20, 'must list at most 20 values');
const Version = z.number().int().positive('versions start at 1');
// Dates arrive already checked by the Date scalar.
const ScalarDate = z.string();

const AsOf = z.iso.datetime({ offset: true });

/** A story version, by number or by record time, is only meaningful within one story. */
const versionNeedsStory = <T extends { storyId?: string | null; version?: number | null; asOf?: string | null }>(filter: T) =>
  (filter.version == null && filter.asOf == null) || filter.storyId != null;
const versionRule = { message: 'version and asOf need storyId', path: ['version'] };
const oneVersion = <T extends { version?: number | null; asOf?: string | null }>(filter: T) => filter.version == null || filter.asOf == null;
const oneVersionRule = { message: 'give version or asOf, not both', path: ['asOf'] };

export const ClaimFilter = z
  .object({
    storyId: StoryId.nullish(),
    actorId: ActorId.nullish(),
    sourceId: SourceId.nullish(),
    kinds: Kinds(ClaimKind).nullish(),
    sections: Kinds(Section).nullish(),
    textContains: Text.nullish(),
    version: Version.nullish(),
    asOf: AsOf.nullish(),
  })
  .refine(versionNeedsStory, versionRule)
  .refine(oneVersion, oneVersionRule);

export const EventFilter = z
  .object({
    storyId: StoryId.nullish(),
    actorId: ActorId.nullish(),
    from: ScalarDate.nullish(),
    to: ScalarDate.nullish(),
    textContains: Text.nullish(),
    version: Version.nullish(),
    asOf: AsOf.nullish(),
  })
  .refine(versionNeedsStory, versionRule)
  .refine(oneVersion, oneVersionRule)
  .refine((f) => f.from == null || f.to == null || f.from <= f.to, { message: 'from is after to', path: ['from'] });

export const SourceFilter = z
  .object({
    storyId: StoryId.nullish(),
    publisherId: ActorId.nullish(),
    kinds: Kinds(SourceKind).nullish(),
    numbered: z.boolean().nullish(),
    version: Version.nullish(),
    asOf: AsOf.nullish(),
  })
  .refine(versionNeedsStory, versionRule)
  .refine(oneVersion, oneVersionRule);

export const ActorFilter = z.object({
  storyId: StoryId.nullish(),
  kinds: Kinds(ActorKind).nullish(),
  nameContains: Text.nullish(),
});

export const QuestionFilter = z
  .object({ storyId: StoryId.nullish(), textContains: Text.nullish(), version: Version.nullish(), asOf: AsOf.nullish() })
  .refine(versionNeedsStory, versionRule)
  .refine(oneVersion, oneVersionRule);

export const PerspectiveFilter = z
  .object({ storyId: StoryId.nullish(), actorId: ActorId.nullish(), version: Version.nullish(), asOf: AsOf.nullish() })
  .refine(versionNeedsStory, versionRule)
  .refine(oneVersion, oneVersionRule);

export const TensionFilter = z
  .object({ storyId: StoryId.nullish(), claimId: ClaimId.nullish(), version: Version.nullish(), asOf: AsOf.nullish() })
  .refine(versionNeedsStory, versionRule)
  .refine(oneVersion, oneVersionRule);

/** A story read at a version: by its number or by record time (`asOf`), not both. */
export const VersionArgs = z.object({ version: Version.nullish(), asOf: AsOf.nullish() }).refine(oneVersion, oneVersionRule);

export const SearchArgs = z.object({
  text: Text,
  kinds: Kinds(z.enum(['CLAIM', 'SOURCE', 'EVENT'])).min(1).nullish(),
  storyId: StoryId.nullish(),
  first: z.number().int().min(1, 'must be at least 1').max(100, 'must be at most 100'),
});

export const DiffArgs = z.object({ from: Version, to: Version });
