import { z } from 'zod';
import { cypherFile } from '../../db/cypher-file';
import { AnyNodeId } from '../arguments';
import type { RequestContext } from '../context';
import type { CurationRow, ReliabilityGrade, VerdictRow } from '../curation/curation-rows';
import {
  ApiKeyId,
  MarkSourceRetractedInput,
  RecordVerdictInput,
  SetSourceReliabilityInput,
} from '../curation/curation-inputs';
import { setSourceField, sourceFieldOf, type SourceField, type SourceFieldValue } from '../curation/source-curation-fields';
import { setVerdict, verdictById, verdictField, verdictIdOf } from '../curation/verdict-field';
import { writerOf } from '../curation/writer-of';
import { runCurationWrite, type CurationState, type CurationWrite } from '../curation/curation-write';
import { requireSources } from '../curation/require-sources';
import { apiError } from '../errors';
import type { Resolvers } from '../generated/resolvers-types';
import { connectionFields, pageRequest, paginate } from '../pagination';
import type { ClaimRow, SourceRow } from '../rows';
import { validate } from '../validate';
import { loadAnyNode } from './node-types';
import { requiredNode } from './neighbours';

const ChangesFilter = z.object({
  // A claim's or source's id, or an API key's (admins' key changes are in the trail too).
  itemId: AnyNodeId.or(ApiKeyId).nullish(),
  by: z.string().max(100).nullish(),
  since: z.iso.datetime({ offset: true }).nullish(),
  until: z.iso.datetime({ offset: true }).nullish(),
});

const reliabilityOf = (curation: CurationRow | null) =>
  sourceFieldOf(curation, 'reliability') as (SourceFieldValue<'reliability'> & { grade: ReliabilityGrade }) | null;
const retractionOf = (curation: CurationRow | null) => sourceFieldOf(curation, 'retraction');

const ratingOf = (verdict: VerdictRow) => ({ value: verdict.ratingValue, best: verdict.ratingBest, worst: verdict.ratingWorst, label: verdict.ratingLabel });

const claimState = ({ curation, verdicts }: CurationState) => ({ revision: curation.revision, verdicts: verdicts.map((v) => ({ ...v, rating: ratingOf(v) })) });
const sourceState = ({ curation }: CurationState) => ({ revision: curation.revision, reliability: reliabilityOf(curation), retraction: retractionOf(curation) });

/** A source curation: one of its fields (source-curation-fields.ts), named by `field` in the audit trail. */
async function curateSource<F extends SourceField>(
  ctx: RequestContext,
  input: { sourceId: string; expectedRevision: number; idempotencyKey?: string | null },
  mutation: string,
  field: F,
  reason: string,
  value: (at: string, by: string) => SourceFieldValue<F>,
) {
  const client = writerOf(ctx);
  const write: CurationWrite = {
    mutation,
    label: 'Source',
    itemId: input.sourceId,
    expectedRevision: input.expectedRevision,
    idempotencyKey: input.idempotencyKey,
    client,
    current: sourceState,
    write: async (tx, state, at) => {
      const after = value(at, client.id);
      await setSourceField(tx, input.sourceId, field, after);
      return { field, before: sourceFieldOf(state.curation, field), after, reason };
    },
  };
  const { change } = await runCurationWrite(ctx.db, write);
  return { source: await requiredNode<SourceRow>(ctx.loaders, 'Source', input.sourceId), change };
}

