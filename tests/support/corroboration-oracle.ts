import fc from 'fast-check';
import { derivationKind } from '../../src/model/derivations';
import { evidenceRefs, StoryGraphDocument, type MentionNode } from '../../src/model/story-graph';

/**
 * Corroboration and retraction knock-on written from the rule alone, over a story document (not the
 * graph): cited sources (direct, or also inherited), followed along derivedFrom to the first source
 * the claim's speaker made where any way reaches one, else along relays to the sources that relay
 * nothing, grouped by their authors, else their publisher, else alone; a way through a discounted
 * source does not count. And a generator of small story documents to hold the API to it.
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

/** The selection of a Corroboration that reducedCorroboration reads. */
export const CORROBORATION_SELECTION = 'directSources evidenceSources originCount origins { makers { id } roots { id } }';

/** An answer reduced to the oracle's shape. */
export const reducedCorroboration = (answer: CorroborationAnswer): ExpectedCorroboration => ({
  directSources: answer.directSources,
  evidenceSources: answer.evidenceSources,
  originCount: answer.originCount,
  origins: answer.origins.map((o) => originText(o.makers.map((m) => m.id), o.roots.map((r) => r.id))).sort(),
});

/** The most derivation steps a way takes, as the statements' `{0,10}`. */
const MAX_HOPS = 10;

type EndsAs = 'SPEAKERS_OWN' | 'ROOT' | 'ANALYSIS' | 'LOOP';

/**
 * The sources reachable from `sourceId` in at most MAX_HOPS steps along the edges `follow` keeps,
 * never entering a `blocked` one nor leaving one where `ends` says a way stops: the ends among them.
 */
function endsReached(
  doc: Doc,
  sourceId: string,
  follow: (how: string | undefined) => boolean,
  ends: (id: string) => boolean,
  blocked: ReadonlySet<string> = new Set(),
): string[] {
  if (blocked.has(sourceId)) return [];
  const byId = new Map(doc.sources.map((s) => [s.id, s]));
  const seen = new Set([sourceId]);
  let frontier = [sourceId];
  for (let hops = 0; frontier.length > 0; hops += 1) {
    const next: string[] = [];
    for (const id of frontier) {
      if (ends(id) || hops === MAX_HOPS) continue;
      for (const { sourceId: to, how } of byId.get(id)?.derivedFrom ?? []) {
        if (follow(how) && !seen.has(to) && !blocked.has(to)) {
          seen.add(to);
          next.push(to);
        }
      }
    }
    frontier = next;
  }
  return [...seen].filter(ends);
}

/** What a source analyses: the sources it derives from in 1 to MAX_HOPS steps, by any derivation, and their authors and publishers. */
function materialOf(doc: Doc, sourceId: string): Set<string> {
  const byId = new Map(doc.sources.map((s) => [s.id, s]));
  const reached = new Set<string>();
  let frontier = [sourceId];
  for (let hops = 0; hops < MAX_HOPS && frontier.length > 0; hops += 1) {
    frontier = frontier.flatMap((id) => (byId.get(id)?.derivedFrom ?? []).map((d) => d.sourceId)).filter((id) => !reached.has(id));
    for (const id of frontier) reached.add(id);
    frontier = [...new Set(frontier)];
  }
  const makers = [...reached].flatMap((id) => [...(byId.get(id)?.authorIds ?? []), ...(byId.get(id)?.publisherId ? [byId.get(id)?.publisherId ?? ''] : [])]);
  return new Set([...reached, ...makers]);
}

const madeBy = (doc: Doc, sourceId: string, actorId: string) => {
  const source = doc.sources.find((s) => s.id === sourceId);
  return source !== undefined && (source.publisherId === actorId || (source.authorIds ?? []).includes(actorId));
};
const isRelay = (how: string | undefined) => derivationKind(how) === 'relay';
const relaysNothing = (doc: Doc) => (id: string) => !(doc.sources.find((s) => s.id === id)?.derivedFrom ?? []).some((d) => isRelay(d.how));

