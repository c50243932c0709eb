import { z } from 'zod';
import { CORRECTABLE_FIELDS } from '../../model/claim-fields';
import { ActorId, CitationScope, ClaimId, ClaimKind, SourceId } from '../../model/story-graph';
import { IdempotencyKey, Prose, Revision } from './curation-inputs';

/** Zod schemas of the claim-correction mutations' inputs (beside curation-inputs.ts, whose pieces they share). */

/** The input's name of each correctable field. */
export const FIELD_INPUT = { text: 'text', speaker: 'speakerId', kind: 'kind', verbatim: 'verbatim', citations: 'citations' } as const;

const Citations = z
  .array(z.object({ sourceId: SourceId, scope: CitationScope }))
  .max(100, 'must list at most 100 citations')
  .refine((citations) => new Set(citations.map((citation) => citation.sourceId)).size === citations.length, { message: 'must name each source once' });

export const CorrectClaimInput = z
  .object({
    claimId: ClaimId,
    expectedRevision: Revision,
    // Each field optional but never null: a correction names a value (a claim's speaker is an actor).
    text: z.string().trim().min(1, 'must not be blank').max(20_000, 'must be at most 20000 characters').optional(),
    speakerId: ActorId.optional(),
    kind: ClaimKind.optional(),
    verbatim: z.boolean().optional(),
    citations: Citations.optional(),
    reason: Prose,
    idempotencyKey: IdempotencyKey,
  })
  .refine((input) => CORRECTABLE_FIELDS.some((field) => input[FIELD_INPUT[field]] !== undefined), {
    message: 'must correct at least one of text, speakerId, kind, verbatim, citations',
  });
export type CorrectClaim = z.infer<typeof CorrectClaimInput>;

export const ResolveCurationConflictInput = z.object({
  claimId: ClaimId,
  expectedRevision: Revision,
  field: z.enum(CORRECTABLE_FIELDS),
  resolution: z.enum(['KEEP_CORRECTION', 'ACCEPT_DOCUMENT']),
  reason: Prose,
  idempotencyKey: IdempotencyKey,
});
export type ResolveCurationConflict = z.infer<typeof ResolveCurationConflictInput>;
