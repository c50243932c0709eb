import { z } from 'zod';
import { DerivationKindSchema } from '../../model/derivations';
import { ActorId, ClaimId, MentionId, SourceId } from '../../model/story-graph';
import { CLAIM_RELATIONS } from './curated-relations';
import { EvidenceSourceIds, IdempotencyKey, Line, Prose, Revision } from './curation-inputs';

/** Zod schemas of the curated-link mutations' inputs (curated-relations.ts): two distinct items, each with its revision. */

const Judgement = { rationale: Prose, evidenceSourceIds: EvidenceSourceIds, idempotencyKey: IdempotencyKey };
const distinct = (first: string, second: string, message: string): [(input: Record<string, unknown>) => boolean, { message: string; path: string[] }] => [
  (input) => input[first] !== input[second],
  { message, path: [second] },
];

/** addClaimLink and removeClaimLink: the link from one claim to another, of one relation. */
export const ClaimLinkInput = z
  .object({
    fromClaimId: ClaimId,
    toClaimId: ClaimId,
    relation: z.enum(CLAIM_RELATIONS),
    expectedFromRevision: Revision,
    expectedToRevision: Revision,
    ...Judgement,
  })
  .refine(...distinct('fromClaimId', 'toClaimId', 'a claim cannot be linked to itself'));
export type ClaimLink = z.infer<typeof ClaimLinkInput>;

export const DeclareSameSourceInput = z
  .object({
    sourceId: SourceId,
    otherSourceId: SourceId,
    expectedRevision: Revision,
    expectedOtherRevision: Revision,
    ...Judgement,
  })
  .refine(...distinct('sourceId', 'otherSourceId', 'a source is already the same item as itself'));
export type DeclareSameSource = z.infer<typeof DeclareSameSourceInput>;

export const AddDerivationInput = z
  .object({
    sourceId: SourceId,
    fromSourceId: SourceId,
    expectedRevision: Revision,
    expectedFromRevision: Revision,
    /** Without it, read from `how` as the ingester reads a story's verb (src/model/derivations.ts). */
    kind: DerivationKindSchema.nullish(),
    how: Line(200).nullish(),
    ...Judgement,
  })
  .refine(...distinct('sourceId', 'fromSourceId', 'a source cannot derive from itself'));
export type AddDerivation = z.infer<typeof AddDerivationInput>;

/** mergeClaims: `mergedClaimId` into `claimId`, which keeps it. */
export const MergeClaimsInput = z
  .object({
    claimId: ClaimId,
    mergedClaimId: ClaimId,
    expectedRevision: Revision,
    expectedMergedRevision: Revision,
    ...Judgement,
  })
  .refine(...distinct('claimId', 'mergedClaimId', 'a claim is already one with itself'));
export type MergeClaims = z.infer<typeof MergeClaimsInput>;

/** splitClaim: some of a claim's mentions, by id, moved to a part of its own (claim-splits.ts). */
export const SplitClaimInput = z.object({
  claimId: ClaimId,
  expectedRevision: Revision,
  mentionIds: z
    .array(MentionId)
    .min(1, 'name at least one mention to split off')
    .max(100, 'at most 100 mentions')
    .refine((ids) => new Set(ids).size === ids.length, 'each mention once'),
  text: Line(2_000),
  speakerId: ActorId.nullish(),
  ...Judgement,
});
export type SplitClaim = z.infer<typeof SplitClaimInput>;
