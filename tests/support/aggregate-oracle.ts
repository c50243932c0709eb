import type { StoryGraphDocument } from '../../src/model/story-graph';

export const AGGREGATE_BYS = [
  'CLAIM_KIND',
  'CLAIM_SECTION',
  'CLAIM_SPEAKER',
  'SOURCE_KIND',
  'SOURCE_PUBLISHER',
  'SOURCE_MONTH',
  'EVENT_MONTH',
  'ASSERTION_CHANNEL',
  'ASSERTION_MONTH',
] as const;
export type AggregateBy = (typeof AGGREGATE_BYS)[number];

export interface ExpectedAggregate {
  by: AggregateBy;
  total: number;
  groups: { key: string | null; count: number }[];
}

const month = (date: string | undefined) => date?.slice(0, 7) ?? null;

/** Each counted item's key, read from story documents as the schema's descriptions define them. */
function keysOf(doc: StoryGraphDocument, by: AggregateBy): (string | null)[] {
  const assertions = doc.claims.flatMap((claim) => claim.assertedBy);
  switch (by) {
    case 'CLAIM_KIND':
      return doc.claims.map((claim) => claim.kind.toUpperCase());
    case 'CLAIM_SECTION':
      return doc.claims.map((claim) => claim.section.toUpperCase());
    case 'CLAIM_SPEAKER':
      return doc.claims.map((claim) => claim.speakerId);
    case 'SOURCE_KIND':
      return doc.sources.map((source) => source.kind.toUpperCase());
    case 'SOURCE_PUBLISHER':
      return doc.sources.map((source) => source.publisherId);
    case 'SOURCE_MONTH':
      return doc.sources.map((source) => month(source.publishedAt));
    case 'EVENT_MONTH':
      return doc.events.map((event) => (event.datePrecision === 'year' ? event.date.slice(0, 4) : month(event.date)));
    case 'ASSERTION_CHANNEL':
      return assertions.map((assertion) => assertion.channel.toUpperCase());
    case 'ASSERTION_MONTH':
      return assertions.map((assertion) => month(assertion.at));
  }
}

/** The aggregate of `docs` together: counts per key, the largest first, ties by key, the null key last among equals. */
export function expectedAggregate(docs: readonly StoryGraphDocument[], by: AggregateBy): ExpectedAggregate {
  const counts = new Map<string | null, number>();
  for (const key of docs.flatMap((doc) => keysOf(doc, by))) counts.set(key, (counts.get(key) ?? 0) + 1);
  const groups = [...counts].map(([key, count]) => ({ key, count }));
  groups.sort((a, b) => b.count - a.count || (a.key === null ? 1 : b.key === null ? -1 : a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  return { by, total: groups.reduce((sum, group) => sum + group.count, 0), groups };
}
