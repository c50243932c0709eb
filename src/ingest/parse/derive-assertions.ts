import type { AssertionNode, ClaimNode, SourceNode, StoryGraphDocument } from '../../model/story-graph';

/**
 * Channels over time, read off the graph: a claim whose cited sources all lead (themselves or
 * through what they derive from) to one item its speaker made — authored or published — was
 * asserted through that item. A leaked item keeps both: the assertion is internal, dated when the
 * item was made, and the leak is a disclosure dated when it became public. Where the sources lead
 * to no such item, or to several, the parser's reading of the wording stands. Mutates `doc`.
 */
export function deriveAssertions(doc: Pick<StoryGraphDocument, 'claims' | 'sources' | 'story'>): void {
  const byId = new Map(doc.sources.map((source) => [source.id, source]));
  const byRef = new Map(doc.sources.flatMap((source) => (source.ref === undefined ? [] : [[source.ref, source] as const])));
  for (const claim of doc.claims) {
    const speaker = claim.speakerId;
    if (speaker === null || speaker === doc.story.narratorId) continue;
    const item = madeThrough(claim, speaker, byRef, byId);
    if (!item) continue;
    claim.assertedBy = [assertionThrough(item, speaker), ...claim.assertedBy.filter((a) => a.actorId !== speaker)];
  }
}

/** The one item by the speaker that every cited source leading to any item of theirs leads to. */
function madeThrough(
  claim: ClaimNode,
  speaker: string,
  byRef: ReadonlyMap<number, SourceNode>,
  byId: ReadonlyMap<string, SourceNode>,
): SourceNode | undefined {
  const reach = (source: SourceNode | undefined, seen = new Set<string>()): string[] => {
    if (!source || seen.has(source.id)) return [];
    seen.add(source.id);
    const own = source.authorIds.includes(speaker) || source.publisherId === speaker ? [source.id] : [];
    return [...own, ...source.derivedFrom.flatMap(({ sourceId }) => reach(byId.get(sourceId), seen))];
  };
  const candidates = claim.sourceRefs.map((ref) => new Set(reach(byRef.get(ref)))).filter((items) => items.size > 0);
  const [first, ...rest] = candidates;
  const common = [...(first ?? [])].filter((id) => rest.every((items) => items.has(id)));
  return common.length === 1 ? byId.get(common[0] as string) : undefined;
}

function assertionThrough(item: SourceNode, actorId: string): AssertionNode {
  if (item.channel === 'leaked') {
    const made = item.recordedAt ?? undefined;
    const leak = { channel: 'leaked' as const, ...(item.publishedAt && { at: item.publishedAt }), sourceId: item.id };
    return { actorId, channel: 'internal', ...(made && { at: made }), disclosures: [leak] };
  }
  const at = item.publishedAt ?? item.recordedAt;
  return { actorId, channel: item.channel ?? 'public', ...(at && { at }), disclosures: [] };
}
