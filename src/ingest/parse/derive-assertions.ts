import { derivationsReached } from '../../model/derivations';
import type { AssertionNode, ClaimNode, SourceNode, StoryGraphDocument } from '../../model/story-graph';

/**
 * Channels over time, read off the graph: a claim whose cited sources all lead (themselves or
 * through what they derive from) to one item its speaker made — authored or published — was
 * asserted through that item. A leaked item keeps both: the assertion is internal, dated when the
 * item was made, and the leak is a disclosure dated when it became public. An internal item (a
 * memo, a post to staff) became public through the cited source that relayed it first: a
 * disclosure through that source, `leaked` when the source had it from unnamed sources. Where the
 * sources lead to no such item, or to several, the parser's reading of the wording stands. Mutates `doc`.
 */
export function deriveAssertions(doc: Pick<StoryGraphDocument, 'claims' | 'sources' | 'story'>): void {
  const byId = new Map(doc.sources.map((source) => [source.id, source]));
  const byRef = new Map(doc.sources.flatMap((source) => (source.ref === undefined ? [] : [[source.ref, source] as const])));
  for (const claim of doc.claims) {
    const speaker = claim.speakerId;
    if (speaker === null || speaker === doc.story.narratorId) continue;
    const item = madeThrough(claim, speaker, byRef, byId);
    if (!item) continue;
    const relays = claim.sourceRefs.flatMap((ref) => byRef.get(ref) ?? []).filter((source) => source.id !== item.id && derivationsReached(source.id, byId).has(item.id));
    claim.assertedBy = [assertionThrough(item, speaker, relays), ...claim.assertedBy.filter((a) => a.actorId !== speaker)];
  }
}

/** The one item by the speaker that every cited source leading to any item of theirs leads to. */
function madeThrough(
  claim: ClaimNode,
  speaker: string,
  byRef: ReadonlyMap<number, SourceNode>,
  byId: ReadonlyMap<string, SourceNode>,
): SourceNode | undefined {
  const madeBySpeaker = (id: string) => {
    const source = byId.get(id);
    return source !== undefined && (source.authorIds.includes(speaker) || source.publisherId === speaker);
  };
  // Each cited source, and what it derives from, that the speaker made.
  const reach = (source: SourceNode | undefined) =>
    new Set(source === undefined ? [] : [source.id, ...derivationsReached(source.id, byId)].filter(madeBySpeaker));
  const candidates = claim.sourceRefs.map((ref) => reach(byRef.get(ref))).filter((items) => items.size > 0);
  const [first, ...rest] = candidates;
  const common = [...(first ?? [])].filter((id) => rest.every((items) => items.has(id)));
  return common.length === 1 ? byId.get(common[0] as string) : undefined;
}

/**
 * How an internal item reached the public: through the cited relays of the earliest date (each of
 * them where several share it: the text does not say which came first). Undated relays say nothing.
 */
function firstRelays(relays: readonly SourceNode[]): AssertionNode['disclosures'] {
  const dates = relays.flatMap((source) => source.publishedAt ?? []).sort();
  const earliest = dates[0];
  return relays
    .filter((source) => earliest !== undefined && source.publishedAt === earliest)
    .map((source) => ({ channel: source.anonymousSourcing === undefined ? 'public' : 'leaked', at: earliest as string, sourceId: source.id }));
}

function assertionThrough(item: SourceNode, actorId: string, relays: readonly SourceNode[]): AssertionNode {
  if (item.channel === 'leaked') {
    const made = item.recordedAt ?? undefined;
    const leak = { channel: 'leaked' as const, ...(item.publishedAt && { at: item.publishedAt }), sourceId: item.id };
    return { actorId, channel: 'internal', ...(made && { at: made }), disclosures: [leak] };
  }
  const at = item.publishedAt ?? item.recordedAt;
  const disclosures = item.channel === 'internal' ? firstRelays(relays) : [];
  return { actorId, channel: item.channel ?? 'public', ...(at && { at }), disclosures };
}
