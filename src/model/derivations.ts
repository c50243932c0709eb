import type { SourceNode } from './story-graph';

/**
 * The ids of the sources `sourceId` derives from, directly or through other sources (itself only
 * through a cycle). Iterative, so that a long chain of derivations cannot overflow the stack.
 */
export function derivationsReached(sourceId: string, byId: ReadonlyMap<string, Pick<SourceNode, 'derivedFrom'>>): Set<string> {
  const reached = new Set<string>();
  const pending = [sourceId];
  for (let id = pending.pop(); id !== undefined; id = pending.pop()) {
    for (const { sourceId: from } of byId.get(id)?.derivedFrom ?? []) {
      if (!reached.has(from)) pending.push(from);
      reached.add(from);
    }
  }
  return reached;
}