/**
 * The ends a cited source gives a claim of `speakerId`, by ways that pass no discounted source: the
 * first sources the speaker made, where any way reaches one; else, along relays, the sources that
 * relay nothing (an original, or one that only analyses others); else, in a relay loop, the source
 * itself. Which rule applies is decided without the discount.
 */
export function waysOf(doc: Doc, sourceId: string, speakerId: string | null = null, discounted: ReadonlySet<string> = new Set()): { end: string; endsAs: EndsAs }[] {
  const own = (blocked?: ReadonlySet<string>) =>
    speakerId === null ? [] : endsReached(doc, sourceId, () => true, (id) => madeBy(doc, id, speakerId), blocked);
  if (own().length > 0) return own(discounted).map((end) => ({ end, endsAs: 'SPEAKERS_OWN' }));
  const relayed = (blocked?: ReadonlySet<string>) => endsReached(doc, sourceId, isRelay, relaysNothing(doc), blocked);
  if (relayed().length === 0) return discounted.has(sourceId) ? [] : [{ end: sourceId, endsAs: 'LOOP' }];
  const analyses = (id: string) => (doc.sources.find((s) => s.id === id)?.derivedFrom.length ?? 0) > 0;
  return relayed(discounted).map((end) => ({ end, endsAs: analyses(end) ? 'ANALYSIS' : 'ROOT' }));
}

/** The ends a source gives a claim of `speakerId` by ways that pass no discounted source. */
export function rootsOf(doc: Doc, sourceId: string, discounted: ReadonlySet<string>, speakerId: string | null = null): string[] {
  return waysOf(doc, sourceId, speakerId, discounted).map((way) => way.end);
}

