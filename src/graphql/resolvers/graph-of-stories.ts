import type { RequestContext } from '../context';
import type { GraphNodeRow, StoryGraphRow } from '../rows';

/**
 * Several stories drawn together (Query.graph): each story's graph (story-graph.cypher, the ids
 * batched into one statement), an actor several stories share drawn once. Edges need no merging:
 * each starts or ends at an item of its own story.
 */
export async function graphOfStories(ctx: RequestContext, storyIds: readonly string[]): Promise<StoryGraphRow> {
  const graphs = await Promise.all([...new Set(storyIds)].map((id) => ctx.loaders.storyGraph<StoryGraphRow>(id)));
  const nodes = new Map<string, GraphNodeRow>();
  for (const node of graphs.flatMap((graph) => graph?.nodes ?? [])) if (!nodes.has(node.id)) nodes.set(node.id, node);
  return { nodes: [...nodes.values()], edges: graphs.flatMap((graph) => graph?.edges ?? []) };
}
