import { z } from 'zod';
import { nodeTypeOf } from '../../model/ids';
import { NODE_LABELS, NODE_TYPES, type NodeLabel } from '../../model/graph-vocabulary';
import { AnyNodeId } from '../arguments';
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


/** A per-type lookup: a malformed id is BAD_USER_INPUT, an unknown one NOT_FOUND. */
const lookup =
  <T>(label: NodeLabel) =>
  async (_: unknown, args: { id: string }, ctx: RequestContext): Promise<T> => {
    const id = validate(AnyNodeId, args.id, 'id');
    const type = nodeTypeOf(id, NODE_TYPES);
    const node = type && NODE_LABELS[type] === label ? await ctx.loaders.node<T>(label, id) : null;
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
};
