import { z } from 'zod';
import { cypherFile } from '../../db/cypher-file';
import { contentKey } from '../../model/ids';
import { AnyNodeId } from '../arguments';
import type { RequestContext } from '../context';
import type { CurationRow, VerdictRow } from '../curation/curation-rows';
import {
  MarkSourceRetractedInput,
  RecordVerdictInput,
  SetSourceReliabilityInput,
} from '../curation/curation-inputs';
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
  itemId: AnyNodeId.nullish(),
  by: z.string().max(100).nullish(),
  since: z.iso.datetime({ offset: true }).nullish(),
  until: z.iso.datetime({ offset: true }).nullish(),
});

/** The request's API key; the role guard has let no write through without one. */
export function writer(ctx: RequestContext) {
  if (!ctx.client) throw apiError('UNAUTHENTICATED', 'Writes need an API key in the X-API-Key header.');
  return ctx.client;
}

const reliabilityOf = (curation: CurationRow | null) =>
  curation?.reliabilityGrade
    ? { grade: curation.reliabilityGrade, rationale: curation.reliabilityRationale ?? '', setAt: curation.reliabilitySetAt ?? '', setBy: curation.reliabilitySetBy ?? '' }
    : null;

const retractionOf = (curation: CurationRow | null) =>
  curation?.retractionReason
    ? {
        reason: curation.retractionReason,
        date: curation.retractionDate ?? '',
        recordedAt: curation.retractionRecordedAt ?? '',
        recordedBy: curation.retractionRecordedBy ?? '',
      }
    : null;

const ratingOf = (verdict: VerdictRow) => ({ value: verdict.ratingValue, best: verdict.ratingBest, worst: verdict.ratingWorst, label: verdict.ratingLabel });

const claimState = ({ curation, verdicts }: CurationState) => ({ revision: curation.revision, verdicts: verdicts.map((v) => ({ ...v, rating: ratingOf(v) })) });
const sourceState = ({ curation }: CurationState) => ({ revision: curation.revision, reliability: reliabilityOf(curation), retraction: retractionOf(curation) });

/** A source curation: its properties on the Curation node, named by `field` in the audit trail. */
async function curateSource(
  ctx: RequestContext,
  input: { sourceId: string; expectedRevision: number; idempotencyKey?: string | null },
  mutation: string,
  field: 'reliability' | 'retraction',
  reason: string,
  properties: (at: string, by: string) => Partial<CurationRow>,
) {
  const client = writer(ctx);
  const shown = field === 'reliability' ? reliabilityOf : retractionOf;
  const write: CurationWrite = {
    mutation,
    label: 'Source',
    itemId: input.sourceId,
    expectedRevision: input.expectedRevision,
    idempotencyKey: input.idempotencyKey,
    client,
    current: sourceState,
    write: async (tx, state, at) => {
      const set = properties(at, client.id);
      await tx.run(cypherFile('curation/set-source-curation'), { sourceId: input.sourceId, properties: set });
      return { field, before: shown(state.curation), after: shown({ ...state.curation, ...set }), reason };
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
      const client = writer(ctx);
      const { change } = await runCurationWrite(ctx.db, {
        mutation: 'recordVerdict',
        label: 'Claim',
        itemId: input.claimId,
        expectedRevision: input.expectedRevision,
        idempotencyKey: input.idempotencyKey,
        client,
        current: claimState,
        write: async (tx, state, at) => {
          await requireSources(tx, input.evidenceSourceIds);
          const verdict: VerdictRow = {
            // One verdict per reviewer and claim: the reviewer's name folded as claim texts are.
            id: `verdict:${input.claimId.slice('claim:'.length)}:${contentKey(input.reviewer)}`,
            claimId: input.claimId,
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
          await tx.run(cypherFile('curation/record-verdict'), { verdict });
          const before = state.verdicts.find((earlier) => earlier.id === verdict.id) ?? null;
          return { field: `verdict:${input.reviewer}`, before, after: verdict, reason: input.rationale };
        },
      });
      // The verdict as this write recorded it: a repeat by idempotency key answers the first write's.
      const verdict = JSON.parse(change.after) as VerdictRow;
      return { verdict, claim: await requiredNode<ClaimRow>(ctx.loaders, 'Claim', input.claimId), change };
    },
    markSourceRetracted: (_, args, ctx) => {
      const input = validate(MarkSourceRetractedInput, args.input, 'input');
      return curateSource(ctx, input, 'markSourceRetracted', 'retraction', input.reason, (at, by) => ({
        retractionReason: input.reason,
        retractionDate: input.date,
        retractionRecordedAt: at,
        retractionRecordedBy: by,
      }));
    },
    setSourceReliability: (_, args, ctx) => {
      const input = validate(SetSourceReliabilityInput, args.input, 'input');
      return curateSource(ctx, input, 'setSourceReliability', 'reliability', input.rationale, (at, by) => ({
        reliabilityGrade: input.grade,
        reliabilityRationale: input.rationale,
        reliabilitySetAt: at,
        reliabilitySetBy: by,
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
  Source: {
    revision: async (source, _, ctx) => (await ctx.curation.curation(source.id))?.revision ?? 0,
    reliability: async (source, _, ctx) => reliabilityOf(await ctx.curation.curation(source.id)),
    retraction: async (source, _, ctx) => retractionOf(await ctx.curation.curation(source.id)),
  },
};
