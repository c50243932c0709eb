import { derivationKind } from '../../model/derivations';
import type { RequestContext } from '../context';
import { claimLinkTransition } from '../curation/claim-link-transition';
import type { WriteTransaction } from '../../db/database';
import {
  curatedRelationField,
  curatedRelationId,
  relationState,
  setCuratedRelation,
  type CuratedRelationName,
  type CuratedRelationRow,
  type RelationState,
} from '../curation/curated-relations';
import type { ChangeRow } from '../curation/curation-rows';
import { runCurationWriteOnItems, type CuratedItem, type CurationState } from '../curation/curation-write';
import { AddDerivationInput, ClaimLinkInput, DeclareSameSourceInput, MergeClaimsInput } from '../curation/link-inputs';
import { mergeRefusal } from '../curation/merge-refusal';
import { requireSources } from '../curation/require-sources';
import { apiError } from '../errors';
import type { Resolvers } from '../generated/resolvers-types';
import type { ClaimRow, MentionRow, SourceRow } from '../rows';
import { validate } from '../validate';
import { writerOf } from '../curation/writer-of';
import { neighbours, presentNodes, requiredNode, requiredNodes } from './neighbours';

/** What a CONFLICT shows of a link write: each item's revision, in the order the input names them. */
const revisionsOf = (items: CuratedItem[]) => (states: CurationState[]) => ({
  items: items.map((item, index) => ({ id: item.itemId, revision: states[index]?.curation.revision })),
});

/** The two items of a link write, each with the revision the client decided on. */
const pair = (label: CuratedItem['label'], [firstId, firstRevision]: [string, number], [secondId, secondRevision]: [string, number]): CuratedItem[] => [
  { label, itemId: firstId, expectedRevision: firstRevision },
  { label, itemId: secondId, expectedRevision: secondRevision },
];

/** A relation as a write's Change recorded it: a repeat by idempotency key answers the first write's. */
const recordedRelation = (change: ChangeRow) => JSON.parse(change.after) as CuratedRelationRow | null;

interface RelationWrite {
  mutation: string;
  items: CuratedItem[];
  relation: CuratedRelationName;
  fromId: string;
  toId: string;
  judgement: { rationale: string; evidenceSourceIds: string[]; idempotencyKey?: string | null };
  /** The relation after the write from its state under the locks (null: none), or a refusal thrown; `tx` reads more under them. */
  next(state: RelationState, at: string, by: string, tx: WriteTransaction): Omit<CuratedRelationRow, 'id'> | null | Promise<Omit<CuratedRelationRow, 'id'> | null>;
}

/** One curated-relation write: both items locked and revision-checked, the relation set, a Change on each. */
async function writeRelation(ctx: RequestContext, request: RelationWrite) {
  const client = writerOf(ctx);
  const id = curatedRelationId(request.relation, request.fromId, request.toId);
  const { change } = await runCurationWriteOnItems(ctx.db, {
    mutation: request.mutation,
    items: request.items,
    idempotencyKey: request.judgement.idempotencyKey,
    client,
    current: revisionsOf(request.items),
    write: async (tx, _states, at) => {
      await requireSources(tx, request.judgement.evidenceSourceIds);
      const state = await relationState(tx, request.relation, request.fromId, request.toId);
      const next = await request.next(state, at, client.id, tx);
      const value = next === null ? null : { ...next, id };
      await setCuratedRelation(tx, id, value);
      return { field: curatedRelationField(id), before: state.curated, after: value, reason: request.judgement.rationale };
    },
  });
  return { link: recordedRelation(change), change };
}

/** The parts of a curated relation every kind records: who, when, why, on what evidence. */
const recorded = (judgement: RelationWrite['judgement'], at: string, by: string) => ({
  rationale: judgement.rationale,
  evidenceSourceIds: judgement.evidenceSourceIds,
  recordedAt: at,
  recordedBy: by,
});

