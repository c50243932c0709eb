import type { StoryGraphDocument } from '../../src/model/story-graph';
import { enumValue } from './seed-story';

/**
 * The oracle of Story.actorContradictions and Query.actorContradictions, from story documents alone
 * (tensions' sides and claims' supports, claims' speakers and assertions), with what curators did
 * on top of them for a default read: corrected speakers, added and disputed links, merges.
 */

type Doc = StoryGraphDocument;
export type Relation = 'CONTRADICTS' | 'SUPPORTS';

/** Code-point order, as Cypher sorts strings. */
const byText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
export const compareBy =
  <T>(...keys: ((item: T) => string | number | boolean)[]) =>
  (a: T, b: T) => {
    for (const key of keys) {
      const [x, y] = [key(a), key(b)];
      if (x !== y) return typeof x === 'string' && typeof y === 'string' ? byText(x, y) : x < y ? -1 : 1;
    }
    return 0;
  };

export interface Asserted {
  actor: string;
  channel: string;
  at: string | null;
}

export interface ExpectedPair {
  actor: string;
  counterpart: string;
  count: number;
  claimPairs: { claim: string; counterpart: string; tension: string | null; claimAssertions: Asserted[]; counterpartAssertions: Asserted[] }[];
}

/** One claim link a curator added (addClaimLink) or disputed (removeClaimLink of the story's own). */
export interface CuratedLink {
  relation: Relation;
  from: string;
  to: string;
}

/** What curators did to the stories' claims, as a default read sees it. */
export interface PairCuration {
  /** Claim id -> the actor an editor corrected its speaker to. */
  speakers?: Readonly<Record<string, string>>;
  added?: readonly CuratedLink[];
  disputed?: readonly CuratedLink[];
  /** Merged claim id -> the claim that keeps it. */
  mergedInto?: Readonly<Record<string, string>>;
}

/** A claim's assertions as Claim.assertions lists them: by the actor's name, then id, then channel. */
export function assertionsOf(doc: Doc, claimId: string): Asserted[] {
  const claim = doc.claims.find((c) => c.id === claimId);
  const name = (id: string) => doc.actors.find((a) => a.id === id)?.name ?? '';
  return [...(claim?.assertedBy ?? [])]
    .sort(compareBy((a) => name(a.actorId), (a) => a.actorId, (a) => a.channel))
    .map((a) => ({ actor: a.actorId, channel: enumValue(a.channel), at: a.at ?? null }));
}

/** The story's own edges of `relation`: a tension's side-A claim against its side-B claim, or a support. */
export const documentLinks = (doc: Doc, relation: Relation): { a: string; b: string; tension: string | null }[] =>
  relation === 'CONTRADICTS'
    ? doc.tensions.flatMap((t) => t.sideA.claimIds.flatMap((a) => t.sideB.claimIds.map((b) => ({ a, b, tension: t.id as string | null }))))
    : doc.claims.flatMap((c) => c.supports.map((b) => ({ a: c.id, b, tension: null })));

const sameLink = (relation: Relation, a: string, b: string) => (link: CuratedLink) => link.relation === relation && link.from === a && link.to === b;

/**
 * The rule: each edge under the speakers of its two claims. With curation: the story's edges but
 * those disputed, and the added ones (no tension); a merged claim's edges are its keeper's, an edge
 * both make (to one claim, in one tension) counted once, none of a claim against itself; a corrected
 * speaker speaks.
 */
export function expectedPairs(docs: Doc[], relation: Relation, curation: PairCuration = {}): ExpectedPair[] {
  const kept = (id: string) => curation.mergedInto?.[id] ?? id;
  const seen = new Set<string>();
  const edges = docs.flatMap((doc) => {
    const claim = (id: string) => doc.claims.find((c) => c.id === id);
    const speaker = (id: string) => curation.speakers?.[id] ?? claim(id)?.speakerId;
    const raw = [
      ...documentLinks(doc, relation).filter(({ a, b }) => !curation.disputed?.some(sameLink(relation, a, b))),
      ...(curation.added ?? []).filter((link) => link.relation === relation && claim(link.from)).map((link) => ({ a: link.from, b: link.to, tension: null })),
    ];
    return raw.flatMap(({ a, b, tension }) => {
      const [from, to] = [claim(kept(a)), claim(kept(b))];
      const key = `${from?.id} ${to?.id} ${tension}`;
      if (!from || !to || from === to || seen.has(key)) return [];
      seen.add(key);
      const [actor, counterpart] = [speaker(from.id), speaker(to.id)];
      if (!actor || !counterpart) return [];
      return [{ doc, from, to, tension, actor, counterpart }];
    });
  });
  // Cypher sorts a null tension (a curator's link) after every tension.
  edges.sort(compareBy((e) => e.doc.story.id, (e) => e.from.position, (e) => e.to.position, (e) => e.tension === null, (e) => e.tension ?? ''));
  const pairs = new Map<string, ExpectedPair>();
  for (const edge of edges) {
    const key = `${edge.actor} ${edge.counterpart}`;
    const pair = pairs.get(key) ?? { actor: edge.actor, counterpart: edge.counterpart, count: 0, claimPairs: [] };
    pairs.set(key, pair);
    pair.count += 1;
    pair.claimPairs.push({
      claim: edge.from.id,
      counterpart: edge.to.id,
      tension: edge.tension,
      claimAssertions: assertionsOf(edge.doc, edge.from.id),
      counterpartAssertions: assertionsOf(edge.doc, edge.to.id),
    });
  }
  return [...pairs.values()].sort(compareBy((p) => -p.count, (p) => p.actor, (p) => p.counterpart));
}

const ASSERTION = 'actor { id } channel at';
/** The fields of an ActorPair the oracle speaks of. */
export const PAIRS = `relation actor { id } counterpart { id } count
  claimPairs { claim { id } counterpart { id } tension { id } claimAssertions { ${ASSERTION} } counterpartAssertions { ${ASSERTION} } }`;

interface AnswerAssertion {
  actor: { id: string };
  channel: string;
  at: string | null;
}
export interface AnswerPair {
  relation: Relation;
  actor: { id: string };
  counterpart: { id: string };
  count: number;
  claimPairs: {
    claim: { id: string };
    counterpart: { id: string };
    tension: { id: string } | null;
    claimAssertions: AnswerAssertion[];
    counterpartAssertions: AnswerAssertion[];
  }[];
}

const reducedAssertions = (items: AnswerAssertion[]): Asserted[] => items.map((a) => ({ actor: a.actor.id, channel: a.channel, at: a.at }));
/** An answer in the oracle's terms. */
export const reducedPairs = (pairs: AnswerPair[]): ExpectedPair[] =>
  pairs.map((p) => ({
    actor: p.actor.id,
    counterpart: p.counterpart.id,
    count: p.count,
    claimPairs: p.claimPairs.map((c) => ({
      claim: c.claim.id,
      counterpart: c.counterpart.id,
      tension: c.tension?.id ?? null,
      claimAssertions: reducedAssertions(c.claimAssertions),
      counterpartAssertions: reducedAssertions(c.counterpartAssertions),
    })),
  }));
