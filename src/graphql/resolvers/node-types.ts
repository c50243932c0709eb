import { nodeTypeOf } from '../../model/ids';
import { NODE_TYPES } from '../../model/story-graph';
import { NODE_LABELS, type NodeLabel } from '../loaders/create-loaders';

/** The GraphQL type of a node, read off its id's prefix (ids are `<type>:<key>`). */
export function graphqlTypeOf(node: { id: string }): NodeLabel {
  const type = nodeTypeOf(node.id, NODE_TYPES);
  if (!type) throw new Error(`Node id without a known type prefix: ${node.id}`);
  return NODE_LABELS[type];
}