async function writeClaimLink(ctx: RequestContext, args: { input: unknown }, action: 'add' | 'remove') {
  const input = validate(ClaimLinkInput, args.input, 'input');
  const { link, change } = await writeRelation(ctx, {
    mutation: action === 'add' ? 'addClaimLink' : 'removeClaimLink',
    items: pair('Claim', [input.fromClaimId, input.expectedFromRevision], [input.toClaimId, input.expectedToRevision]),
    relation: input.relation,
    fromId: input.fromClaimId,
    toId: input.toClaimId,
    judgement: input,
    next: (state, at, by) => {
      const outcome = claimLinkTransition(action, state.inDocument, state.curated?.status ?? null);
      if ('refused' in outcome) throw apiError(outcome.refused, `${input.relation} from ${input.fromClaimId} to ${input.toClaimId}: ${outcome.message}.`);
      if (outcome.status === null) return null;
      return { relation: input.relation, status: outcome.status, fromId: input.fromClaimId, toId: input.toClaimId, ...recorded(input, at, by) };
    },
  });
  return { link, change, ...(await claimEnds(ctx, input.fromClaimId, input.toClaimId)) };
}

const claimEnds = async (ctx: RequestContext, fromId: string, toId: string) => ({
  from: await requiredNode<ClaimRow>(ctx.loaders, 'Claim', fromId),
  to: await requiredNode<ClaimRow>(ctx.loaders, 'Claim', toId),
});

/** A source relation the story already makes, or a curator already recorded, is refused: the write would change nothing. */
function refuseRepeat(state: RelationState, what: string) {
  if (state.inDocument) throw apiError('BAD_USER_INPUT', `The story already says ${what}.`);
  if (state.curated) throw apiError('BAD_USER_INPUT', `A curator has already said ${what}.`);
}

/** A source link write, answered with the link and both sources: it always leaves a link. */
async function writeSourceLink(ctx: RequestContext, request: RelationWrite) {
  const { link, change } = await writeRelation(ctx, request);
  if (!link) throw new Error(`${request.mutation} answered no link`);
  return {
    link,
    change,
    // In the input's order: `change` is the first item's.
    source: await requiredNode<SourceRow>(ctx.loaders, 'Source', request.items[0]?.itemId ?? link.fromId),
    other: await requiredNode<SourceRow>(ctx.loaders, 'Source', request.items[1]?.itemId ?? link.toId),
  };
}

const evidenceOf = (link: CuratedRelationRow, ctx: RequestContext) => presentNodes<SourceRow>(ctx.loaders, 'Source', link.evidenceSourceIds);

/** The fields a claim link and a source link share. */
const judgementFields = {
  rationale: (link: CuratedRelationRow) => link.rationale,
  evidence: (link: CuratedRelationRow, _: unknown, ctx: RequestContext) => evidenceOf(link, ctx),
  curator: (link: CuratedRelationRow) => link.recordedBy,
  recordedAt: (link: CuratedRelationRow) => link.recordedAt,
};

const CLAIM_RELATIONS: ReadonlySet<string> = new Set(['SUPPORTS', 'CONTRADICTS']);

