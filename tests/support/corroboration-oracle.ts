import fc from 'fast-check';
import { evidenceRefs, StoryGraphDocument } from '../../src/model/story-graph';

/**
 * Corroboration and retraction knock-on written from the rule alone, over a story document (not the
 * graph): cited sources (direct, or also inherited), followed along derivedFrom to the sources that
 * derive from nothing, grouped by their authors, else their publisher, else alone; a way through a
 * discounted source does not count. And a generator of small story documents to hold the API to it.
 */

type Doc = StoryGraphDocument;
export type Evidence = 'DIRECT' | 'DIRECT_AND_INHERITED';

export interface ExpectedCorroboration {
  directSources: number;
  evidenceSources: number;
  originCount: number;
  /** Each origin as its sorted makers and sorted roots (originText), sorted. */
  origins: string[];
}

export const originText = (makers: string[], roots: string[]) => `${[...makers].sort().join('+') || '-'} ⟵ ${[...roots].sort().join(',')}`;

/** The part of a Corroboration answer the oracle speaks of. */
export interface CorroborationAnswer {
  directSources: number;
  evidenceSources: number;
  originCount: number;
  origins: { makers: { id: string }[]; roots: { id: string }[] }[];
}

/** An answer reduced to the oracle's shape. */
export const reducedCorroboration = (answer: CorroborationAnswer): ExpectedCorroboration => ({
  directSources: answer.directSources,
  evidenceSources: answer.evidenceSources,
  originCount: answer.originCount,
  origins: answer.origins.map((o) => originText(o.makers.map((m) => m.id), o.roots.map((r) => r.id))).sort(),
});

/** Every way from a source to a source that derives from nothing, without repeating an edge; a source with none stands for itself. */
export function waysOf(doc: Doc, sourceId: string): string[][] {
  const byId = new Map(doc.sources.map((s) => [s.id, s]));
  const ways: string[][] = [];
  const walk = (id: string, path: string[], used: Set<string>) => {
    const from = byId.get(id)?.derivedFrom ?? [];
    if (from.length === 0) ways.push([...path, id]);
    for (const { sourceId: next } of from) {
      const edge = `${id}>${next}`;
      if (!used.has(edge)) walk(next, [...path, id], new Set([...used, edge]));
    }
  };
  walk(sourceId, [], new Set());
  return ways.length > 0 ? ways : [[sourceId]];
}

const passes = (way: string[], discounted: ReadonlySet<string>) => way.some((id) => discounted.has(id));

/** The roots a source rests on by the ways that pass no discounted source. */
export function rootsOf(doc: Doc, sourceId: string, discounted: ReadonlySet<string>): string[] {
  return [...new Set(waysOf(doc, sourceId).filter((way) => !passes(way, discounted)).map((way) => way.at(-1) ?? sourceId))];
}

/** Sources every way of which passes a discounted one (those included), and those some way of which does. */
export function fallenAndTouched(doc: Doc, discounted: ReadonlySet<string>): { fallen: Set<string>; touched: Set<string> } {
  const fallen = new Set<string>();
  const touched = new Set<string>();
  for (const source of doc.sources) {
    const ways = waysOf(doc, source.id);
    if (ways.every((way) => passes(way, discounted))) fallen.add(source.id);
    if (ways.some((way) => passes(way, discounted))) touched.add(source.id);
  }
  return { fallen, touched };
}

const sourceIdOf = (doc: Doc, ref: number) => doc.sources.find((s) => s.ref === ref)?.id;

/** The sources a claim's mentions cite, of the scopes `evidence` counts. */
export function citedBy(doc: Doc, claimId: string, evidence: Evidence): Set<string> {
  const claim = doc.claims.find((c) => c.id === claimId);
  if (!claim) throw new Error(`no claim ${claimId}`);
  const scopes = evidence === 'DIRECT' ? ['direct'] : ['direct', 'inherited'];
  return new Set(claim.mentions.filter((m) => scopes.includes(m.citationScope)).flatMap((m) => m.citationRefs.flatMap((ref) => sourceIdOf(doc, ref) ?? [])));
}

export function expectedCorroboration(doc: Doc, claimId: string, evidence: Evidence, discounted: ReadonlySet<string> = new Set()): ExpectedCorroboration {
  // A cited source counts while some way from it to a root stands.
  const standing = (sources: Set<string>) => [...sources].filter((source) => rootsOf(doc, source, discounted).length > 0);
  const evidenceSources = standing(citedBy(doc, claimId, evidence));
  // An origin is its makers, or a root no one is named to have made.
  const origins = new Map<string, { makers: string[]; roots: Set<string> }>();
  for (const source of evidenceSources) {
    for (const root of rootsOf(doc, source, discounted)) {
      const made = doc.sources.find((s) => s.id === root);
      const makers = [...(made?.authorIds?.length ? made.authorIds : made?.publisherId ? [made.publisherId] : [])].sort();
      const key = makers.length > 0 ? makers.join('+') : root;
      const origin = origins.get(key) ?? { makers, roots: new Set<string>() };
      origins.set(key, origin);
      origin.roots.add(root);
    }
  }
  return {
    directSources: standing(citedBy(doc, claimId, 'DIRECT')).length,
    evidenceSources: evidenceSources.length,
    originCount: origins.size,
    origins: [...origins.values()].map((o) => originText(o.makers, [...o.roots])).sort(),
  };
}

