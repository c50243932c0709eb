import { nodeTypeOf } from '../../model/ids';
import { NODE_LABELS, NODE_TYPES, type NodeLabel } from '../../model/graph-vocabulary';
import type { RequestContext } from '../context';
import type { ActorRow, ClaimRow, EventRow, PerspectiveRow, QuestionRow, SourceRow, StoryRow, TensionRow } from '../rows';

export type NodeRow = StoryRow | ActorRow | ClaimRow | EventRow | SourceRow | QuestionRow | PerspectiveRow | TensionRow;

/** The GraphQL type of a node, read off its id's prefix (ids are `<type>:<key>`). */
export function graphqlTypeOf(node: { id: string }): NodeLabel {
  const type = nodeTypeOf(node.id, NODE_TYPES);
  if (!type) throw new Error(`Node id without a known type prefix: ${node.id}`);
  return NODE_LABELS[type];
}

/** Any node by id, through the loader of the label its prefix names; null for none. */
export function loadAnyNode(id: string, ctx: RequestContext): Promise<NodeRow | null> {
  const type = nodeTypeOf(id, NODE_TYPES);
  return type ? ctx.loaders.node<NodeRow>(NODE_LABELS[type], id) : Promise.resolve(null);
}
