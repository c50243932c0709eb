/**
 * Where two normalized answers first differ, as a path and both values, or undefined when they are
 * equal. Normalized answers are plain JSON (objects, arrays, strings, numbers, booleans, null).
 * `other` names where the second answer comes from.
 */
export function firstDifference(ours: unknown, peer: unknown, other = '@neo4j/graphql', at = '$'): string | undefined {
  if (Array.isArray(ours) && Array.isArray(peer)) {
    for (let i = 0; i < Math.max(ours.length, peer.length); i += 1) {
      if (i >= ours.length || i >= peer.length) return `${at}: claimgraph has ${ours.length} items, ${other} ${peer.length}`;
      const difference = firstDifference(ours[i], peer[i], other, `${at}[${i}]`);
      if (difference) return difference;
    }
    return undefined;
  }
  if (isRecord(ours) && isRecord(peer)) {
    for (const key of new Set([...Object.keys(ours), ...Object.keys(peer)])) {
      const difference = firstDifference(ours[key], peer[key], other, `${at}.${key}`);
      if (difference) return difference;
    }
    return undefined;
  }
  return Object.is(ours, peer) ? undefined : `${at}: claimgraph ${show(ours)}, ${other} ${show(peer)}`;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

const show = (value: unknown) => {
  const text = JSON.stringify(value) ?? 'undefined';
  return text.length > 120 ? `${text.slice(0, 117)}…` : text;
};