/** What Story.retractionImpact should answer, in the API's order (document order; sources by number). */
export function expectedImpact(doc: Doc, evidence: Evidence, discount: { sourceIds: string[]; actorIds: string[] }) {
  const discounted = doc.sources.filter(
    (s) => discount.sourceIds.includes(s.id) || (s.authorIds ?? []).some((id) => discount.actorIds.includes(id)) || (s.publisherId != null && discount.actorIds.includes(s.publisherId)),
  );
  const discountedIds = new Set(discounted.map((s) => s.id));
  const { fallen, touched } = fallenAndTouched(doc, discountedIds);
  const claims = doc.claims.filter((c) => [...citedBy(doc, c.id, evidence)].some((id) => touched.has(id))).sort((a, b) => a.position - b.position || a.id.localeCompare(b.id));
  const cites = (refs: number[]) => [...new Set(refs.flatMap((ref) => sourceIdOf(doc, ref) ?? []))];
  const citedItems = [...doc.events, ...doc.questions]
    .map((item) => ({ item, cited: cites(item.sourceRefs) }))
    .filter(({ cited }) => cited.some((id) => fallen.has(id)))
    .map(({ item, cited }) => ({ id: item.id, lostAll: cited.every((id) => fallen.has(id)) }));
  const tensions = doc.tensions.flatMap((t) => {
    const sides = (['A', 'B'] as const).filter((name) => {
      const evidences = (name === 'A' ? t.sideA : t.sideB).claimIds.map((id) => [...citedBy(doc, id, evidence)]);
      return evidences.some((e) => e.length > 0) && evidences.every((e) => e.every((id) => fallen.has(id)));
    });
    return sides.length > 0 ? [{ id: t.id, sides }] : [];
  });
  const bySource = (a: { id: string; ref?: number }, b: { id: string; ref?: number }) =>
    (a.ref ?? Infinity) - (b.ref ?? Infinity) || a.id.localeCompare(b.id);
  return {
    discounted: [...discounted].sort(bySource).map((s) => s.id),
    fallen: doc.sources.filter((s) => fallen.has(s.id)).sort(bySource).map((s) => s.id),
    claims: claims.map((c) => ({
      id: c.id,
      before: expectedCorroboration(doc, c.id, evidence),
      after: expectedCorroboration(doc, c.id, evidence, discountedIds),
    })),
    citedItems,
    tensions,
  };
}

const STORY = 'corroboration-generated';
const ACTOR_IDS = ['actor:corroboration-a', 'actor:corroboration-b', 'actor:corroboration-c'];
const NARRATOR = `actor:narrator:${STORY}`;
export const GENERATED_ACTOR_IDS = ACTOR_IDS;

