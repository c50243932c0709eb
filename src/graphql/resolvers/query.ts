import { isObjectType, type GraphQLResolveInfo } from 'graphql';
// graphql-js's own field collection (fragments, @skip/@include), as the executor does it.
import { collectSubfields } from 'graphql/execution/collectFields';
import { z } from 'zod';
import { nodeTypeOf } from '../../model/ids';
import { NODE_LABELS, NODE_TYPES, type NodeLabel } from '../../model/graph-vocabulary';
import { AnyNodeId, CredibilityFilter, Discounting, GradedStoryIds, StoryIds } from '../arguments';
import type { RequestContext } from '../context';
import { notFound } from '../errors';
import type { QueryResolvers } from '../generated/resolvers-types';
import type {
  ActorRow,
  ClaimIdentityRow,
  ClaimRow,
  EventRow,
  MentionRow,
  PerspectiveRow,
  QuestionRow,
  SourceIdentityRow,
  SourceRow,
  StoryRow,
  TensionRow,
} from '../rows';
import { listBound } from '../list-bounds';
import { validate } from '../validate';
import { rootConnections } from './root-connections';
import { loadAnyNode } from './node-types';
import { search } from './search';
import { actorPairsOf } from './actor-pair';
import { aggregateOf } from './aggregates';
import { graphOfStories } from './graph-of-stories';
import { sliceOf } from './neighbours';
import { claimsByCredibility } from './credibility';


/** Whether the operation asks for `field` on the object this resolver answers. */
function selects(info: GraphQLResolveInfo, field: string): boolean {
  const type = info.returnType;
  const object = 'ofType' in type ? type.ofType : type;
  if (!isObjectType(object)) return false;
  return collectSubfields(info.schema, info.fragments, info.variableValues, object, info.fieldNodes).has(field);
}

/**
 * A per-type lookup: a malformed id is BAD_USER_INPUT, an unknown one NOT_FOUND. A claim asked with
 * its provenance is found by the provenance statement, which brings the claim with it: a
 * fact-checker's lookup then costs no statement of its own.
 */
const lookup =
  <T>(label: NodeLabel) =>
  async (_: unknown, args: { id: string }, ctx: RequestContext, info: GraphQLResolveInfo): Promise<T> => {
    const id = validate(AnyNodeId, args.id, 'id');
    const type = nodeTypeOf(id, NODE_TYPES);
    const ours = type !== undefined && NODE_LABELS[type] === label;
    const found = ours && label === NODE_LABELS.claim && selects(info, 'provenance') ? (await ctx.loaders.provenance(id)) !== null : ours;
    const node = found ? await ctx.loaders.node<T>(label, id) : null;
    if (!node) throw notFound(label, id);
    return node;
  };

export const queryResolvers: QueryResolvers = {
  node: (_, args, ctx) => loadAnyNode(validate(AnyNodeId, args.id, 'id'), ctx),
  nodes: (_, args, ctx) => {
    // The schema's bound, or a smaller page size the server is configured with.
    const ids = validate(z.array(AnyNodeId).max(Math.min(ctx.api.maxPageSize, listBound('Query', 'nodes'))), args.ids, 'ids');
    return Promise.all(ids.map((id) => loadAnyNode(id, ctx)));
  },
  story: lookup<StoryRow>('Story'),
  actor: lookup<ActorRow>('Actor'),
  claim: lookup<ClaimRow>('Claim'),
  event: lookup<EventRow>('Event'),
  source: lookup<SourceRow>('Source'),
  question: lookup<QuestionRow>('Question'),
  perspective: lookup<PerspectiveRow>('Perspective'),
  tension: lookup<TensionRow>('Tension'),
  mention: lookup<MentionRow>('Mention'),
  sourceIdentity: lookup<SourceIdentityRow>('SourceIdentity'),
  claimIdentity: lookup<ClaimIdentityRow>('ClaimIdentity'),
  ...rootConnections,
  search,
  claimsByCredibility: (_, args, ctx) => {
    const storyIds = [...new Set(validate(GradedStoryIds, args.storyIds, 'storyIds'))];
    const filter = validate(CredibilityFilter, { grades: args.grades, maxOrigins: args.maxOrigins }, 'claimsByCredibility');
    const discountedIds = validate(Discounting, args.discounting, 'discounting');
    return claimsByCredibility(ctx, storyIds.map((storyId) => ({ storyId, at: null })), filter, args.evidence, discountedIds, sliceOf(args).first);
  },
  graph: (_, args, ctx) => graphOfStories(ctx, validate(StoryIds, args.storyIds, 'storyIds')),
  aggregates: (_, args, ctx) => aggregateOf(ctx, validate(StoryIds, args.storyIds, 'storyIds'), args.by, null),
  actorContradictions: (_, args, ctx) =>
    actorPairsOf(ctx, [...new Set(validate(StoryIds, args.storyIds, 'storyIds'))], args.relation, sliceOf(args).first, null),
};
