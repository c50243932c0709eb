import { z } from 'zod';
import { API_KEY_NAME_PATTERN } from '../../api-keys/api-key-store';
import { ClaimId, SourceId } from '../../model/story-graph';

/** Zod schemas of the curation mutations' inputs: checked before any Cypher runs. */

export const Line = (max: number) => z.string().trim().min(1, 'must not be blank').max(max, `must be at most ${max} characters`);
export const Prose = z.string().trim().min(1, 'must not be blank').max(5_000, 'must be at most 5000 characters');
// Dates arrive already checked by the Date scalar.
const ScalarDate = z.string();
export const Revision = z.number().int().min(0, 'revisions start at 0');
export const IdempotencyKey = Line(100).nullish();

/** Sources a judgement rests on, from any story: each once. */
export const EvidenceSourceIds = z
  .array(SourceId)
  .max(20, 'must list at most 20 sources')
  .nullish()
  .transform((ids) => [...new Set(ids ?? [])]);

const Rating = z
  .object({ value: z.number().finite(), best: z.number().finite(), worst: z.number().finite(), label: Line(100) })
  .refine((rating) => rating.best !== rating.worst, { message: 'best and worst must differ', path: ['best'] })
  .refine((rating) => rating.value >= Math.min(rating.best, rating.worst) && rating.value <= Math.max(rating.best, rating.worst), {
    message: 'must lie between worst and best',
    path: ['value'],
  });

/** A part split off a claim (claimSplitId): `split:<claim key>:<the claim's revision the split made>`. */
export const ClaimSplitId = z
  .string()
  .max(220)
  .regex(/^split:[a-z0-9][a-z0-9._:-]*:\d+$/, 'expected a split id such as "split:<story>:<claim key>:<revision>" (ClaimSplit.id)');

export const RecordVerdictInput = z.object({
  claimId: ClaimId,
  expectedRevision: Revision,
  splitId: ClaimSplitId.nullish(),
  rating: Rating,
  reviewer: Line(200),
  date: ScalarDate,
  rationale: Prose,
  evidenceSourceIds: EvidenceSourceIds,
  url: z.httpUrl('must be an http or https address').max(2_000, 'must be at most 2000 characters').nullish(),
  idempotencyKey: IdempotencyKey,
});
export type RecordVerdict = z.infer<typeof RecordVerdictInput>;

export const MarkSourceRetractedInput = z.object({
  sourceId: SourceId,
  expectedRevision: Revision,
  reason: Prose,
  date: ScalarDate,
  idempotencyKey: IdempotencyKey,
});
export type MarkSourceRetracted = z.infer<typeof MarkSourceRetractedInput>;

export const SetSourceReliabilityInput = z.object({
  sourceId: SourceId,
  expectedRevision: Revision,
  grade: z.enum(['A', 'B', 'C', 'D', 'E', 'F']),
  rationale: Prose,
  idempotencyKey: IdempotencyKey,
});
export type SetSourceReliability = z.infer<typeof SetSourceReliabilityInput>;

// revertChange (src/graphql/curation/revert-change.ts).
export const RevertChangeInput = z.object({
  changeId: z.string().regex(/^change:[0-9a-f-]{36}$/, 'expected a change id such as "change:<uuid>" (Change.id)'),
  expectedRevision: Revision,
  reason: Prose,
  idempotencyKey: IdempotencyKey,
});
export type RevertChange = z.infer<typeof RevertChangeInput>;

// The admin mutations of API keys (src/graphql/resolvers/curation-admin.ts).
export const ApiKeyId = z.string().regex(/^key_[0-9a-f]{16}$/, 'expected an API key id such as "key_0123456789abcdef" (never the key itself)');
const RoleName = z.enum(['READER', 'EDITOR', 'ADMIN']);

export const CreateApiKeyInput = z.object({
  name: z.string().trim().regex(API_KEY_NAME_PATTERN, 'must be 1 to 100 characters on one line'),
  role: RoleName,
  reason: Prose,
});
export const RevokeApiKeyInput = z.object({ id: ApiKeyId, reason: Prose });
export const SetApiKeyRoleInput = z.object({ id: ApiKeyId, role: RoleName, reason: Prose });
