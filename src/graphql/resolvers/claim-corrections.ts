import { cypherFile } from '../../db/cypher-file';
import type { WriteTransaction } from '../../db/database';
import { CORRECTABLE_FIELDS, cypherCorrectedValue, evidenceOf, fieldJson, type Citation, type ClaimFieldValues, type CorrectableField } from '../../model/claim-fields';
import { StoryId } from '../../model/story-graph';
import type { RequestContext } from '../context';
import { CorrectClaimInput, FIELD_INPUT, ResolveCurationConflictInput, type CorrectClaim } from '../curation/claim-correction-inputs';
import { checkClaimReferences } from '../curation/check-claim-references';
import { documentValues, isOpenConflict, setClaimCorrections } from '../curation/claim-corrections';
import type { CorrectionRecord, CorrectionRow, CorrectionsByField, CurationConflictRow } from '../curation/correction-rows';
import { runCurationWrite, type CurationState } from '../curation/curation-write';
import { apiError, notFound } from '../errors';
import type { Resolvers } from '../generated/resolvers-types';
import type { ActorRow, ClaimRow, SourceRow } from '../rows';
import { validate } from '../validate';
import { writerOf } from '../curation/writer-of';
import { neighbour, neighbours, requiredNode, type SliceArgs } from './neighbours';

/** A claim row as the loaders read it: the names of its corrected fields, and the version of a versioned read. */
type ReadClaim = ClaimRow & { correctedFields?: string[] | null; atVersion?: number | null };

/**
 * The corrected value of a claim field, or undefined where it has none. A read at a version answers
 * what that version said, so the document's words stay reachable; `correctedFields` spares
 * uncorrected claims the corrections' statement.
 */
async function correctedValue<F extends CorrectableField>(ctx: RequestContext, claim: ReadClaim, field: F): Promise<ClaimFieldValues[F] | undefined> {
  if (claim.atVersion != null || !claim.correctedFields?.includes(field)) return undefined;
  const correction = (await ctx.curation.corrections(claim.id)).find((candidate) => candidate.field === field);
  return correction ? (JSON.parse(correction.correctedValue) as ClaimFieldValues[F]) : undefined;
}

/** The sources a claim's corrected citations take as evidence, in their order; one a re-ingest has since pruned is left out. */
async function evidenceSources(ctx: RequestContext, citations: Citation[]): Promise<(SourceRow & { ref?: number | null })[]> {
  const sources = await Promise.all(evidenceOf(citations).sourceIds.map((id) => ctx.loaders.node<SourceRow>('Source', id)));
  return sources.filter((source): source is SourceRow => source !== null);
}

/** What a write stamps on each correction it sets: the revision it raises the claim to, when and by whom. */
type Stamp = Pick<CorrectionRecord, 'revision' | 'recordedAt' | 'recordedBy'>;

const claimCorrectionState = ({ curation, corrections }: CurationState) => ({ revision: curation.revision, corrections });

/** The corrections a correctClaim input sets, against the document's values and the claim's corrections so far. */
function correctionsOf(input: CorrectClaim, document: ClaimFieldValues, current: CorrectionRecord[], record: Stamp): CorrectionsByField {
  const next: CorrectionsByField = {};
  for (const field of CORRECTABLE_FIELDS) {
    const value = input[FIELD_INPUT[field]];
    if (value === undefined) continue;
    const correctedValue = fieldJson(field, value as ClaimFieldValues[typeof field]);
    const documentValue = fieldJson(field, document[field]);
    const earlier = current.find((correction) => correction.field === field);
    // The document's own value takes the correction away; the same correction again changes nothing.
    if (correctedValue === documentValue) {
      if (earlier) next[field] = null;
    } else if (earlier?.correctedValue !== correctedValue || earlier.documentValue !== documentValue) {
      next[field] = { claimId: input.claimId, field, documentValue, correctedValue, ...cypherCorrectedValue(field, value as ClaimFieldValues[typeof field]), ...record };
    }
  }
  return next;
}

/** The corrections a write replaces, by field, as its Change's `before`. */
const replaced = (current: CorrectionRecord[], fields: string[]): CorrectionsByField =>
  Object.fromEntries(fields.map((field) => [field, current.find((correction) => correction.field === field) ?? null]));

/** A claim-correction write: under the claim's lock, after the revision check, with `corrections` deciding what it sets. */
async function correctionWrite(
  ctx: RequestContext,
  input: { claimId: string; expectedRevision: number; idempotencyKey?: string | null; reason: string },
  mutation: string,
  corrections: (state: CurationState, document: ClaimFieldValues, record: Stamp) => CorrectionsByField,
  check: (tx: WriteTransaction) => Promise<void> = async () => {},
) {
  const client = writerOf(ctx);
  const { change } = await runCurationWrite(ctx.db, {
    mutation,
    label: 'Claim',
    itemId: input.claimId,
    expectedRevision: input.expectedRevision,
    idempotencyKey: input.idempotencyKey,
    client,
    current: claimCorrectionState,
    write: async (tx, state, at) => {
      await check(tx);
      const document = (await documentValues((query, params) => tx.run(query, params), [input.claimId])).get(input.claimId);
      if (!document) throw notFound('claim', input.claimId);
      const after = corrections(state, document, { revision: state.curation.revision + 1, recordedAt: at, recordedBy: client.id });
      if (Object.keys(after).length === 0) throw apiError('BAD_USER_INPUT', `The correction changes nothing: ${input.claimId} answers these values already.`);
      await setClaimCorrections(tx, input.claimId, after);
      return { field: 'corrections', before: replaced(state.corrections, Object.keys(after)), after, reason: input.reason };
    },
  });
  return { claim: await requiredNode<ClaimRow>(ctx.loaders, 'Claim', input.claimId), change };
}