/** Curation's fields: the mutations, the audit trail, and what curation adds to claims and sources. */
export const curationResolvers: Resolvers = {
  Mutation: {
    recordVerdict: async (_, args, ctx) => {
      const input = validate(RecordVerdictInput, args.input, 'input');
      const client = writerOf(ctx);
      const { change } = await runCurationWrite(ctx.db, {
        mutation: 'recordVerdict',
        label: 'Claim',
        itemId: input.claimId,
        expectedRevision: input.expectedRevision,
        idempotencyKey: input.idempotencyKey,
        client,
        current: claimState,
        write: async (tx, _, at) => {
          await requireSources(tx, input.evidenceSourceIds);
          const verdict: VerdictRow = {
            id: verdictIdOf(input.splitId ?? input.claimId, input.reviewer),
            claimId: input.claimId,
            ...(input.splitId ? { splitId: input.splitId } : {}),
            reviewer: input.reviewer,
            ratingValue: input.rating.value,
            ratingBest: input.rating.best,
            ratingWorst: input.rating.worst,
            ratingLabel: input.rating.label,
            date: input.date,
            rationale: input.rationale,
            evidenceSourceIds: input.evidenceSourceIds,
            ...(input.url ? { url: input.url } : {}),
            recordedAt: at,
            recordedBy: client.id,
          };
          const before = await verdictById(tx, verdict.id);
          // NOT_FOUND for a split that is not the claim's.
          await setVerdict(tx, input.claimId, verdict.id, verdict);
          return { field: verdictField(input.reviewer, input.splitId), before, after: verdict, reason: input.rationale };
        },
      });
      // The verdict as this write recorded it: a repeat by idempotency key answers the first write's.
      const verdict = JSON.parse(change.after) as VerdictRow;
      return { verdict, claim: await requiredNode<ClaimRow>(ctx.loaders, 'Claim', input.claimId), change };
    },
    markSourceRetracted: (_, args, ctx) => {
      const input = validate(MarkSourceRetractedInput, args.input, 'input');
      return curateSource(ctx, input, 'markSourceRetracted', 'retraction', input.reason, (at, by) => ({
        reason: input.reason,
        date: input.date,
        recordedAt: at,
        recordedBy: by,
      }));
    },
    setSourceReliability: (_, args, ctx) => {
      const input = validate(SetSourceReliabilityInput, args.input, 'input');
      return curateSource(ctx, input, 'setSourceReliability', 'reliability', input.rationale, (at, by) => ({
        grade: input.grade,
        rationale: input.rationale,
        setAt: at,
        setBy: by,
      }));
    },
  },
  Query: {
    changes: async (_, args, ctx) => {
      const page = pageRequest(args, ctx.api.maxPageSize);
      const parsed = validate(ChangesFilter, { itemId: args.itemId, by: args.by, since: args.since, until: args.until }, 'filter');
      const filter = { itemId: parsed.itemId ?? null, by: parsed.by ?? null, since: parsed.since ?? null, until: parsed.until ?? null };
      return paginate(ctx.db, 'changes', filter, { property: 'at', descending: true }, page);
    },
  },
  ChangeConnection: connectionFields,
  Change: {
    item: (change, _, ctx) => loadAnyNode(change.itemId, ctx),
  },
  Verdict: {
    claim: (verdict, _, ctx) => requiredNode<ClaimRow>(ctx.loaders, 'Claim', verdict.claimId),
    split: async (verdict, _, ctx) => (verdict.splitId ? ((await ctx.curation.splits(verdict.claimId)).find((split) => split.id === verdict.splitId) ?? null) : null),
    rating: ratingOf,
    evidence: async (verdict, _, ctx) => {
      const sources = await Promise.all(verdict.evidenceSourceIds.map((id) => ctx.loaders.node<SourceRow>('Source', id)));
      return sources.filter((source): source is SourceRow => source !== null);
    },
  },
  Claim: {
    revision: async (claim, _, ctx) => (await ctx.curation.curation(claim.id))?.revision ?? 0,
    verdicts: async (claim, args, ctx) => (await ctx.curation.verdicts(claim.id)).slice(0, args.first ?? undefined),
  },
  ClaimSplit: {
    verdicts: async (split, args, ctx) => (await ctx.curation.verdicts(split.id)).slice(0, args.first ?? undefined),
  },
  Source: {
    revision: async (source, _, ctx) => (await ctx.curation.curation(source.id))?.revision ?? 0,
    reliability: async (source, _, ctx) => reliabilityOf(await ctx.curation.curation(source.id)),
    retraction: async (source, _, ctx) => retractionOf(await ctx.curation.curation(source.id)),
  },
};