/** Small stories: up to 7 sources with any derivations (loops included) and makers, claims citing them directly or not, events, questions and a tension. */
export const arbitraryStory = fc
  .record({
    sources: fc.array(
      fc.record({
        derivedFrom: fc.uniqueArray(fc.nat(6), { maxLength: 3 }),
        maker: fc.oneof(fc.constant(null), fc.record({ as: fc.constantFrom('author', 'publisher'), actor: fc.nat(2) })),
      }),
      { minLength: 1, maxLength: 7 },
    ),
    claims: fc.array(
      fc.array(fc.record({ refs: fc.uniqueArray(fc.nat(6), { maxLength: 3 }), scope: fc.constantFrom('direct' as const, 'inherited' as const) }), {
        minLength: 1,
        maxLength: 3,
      }),
      { minLength: 1, maxLength: 4 },
    ),
    citedItems: fc.array(fc.uniqueArray(fc.nat(6), { maxLength: 3 }), { maxLength: 3 }),
  })
  .map(({ sources, claims, citedItems }): Doc => {
    const sourceId = (index: number) => `source:${STORY}:${(index % sources.length) + 1}`;
    const refs = (indexes: number[]) => [...new Set(indexes.map((index) => (index % sources.length) + 1))];
    const claimIds = claims.map((_, index) => `claim:${STORY}:${index}`);
    return StoryGraphDocument.parse({
      format: 'claimgraph/story-graph@1',
      story: { id: `story:${STORY}`, title: 'Generated corroboration', version: 1, updatedAt: '2026-01-01T00:00:00Z', itemCount: 1, what: '-', whyItMatters: '-', narratorId: NARRATOR },
      actors: [...ACTOR_IDS.map((id) => ({ id, name: id.slice(6), kind: 'person' as const })), { id: NARRATOR, name: 'Narrator', kind: 'narrator' as const }],
      sources: sources.map((s, index) => ({
        id: sourceId(index),
        ref: index + 1,
        title: `Source ${index + 1}`,
        publisher: s.maker?.as === 'publisher' ? ACTOR_IDS[s.maker.actor] : null,
        publisherId: s.maker?.as === 'publisher' ? ACTOR_IDS[s.maker.actor] : null,
        authorIds: s.maker?.as === 'author' ? [ACTOR_IDS[s.maker.actor]] : [],
        kind: 'article' as const,
        derivedFrom: [...new Set(s.derivedFrom.map(sourceId))].filter((id) => id !== sourceId(index)).map((id) => ({ sourceId: id, how: `relays ${id}` })),
      })),
      claims: claims.map((mentions, index) => {
        const written = mentions.map((m, at) => ({
          id: `mention:${STORY}:${index}-${at}`,
          section: 'what' as const,
          line: index * 10 + at + 1,
          position: index * 10 + at,
          text: `Claim ${index}.`,
          citationRefs: refs(m.refs),
          citationScope: m.scope,
        }));
        return {
          id: claimIds[index],
          text: `Claim ${index}.`,
          kind: 'statement' as const,
          verbatim: false,
          speakerId: NARRATOR,
          section: 'what' as const,
          position: index * 10,
          sourceRefs: evidenceRefs(written),
          supports: [],
          mentions: written,
        };
      }),
      // Odd ones events, even ones questions.
      events: citedItems.flatMap((cited, index) =>
        index % 2 === 1 ? [{ id: `event:${STORY}:${index}`, date: '2026-01-01', text: `Event ${index}.`, position: index, sourceRefs: refs(cited) }] : [],
      ),
      questions: citedItems.flatMap((cited, index) => (index % 2 === 0 ? [{ id: `question:${STORY}:${index}`, text: `Question ${index}?`, position: index, sourceRefs: refs(cited) }] : [])),
      perspectives: [],
      tensions:
        claimIds.length >= 2
          ? [{ id: `tension:${STORY}:0`, text: 'A against B.', position: 0, sourceRefs: [], sideA: { label: 'A', claimIds: [claimIds[0]], sourceRefs: [] }, sideB: { label: 'B', claimIds: claimIds.slice(1), sourceRefs: [] } }]
          : [],
    });
  });

/** Every loop of derivedFrom (no source twice), as its source ids from the smallest, shortest loops first, then by ids. */
export function expectedCycles(doc: Doc): string[][] {
  const byId = new Map(doc.sources.map((s) => [s.id, s]));
  const cycles: string[][] = [];
  // Each loop found once, from its smallest id, by walks through larger ids only.
  const walk = (start: string, path: string[]) => {
    for (const { sourceId: next } of byId.get(path.at(-1) ?? start)?.derivedFrom ?? []) {
      if (next === start) cycles.push(path);
      else if (next > start && !path.includes(next)) walk(start, [...path, next]);
    }
  };
  for (const source of doc.sources) walk(source.id, [source.id]);
  // Code point order, as Cypher orders strings.
  const text = (ids: string[]) => ids.join('\u0000');
  return cycles.sort((a, b) => a.length - b.length || (text(a) < text(b) ? -1 : text(a) > text(b) ? 1 : 0));
}

/**
 * The mentions citing two or more sources side by side whose sources rest on fewer origins than
 * there are sources, with their origin count: the claim's corroboration counted over that one
 * mention, so the oracle keeps whatever origin rule expectedCorroboration holds.
 */
export function expectedFalseCorroborations(doc: Doc, evidence: Evidence): { mentionId: string; originCount: number }[] {
  const scopes = evidence === 'DIRECT' ? ['direct'] : ['direct', 'inherited'];
  return doc.claims
    .flatMap((claim) => claim.mentions.filter((m) => scopes.includes(m.citationScope) && m.citationRefs.length >= 2).map((mention) => ({ claim, mention })))
    .sort((a, b) => a.mention.position - b.mention.position || a.mention.id.localeCompare(b.mention.id))
    .flatMap(({ claim, mention }) => {
      const alone = { ...doc, claims: doc.claims.map((c) => (c.id === claim.id ? { ...c, mentions: [mention] } : c)) };
      const { originCount } = expectedCorroboration(alone, claim.id, 'DIRECT_AND_INHERITED');
      return originCount < mention.citationRefs.length ? [{ mentionId: mention.id, originCount }] : [];
    });
}