/** Claim corrections: the mutations, the open conflicts, and the claim fields answering the corrected values. */
export const claimCorrectionResolvers: Resolvers = {
  Mutation: {
    correctClaim: (_, args, ctx) => {
      const input = validate(CorrectClaimInput, args.input, 'input');
      return correctionWrite(
        ctx,
        input,
        'correctClaim',
        (state, document, record) => correctionsOf(input, document, state.corrections, record),
        (tx) => checkClaimReferences(tx, input),
      );
    },
    resolveCurationConflict: (_, args, ctx) => {
      const input = validate(ResolveCurationConflictInput, args.input, 'input');
      return correctionWrite(ctx, input, 'resolveCurationConflict', (state, document, record) => {
        const correction = state.corrections.find((candidate) => candidate.field === input.field);
        if (!correction || !isOpenConflict(correction, document)) {
          throw apiError('BAD_USER_INPUT', `${input.claimId} has no open conflict on ${input.field}.`, { field: 'field' });
        }
        const kept = { ...correction, ...record, documentValue: fieldJson(input.field, document[input.field]) };
        return { [input.field]: input.resolution === 'KEEP_CORRECTION' ? kept : null };
      });
    },
  },
  Query: {
    curationConflicts: async (_, args, ctx) => {
      const storyId = validate(StoryId, args.storyId, 'storyId');
      if (!(await ctx.loaders.node('Story', storyId))) throw notFound('story', storyId);
      const corrections = (await ctx.db.read(cypherFile('queries/story-corrections'), { storyId })).map((row) => row.correction as unknown as CorrectionRow);
      const now = await documentValues((query, params) => ctx.db.read(query, params), corrections.map((correction) => correction.claimId));
      const conflicts: CurationConflictRow[] = [];
      for (const correction of corrections) {
        const document = now.get(correction.claimId);
        if (!document || !isOpenConflict(correction, document)) continue;
        conflicts.push({
          claimId: correction.claimId,
          field: correction.field,
          documentValueWhenCorrected: correction.documentValue,
          documentValue: fieldJson(correction.field, document[correction.field]),
          correctedValue: correction.correctedValue,
          change: correction.change,
        });
      }
      return conflicts.slice(0, args.first ?? undefined);
    },
  },
  CurationConflict: {
    claim: (conflict, _, ctx) => requiredNode<ClaimRow>(ctx.loaders, 'Claim', conflict.claimId),
  },
  Claim: {
    corrections: (claim, _, ctx) => ctx.curation.corrections(claim.id),
    text: async (claim: ReadClaim, _, ctx) => (await correctedValue(ctx, claim, 'text')) ?? claim.text,
    // Codegen types an enum with mapped values (ENUM_VALUES) as null in a field's result: the model's value is the right one.
    kind: async (claim: ReadClaim, _, ctx) => ((await correctedValue(ctx, claim, 'kind')) ?? claim.kind) as never,
    verbatim: async (claim: ReadClaim, _, ctx) => (await correctedValue(ctx, claim, 'verbatim')) ?? claim.verbatim,
    speaker: async (claim: ReadClaim, _, ctx) => {
      const speakerId = await correctedValue(ctx, claim, 'speaker');
      return speakerId ? requiredNode<ActorRow>(ctx.loaders, 'Actor', speakerId) : neighbour<ActorRow>(ctx, 'claimSpeaker', claim.id);
    },
    citationScope: async (claim: ReadClaim, _, ctx) => {
      const citations = await correctedValue(ctx, claim, 'citations');
      return (citations ? evidenceOf(citations).scope : claim.citationScope) as never;
    },
    sourceRefs: async (claim: ReadClaim, _, ctx) => {
      const citations = await correctedValue(ctx, claim, 'citations');
      if (!citations) return claim.sourceRefs;
      const sources = await evidenceSources(ctx, citations);
      return sources.flatMap((source) => (source.ref == null ? [] : [source.ref]));
    },
    sources: async (claim: ReadClaim, args: SliceArgs, ctx) => {
      const citations = await correctedValue(ctx, claim, 'citations');
      if (!citations) return neighbours<SourceRow>(ctx, 'claimSources', claim.id, args);
      // By number, as the document's sources are (sourceRefs keeps the order cited).
      const sources = await evidenceSources(ctx, citations);
      return sources.sort((a, b) => (a.ref ?? 0) - (b.ref ?? 0)).slice(0, args.first ?? undefined);
    },
  },
};