/** Sources every relayed way of which passes a discounted one (those included), and those that derive from one by any way. */
export function fallenAndTouched(doc: Doc, discounted: ReadonlySet<string>): { fallen: Set<string>; touched: Set<string> } {
  const fallen = new Set<string>();
  const touched = new Set<string>();
  for (const source of doc.sources) {
    if (rootsOf(doc, source.id, discounted).length === 0) fallen.add(source.id);
    const reached = endsReached(doc, source.id, () => true, (id) => discounted.has(id));
    if (reached.length > 0) touched.add(source.id);
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
  const speakerId = doc.claims.find((c) => c.id === claimId)?.speakerId ?? null;
  // A cited source counts while some way from it to an origin stands.
  const standing = (sources: Set<string>) => [...sources].filter((source) => rootsOf(doc, source, discounted, speakerId).length > 0);
  const evidenceSources = standing(citedBy(doc, claimId, evidence));
  // An origin is its makers, or an item no one is named to have made; each way from one place (mention) citing a standing source.
  const claim = doc.claims.find((c) => c.id === claimId);
  const scopes = evidence === 'DIRECT' ? ['direct'] : ['direct', 'inherited'];
  const found = (claim?.mentions ?? [])
    .filter((m) => scopes.includes(m.citationScope))
    .flatMap((m) => [...new Set(m.citationRefs.flatMap((ref) => sourceIdOf(doc, ref) ?? []))].map((source) => ({ mention: m.id, source })))
    .flatMap(({ mention, source }) =>
      waysOf(doc, source, speakerId, discounted).map(({ end, endsAs }) => {
        const made = doc.sources.find((s) => s.id === end);
        const makers = [...(made?.authorIds?.length ? made.authorIds : made?.publisherId ? [made.publisherId] : [])].sort();
        return { mention, key: makers.length > 0 ? makers : [end], makers, end, endsAs, material: endsAs === 'ANALYSIS' ? materialOf(doc, end) : new Set<string>() };
      }),
    );
  // An analysis cited at one place beside a way to an origin whose items (or makers) it analyses joins that origin: the first by its key.
  const keyText = (key: string[]) => key.map((k) => `${k} `).join('');
  for (const way of found.filter((w) => w.endsAs === 'ANALYSIS')) {
    const beside = found.filter((other) => other.endsAs !== 'ANALYSIS' && other.mention === way.mention && other.key.some((k) => way.material.has(k)));
    const [joined] = beside.sort((a, b) => (keyText(a.key) < keyText(b.key) ? -1 : keyText(a.key) > keyText(b.key) ? 1 : 0));
    if (joined) Object.assign(way, { key: joined.key, makers: joined.makers });
  }
  const origins = new Map<string, { makers: string[]; roots: Set<string> }>();
  for (const way of found) {
    const origin = origins.get(keyText(way.key)) ?? { makers: way.makers, roots: new Set<string>() };
    origins.set(keyText(way.key), origin);
    origin.roots.add(way.end);
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

/** Small stories: up to 7 sources with any derivations (relays and analyses, loops included) and makers, claims by the narrator or by makers of sources citing them directly or not, events, questions and a tension. */
export const arbitraryStory = fc
  .record({
    sources: fc.array(
      fc.record({
        derivedFrom: fc.uniqueArray(fc.record({ from: fc.nat(6), analyses: fc.boolean() }), { maxLength: 3, selector: (d) => d.from }),
        maker: fc.oneof(fc.constant(null), fc.record({ as: fc.constantFrom('author', 'publisher'), actor: fc.nat(2) })),
      }),
      { minLength: 1, maxLength: 7 },
    ),
    claims: fc.array(
      fc.record({
        // 3 is the narrator; the others may have made some of the sources the claim cites.
        speaker: fc.nat(3),
        mentions: fc.array(fc.record({ refs: fc.uniqueArray(fc.nat(6), { maxLength: 3 }), scope: fc.constantFrom('direct' as const, 'inherited' as const) }), {
          minLength: 1,
          maxLength: 3,
        }),
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
        derivedFrom: [...new Map(s.derivedFrom.map((d) => [sourceId(d.from), d.analyses] as const))]
          .filter(([id]) => id !== sourceId(index))
          .map(([id, analyses]) => ({ sourceId: id, how: `${analyses ? 'analyses' : 'relays'} ${id}` })),
      })),
      claims: claims.map(({ speaker, mentions }, index) => {
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
          speakerId: ACTOR_IDS[speaker] ?? NARRATOR,
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

/** The sources reached from `start` along derivedFrom, those included. */
export function reachedFrom(doc: Doc, start: Iterable<string>): Set<string> {
  const reached = new Set(start);
  for (const id of reached) for (const { sourceId } of doc.sources.find((s) => s.id === id)?.derivedFrom ?? []) reached.add(sourceId);
  return reached;
}

/**
 * The mentions citing two or more sources side by side whose sources rest on fewer origins than
 * there are sources, with their origin count: the claim's corroboration counted over that one
 * mention, so the oracle keeps whatever origin rule expectedCorroboration holds.
 */
export function expectedFalseCorroborations(doc: Doc, evidence: Evidence): { claimId: string; mentionId: string; originCount: number }[] {
  const scopes = evidence === 'DIRECT' ? ['direct'] : ['direct', 'inherited'];
  // One place may be written once per scope under one id (a claim's corrected citations: curated-document.ts).
  const places = doc.claims.flatMap((claim) => {
    const counted = claim.mentions.filter((m) => scopes.includes(m.citationScope));
    return [...new Set(counted.map((m) => m.id))].map((id) => {
      const written = counted.filter((m) => m.id === id);
      return { claim, mention: written[0] as MentionNode, written, refs: new Set(written.flatMap((m) => m.citationRefs)) };
    });
  });
  return places
    .filter((place) => place.refs.size >= 2)
    .sort((a, b) => a.mention.position - b.mention.position || a.mention.id.localeCompare(b.mention.id))
    .flatMap(({ claim, mention, written, refs }) => {
      const alone = { ...doc, claims: doc.claims.map((c) => (c.id === claim.id ? { ...c, mentions: written } : c)) };
      const { originCount } = expectedCorroboration(alone, claim.id, 'DIRECT_AND_INHERITED');
      return originCount < refs.size ? [{ claimId: claim.id, mentionId: mention.id, originCount }] : [];
    });
}
