import type { RequestContext } from '../context';
import { checkClaimReferences } from '../curation/check-claim-references';
import { claimSplitField, claimSplitId, setClaimSplit, type ClaimSplitRow } from '../curation/claim-splits';
import { runCurationWrite } from '../curation/curation-write';
import { SplitClaimInput } from '../curation/link-inputs';
import { requireSources } from '../curation/require-sources';
import { writerOf } from '../curation/writer-of';
import type { Resolvers } from '../generated/resolvers-types';
import { listBound } from '../list-bounds';
import type { ActorRow, ClaimRow, MentionRow, SourceRow } from '../rows';
import { validate } from '../validate';
import { neighbours, presentNodes, requiredNode, type SliceArgs } from './neighbours';

/** A claim's own mentions (all of them, up to Claim.mentions' bound) without those its splits moved off. */
async function remainingMentions(ctx: RequestContext, claimId: string, args: SliceArgs): Promise<MentionRow[]> {
  const [mentions, splits] = await Promise.all([
    neighbours<MentionRow>(ctx, 'claimMentions', claimId, { ...args, first: listBound('Claim', 'mentions') }),
    ctx.curation.splits(claimId),
  ]);
  const moved = new Set(splits.flatMap((split) => split.mentionIds));
  return mentions.filter((mention) => !moved.has(mention.id));
}

/** splitClaim and what shows a claim's splits. */
export const claimSplitResolvers: Resolvers = {
  Mutation: {
    splitClaim: async (_, args, ctx) => {
      const input = validate(SplitClaimInput, args.input, 'input');
      const client = writerOf(ctx);
      const { change } = await runCurationWrite(ctx.db, {
        mutation: 'splitClaim',
        label: 'Claim',
        itemId: input.claimId,
        expectedRevision: input.expectedRevision,
        idempotencyKey: input.idempotencyKey,
        client,
        current: (state) => ({ revision: state.curation.revision }),
        write: async (tx, state, at) => {
          await checkClaimReferences(tx, { claimId: input.claimId, speakerId: input.speakerId ?? undefined });
          await requireSources(tx, input.evidenceSourceIds);
          // The revision this write gives the claim: no other split of it can have it.
          const id = claimSplitId(input.claimId, state.curation.revision + 1);
          const split: ClaimSplitRow = {
            id,
            claimId: input.claimId,
            text: input.text,
            speakerId: input.speakerId ?? null,
            mentionIds: input.mentionIds,
            rationale: input.rationale,
            evidenceSourceIds: input.evidenceSourceIds,
            recordedAt: at,
            recordedBy: client.id,
          };
          // Refuses mentions that are not the claim's, or already split off, or every one left.
          await setClaimSplit(tx, id, split);
          return { field: claimSplitField(id), before: null, after: split, reason: input.rationale };
        },
      });
      // The split as this write recorded it: a repeat by idempotency key answers the first write's.
      const split = JSON.parse(change.after) as ClaimSplitRow;
      return { split, claim: await requiredNode<ClaimRow>(ctx.loaders, 'Claim', input.claimId), change };
    },
  },
  ClaimSplit: {
    claim: (split, _, ctx) => requiredNode<ClaimRow>(ctx.loaders, 'Claim', split.claimId),
    speaker: (split, _, ctx) => (split.speakerId == null ? null : ctx.loaders.node<ActorRow>('Actor', split.speakerId)),
    mentions: async (split, args, ctx) =>
      (await presentNodes<MentionRow>(ctx.loaders, 'Mention', split.mentionIds)).sort((a, b) => a.position - b.position).slice(0, args.first ?? undefined),
    evidence: (split, _, ctx) => presentNodes<SourceRow>(ctx.loaders, 'Source', split.evidenceSourceIds),
    curator: (split) => split.recordedBy,
  },
  Claim: {
    splits: async (claim, args, ctx) => (await ctx.curation.splits(claim.id)).slice(0, args.first ?? undefined),
    curatedMentions: async (claim, args, ctx) => {
      const perClaim = await Promise.all([claim.id, ...(await ctx.curation.merges(claim.id)).mergedClaimIds].map((id) => remainingMentions(ctx, id, args)));
      return perClaim.flat().slice(0, args.first ?? undefined);
    },
  },
};