/** Curators' links between claims and between sources: the mutations, and the fields that show them. */
export const curatedLinkResolvers: Resolvers = {
  Mutation: {
    addClaimLink: (_, args, ctx) => writeClaimLink(ctx, args, 'add'),
    removeClaimLink: (_, args, ctx) => writeClaimLink(ctx, args, 'remove'),
    declareSameSource: async (_, args, ctx) => {
      const input = validate(DeclareSameSourceInput, args.input, 'input');
      // Sameness has no direction: one relation per pair, from the first id.
      const [fromId, toId] = [input.sourceId, input.otherSourceId].sort() as [string, string];
      return writeSourceLink(ctx, {
        mutation: 'declareSameSource',
        items: pair('Source', [input.sourceId, input.expectedRevision], [input.otherSourceId, input.expectedOtherRevision]),
        relation: 'SAME_ITEM',
        fromId,
        toId,
        judgement: input,
        next: (state, at, by) => {
          if (storyOf(fromId) === storyOf(toId)) {
            throw apiError('BAD_USER_INPUT', `${fromId} and ${toId} are sources of one story: telling its sources apart is its document's (correct it there).`);
          }
          refuseRepeat(state, `${fromId} and ${toId} are one item`);
          return { relation: 'SAME_ITEM', status: 'ADDED', fromId, toId, ...recorded(input, at, by) };
        },
      });
    },
    mergeClaims: async (_, args, ctx) => {
      const input = validate(MergeClaimsInput, args.input, 'input');
      const { change } = await writeRelation(ctx, {
        mutation: 'mergeClaims',
        items: pair('Claim', [input.claimId, input.expectedRevision], [input.mergedClaimId, input.expectedMergedRevision]),
        relation: 'MERGED_INTO',
        fromId: input.mergedClaimId,
        toId: input.claimId,
        judgement: input,
        next: async (_state, at, by, tx) => {
          const refusal = await mergeRefusal(tx, input.claimId, input.mergedClaimId);
          if (refusal !== null) throw apiError('BAD_USER_INPUT', `${refusal}.`);
          return { relation: 'MERGED_INTO', status: 'ADDED', fromId: input.mergedClaimId, toId: input.claimId, ...recorded(input, at, by) };
        },
      });
      return {
        change,
        claim: await requiredNode<ClaimRow>(ctx.loaders, 'Claim', input.claimId),
        merged: await requiredNode<ClaimRow>(ctx.loaders, 'Claim', input.mergedClaimId),
      };
    },
    addDerivation: async (_, args, ctx) => {
      const input = validate(AddDerivationInput, args.input, 'input');
      return writeSourceLink(ctx, {
        mutation: 'addDerivation',
        items: pair('Source', [input.sourceId, input.expectedRevision], [input.fromSourceId, input.expectedFromRevision]),
        relation: 'DERIVED_FROM',
        fromId: input.sourceId,
        toId: input.fromSourceId,
        judgement: input,
        next: (state, at, by) => {
          refuseRepeat(state, `${input.sourceId} derives from ${input.fromSourceId}`);
          const derivation = { kind: input.kind ?? derivationKind(input.how), how: input.how ?? null };
          return { relation: 'DERIVED_FROM', status: 'ADDED', fromId: input.sourceId, toId: input.fromSourceId, ...derivation, ...recorded(input, at, by) };
        },
      });
    },
  },
  CuratedClaimLink: {
    ...judgementFields,
    from: (link, _, ctx) => requiredNode<ClaimRow>(ctx.loaders, 'Claim', link.fromId),
    to: (link, _, ctx) => requiredNode<ClaimRow>(ctx.loaders, 'Claim', link.toId),
  },
  CuratedSourceLink: {
    ...judgementFields,
    source: (link, _, ctx) => requiredNode<SourceRow>(ctx.loaders, 'Source', link.fromId),
    other: (link, _, ctx) => requiredNode<SourceRow>(ctx.loaders, 'Source', link.toId),
  },
  Claim: {
    curatedLinks: async (claim, args, ctx) =>
      (await ctx.curation.relations(claim.id)).filter((link) => CLAIM_RELATIONS.has(link.relation)).slice(0, args.first ?? undefined),
    mergedInto: async (claim, _, ctx) => {
      const { mergedInto } = await ctx.curation.merges(claim.id);
      return mergedInto === null ? null : requiredNode<ClaimRow>(ctx.loaders, 'Claim', mergedInto);
    },
    mergedClaims: async (claim, args, ctx) =>
      requiredNodes<ClaimRow>(ctx.loaders, 'Claim', (await ctx.curation.merges(claim.id)).mergedClaimIds.slice(0, args.first ?? undefined)),
    mergedMentions: async (claim, args, ctx) => {
      const perClaim = await Promise.all((await ctx.curation.merges(claim.id)).mergedClaimIds.map((id) => neighbours<MentionRow>(ctx, 'claimMentions', id, args)));
      return perClaim.flat().slice(0, args.first ?? undefined);
    },
  },
  Source: {
    curatedLinks: async (source, args, ctx) =>
      (await ctx.curation.relations(source.id)).filter((link) => !CLAIM_RELATIONS.has(link.relation)).slice(0, args.first ?? undefined),
  },
};

/** The story of a story item's id, `<type>:<story>:<key>`. */
const storyOf = (itemId: string) => itemId.split(':')[1];
