import {
  STORY_GRAPH_FORMAT,
  type ActorKind,
  type ActorNode,
  type Channel,
  type ClaimKind,
  type ClaimNode,
  evidenceRefs,
  type MentionNode,
  type EventNode,
  type PerspectiveNode,
  type QuestionNode,
  type Section,
  type SourceKind,
  type SourceNode,
  type StoryGraphDocument,
  type TensionNode,
} from '../../src/model/story-graph';
import { SeededRandom } from './seeded-random';

/**
 * Synthetic story graph documents (the format `writeStoryGraph` loads) for benchmarks at scale.
 *
 * Story i depends only on (seed, i), and the actors it may draw on only on i, so the corpus of
 * 100k claims is the corpus of 10k claims plus more stories: a benchmark loads the larger scale
 * on top of the smaller one. Actors are shared between stories: story i draws its cast from the
 * actors that exist by then, the older ones much more often (a power law of claims per actor,
 * the way a few public figures say most of what is tracked). Sources derive from one another in
 * chains of at most three hops, claims support one another, and tensions set claims against
 * each other, so every relationship type the writer knows appears in proportion.
 */

/** Claims per story, on average: stories of ≈300–450 nodes and edges, the size a dashboard draws. */
export const MEAN_CLAIMS_PER_STORY = 40;
const CLAIMS_SPREAD = 12;

/** The longest DERIVED_FROM chain a source heads: the fact-checker workload follows three hops. */
export const MAX_DERIVATION_HOPS = 3;

export interface CorpusSpec {
  /** The corpus holds about this many claims (stories × 40 on average). */
  claims: number;
  seed: number;
}

/** How many stories make a corpus of about `claims` claims. */
export function storyCount(spec: CorpusSpec): number {
  return Math.max(1, Math.round(spec.claims / MEAN_CLAIMS_PER_STORY));
}

/** People, organizations and groups that story i can draw on: the pool grows with the corpus. */
const peoplePool = (story: number) => 40 + 4 * story;
/** Outlets publishing sources grow more slowly: many stories per outlet. */
const outletPool = (story: number) => 12 + Math.floor(story / 5);

/** Power-law exponents of `SeededRandom.skewed` for who is cast in a story and who publishes it. */
const CAST_SKEW = 3;
const OUTLET_SKEW = 2.5;

const SYLLABLES = [
  'ka', 'ro', 'mi', 'ten', 'sa', 'vel', 'do', 'ri', 'lan', 'pe', 'tu', 'gor', 'ne', 'bas', 'li', 'mor',
  'fa', 'zen', 'qui', 'ho', 'dar', 'wil', 'cy', 'pra', 'ju', 'ste', 'an', 'el', 'or', 'is', 'un', 'ab',
];
const WORD_COUNT = 1500;

/** A pronounceable made-up word for each index: full-text search needs a vocabulary, not meaning. */
function word(index: number): string {
  let n = index;
  let out = '';
  do {
    out += SYLLABLES[n % SYLLABLES.length];
    n = Math.floor(n / SYLLABLES.length);
  } while (n > 0);
  return out.length < 4 ? `${out}${SYLLABLES[(index * 7) % SYLLABLES.length]}` : out;
}

const capital = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/** Words of a story's own topic come up far more often than the rest of the vocabulary. */
function sentence(random: SeededRandom, topic: readonly number[], min: number, max: number): string {
  const length = random.int(min, max);
  const words = Array.from({ length }, () => word(random.chance(0.6) ? random.pick(topic) : random.skewed(WORD_COUNT, 1.6)));
  return `${capital(words.join(' '))}.`;
}

/** Actors' own streams, apart from any corpus seed: an actor is the same whatever the seed. */
const PEOPLE_STREAM = 0x70e0;
const OUTLET_STREAM = 0x0071;

const ACTOR_KINDS: readonly ActorKind[] = ['person', 'person', 'person', 'organization', 'organization', 'group'];

/** An actor is the same in every story that names it: its name and kind depend on its id only. */
function person(index: number): ActorNode {
  const random = new SeededRandom(PEOPLE_STREAM, index);
  const kind = random.pick(ACTOR_KINDS);
  const name =
    kind === 'person'
      ? `${capital(word(random.int(0, WORD_COUNT - 1)))} ${capital(word(random.int(0, WORD_COUNT - 1)))}`
      : `${capital(word(random.int(0, WORD_COUNT - 1)))} ${kind === 'group' ? 'Collective' : 'Holdings'}`;
  return { id: `actor:bench-p${index}`, name: `${name} ${index}`, kind, aliases: [] };
}

function outlet(index: number): ActorNode {
  const random = new SeededRandom(OUTLET_STREAM, index);
  const name = `The ${capital(word(random.int(0, WORD_COUNT - 1)))} ${random.pick(['Times', 'Post', 'Wire', 'Review', 'Ledger'])} ${index}`;
  return { id: `actor:bench-o${index}`, name, kind: 'outlet', aliases: [] };
}

const isoDate = (day: number) => new Date(Date.UTC(2012, 0, 1) + day * 86_400_000).toISOString().slice(0, 10);

const SOURCE_KINDS: readonly SourceKind[] = ['article', 'article', 'article', 'newsletter', 'social_post', 'report', 'other'];
const UNDERLYING_KINDS: readonly SourceKind[] = ['memo', 'audio', 'report'];
const CLAIM_KINDS: readonly ClaimKind[] = ['statement', 'statement', 'statement', 'quote', 'framing', 'prediction'];
const SECTIONS: readonly Section[] = ['what', 'why_it_matters', 'narrative', 'narrative', 'narrative', 'timeline', 'perspectives'];
const CHANNELS: readonly Channel[] = ['public', 'public', 'public', 'public', 'internal', 'leaked'];
const HOW = ['relays', 'quotes', 'is based on', 'summarizes'];

/** Citation counts: most claims cite one or two sources, a few up to five. */
const citationCount = (random: SeededRandom) => 1 + random.skewed(5, 2);

/** Sources of a story; numbered ones first, then the underlying items that head derivation chains. */
function sources(random: SeededRandom, story: number, claims: number, topic: readonly number[], day: number, cast: readonly ActorNode[]): SourceNode[] {
  const numbered = Math.max(6, Math.round(claims * random.int(50, 70) / 100));
  const underlying = Math.round(numbered / 5);
  const total = numbered + underlying;
  const list: SourceNode[] = [];
  for (let j = 0; j < total; j += 1) {
    const publisher = outlet(random.skewed(outletPool(story), OUTLET_SKEW));
    const authors = random.chance(0.55) ? random.distinct(random.int(1, 2), () => random.pick(cast).id) : [];
    const numberedSource = j < numbered;
    list.push({
      id: `source:bench-${story}:${j}`,
      ...(numberedSource ? { ref: j + 1 } : {}),
      title: sentence(random, topic, 5, 11),
      publisher: publisher.name,
      publisherId: publisher.id,
      authorIds: authors,
      ...(random.chance(0.9) ? { publishedAt: isoDate(day + random.int(-60, 30)) } : {}),
      kind: numberedSource ? random.pick(SOURCE_KINDS) : random.pick(UNDERLYING_KINDS),
      ...(random.chance(0.3) ? { channel: random.pick(CHANNELS) } : {}),
      derivedFrom: [],
    });
  }
  // Chains point from earlier sources to later ones, so they never loop; each source's hop count
  // is known before anything derives from it, which keeps every chain within MAX_DERIVATION_HOPS.
  const hops = new Array<number>(total).fill(0);
  for (let j = total - 2; j >= 0; j -= 1) {
    if (!random.chance(j >= numbered ? 0.5 : 0.3)) continue;
    const parents = random.distinct(random.chance(0.15) ? 2 : 1, () => random.int(j + 1, total - 1));
    for (const parent of parents) {
      const source = list[j];
      if (!source || (hops[parent] ?? 0) >= MAX_DERIVATION_HOPS) continue;
      hops[j] = Math.max(hops[j] ?? 0, (hops[parent] ?? 0) + 1);
      source.derivedFrom.push({ sourceId: `source:bench-${story}:${parent}`, ...(random.chance(0.7) ? { how: random.pick(HOW) } : {}) });
    }
  }
  return list;
}

const narratorIdOf = (story: number) => `actor:narrator:bench-${story}`;

/** Who a claim is asserted by: mostly one actor, from the story's cast, its first members likelier. */
function claimsOf(random: SeededRandom, story: number, count: number, topic: readonly number[], day: number, cast: readonly ActorNode[], refs: number): ClaimNode[] {
  const claims: ClaimNode[] = [];
  for (let j = 0; j < count; j += 1) {
    const kind = random.pick(CLAIM_KINDS);
    const text = sentence(random, topic, 10, 26);
    const asserters = random.chance(0.12) ? 0 : random.chance(0.8) ? 1 : 2;
    const assertedBy = random.distinct(asserters, () => cast[random.skewed(cast.length, 1.8)]?.id ?? '').map((actorId) => ({
      actorId,
      channel: random.pick(CHANNELS),
      ...(random.chance(0.4) ? { at: isoDate(day + random.int(-30, 0)) } : {}),
      disclosures: [],
    }));
    const id = `claim:bench-${story}:${j}`;
    const section = random.pick(SECTIONS);
    const citationRefs = random.distinct(citationCount(random), () => random.int(1, refs)).sort((a, b) => a - b);
    const mentions: MentionNode[] = [{ id: `mention:bench-${story}:${j}`, section, line: j + 1, position: 0, text, citationRefs, citationScope: 'direct' }];
    // Some claims are repeated in another section, inside a longer passage whose citations they inherit.
    if (random.chance(0.3)) {
      const repeated = random.distinct(1, () => random.int(1, refs));
      mentions.push({ id: `mention:bench-${story}:${j}.2`, section: random.pick(SECTIONS), line: count + j + 1, position: 0, text, citationRefs: repeated, citationScope: 'inherited' });
    }
    claims.push({
      id,
      text,
      kind,
      ...(kind === 'quote' ? { quote: text.split(' ').slice(2, 9).join(' ') } : {}),
      verbatim: kind === 'quote',
      speakerId: assertedBy[0]?.actorId ?? narratorIdOf(story),
      section,
      position: j,
      sourceRefs: evidenceRefs(mentions),
      mentions,
      assertedBy,
      supports: [],
    });
  }
  for (const claim of claims) {
    if (!random.chance(0.2)) continue;
    const target = random.int(0, count - 1);
    if (claims[target] && claims[target].id !== claim.id) claim.supports.push(claims[target].id);
  }
  return claims;
}

function eventsOf(random: SeededRandom, story: number, claims: number, topic: readonly number[], day: number, cast: readonly ActorNode[], refs: number): EventNode[] {
  return Array.from({ length: Math.max(3, Math.round(claims / 4)) }, (_, j) => ({
    id: `event:bench-${story}:${j}`,
    date: isoDate(day + random.int(-400, 10)),
    datePrecision: random.chance(0.85) ? 'day' : 'month',
    text: sentence(random, topic, 8, 18),
    position: j,
    sourceRefs: random.distinct(random.int(0, 2), () => random.int(1, refs)).sort((a, b) => a - b),
    participantIds: random.distinct(random.int(0, 3), () => random.pick(cast).id),
  }));
}

function tensionsOf(random: SeededRandom, story: number, claims: readonly ClaimNode[], topic: readonly number[], refs: number): TensionNode[] {
  const count = random.int(1, 4);
  return Array.from({ length: count }, (_, j) => {
    // The two sides never share a claim: a claim does not contradict itself.
    const chosen = random.distinct(random.int(2, 5), () => random.pick(claims).id);
    const split = Math.max(1, Math.floor(chosen.length / 2));
    const side = (claimIds: string[]) => ({
      label: sentence(random, topic, 3, 6),
      claimIds,
      sourceRefs: random.distinct(random.int(0, 1), () => random.int(1, refs)),
    });
    return {
      id: `tension:bench-${story}:${j}`,
      text: sentence(random, topic, 8, 16),
      position: j,
      sideA: side(chosen.slice(0, split)),
      sideB: side(chosen.slice(split)),
      sourceRefs: random.distinct(random.int(0, 2), () => random.int(1, refs)),
    };
  }).filter((tension) => tension.sideB.claimIds.length > 0);
}

/** The story graph document of story `index` of the corpus seeded `seed`. */
export function syntheticStoryGraph(seed: number, index: number): StoryGraphDocument {
  const random = new SeededRandom(seed, index);
  const claimCount = MEAN_CLAIMS_PER_STORY + random.int(-CLAIMS_SPREAD, CLAIMS_SPREAD);
  const topic = Array.from({ length: 30 }, () => random.int(0, WORD_COUNT - 1));
  const day = random.int(0, 13 * 365);
  const cast = random.distinct(random.int(8, 16), () => random.skewed(peoplePool(index), CAST_SKEW)).map(person);

  const sourceList = sources(random, index, claimCount, topic, day, cast);
  const refs = sourceList.filter((s) => s.ref !== undefined).length;
  const claims = claimsOf(random, index, claimCount, topic, day, cast, refs);
  const events = eventsOf(random, index, claimCount, topic, day, cast, refs);
  const questions: QuestionNode[] = Array.from({ length: Math.max(1, Math.round(claimCount / 10)) }, (_, j) => ({
    id: `question:bench-${index}:${j}`,
    text: `${sentence(random, topic, 6, 14).slice(0, -1)}?`,
    position: j,
    sourceRefs: random.distinct(random.int(0, 1), () => random.int(1, refs)),
    concerns: random.distinct(random.int(1, 2), () =>
      random.chance(0.6) ? random.pick(claims).id : random.chance(0.5) ? random.pick(events).id : random.pick(cast).id,
    ),
  }));
  const perspectives: PerspectiveNode[] = Array.from({ length: random.int(2, 4) }, (_, j) => {
    const holders = random.distinct(random.int(1, 2), () => random.pick(cast));
    return {
      id: `perspective:bench-${index}:${j}`,
      label: holders.map((actor) => actor.name).join(' / '),
      holderIds: holders.map((actor) => actor.id),
      ...(random.chance(0.3) ? { channel: random.pick(CHANNELS) } : {}),
      stance: sentence(random, topic, 8, 20),
      ...(random.chance(0.4) ? { evolution: sentence(random, topic, 6, 12) } : {}),
      position: j,
    };
  });
  const tensions = tensionsOf(random, index, claims, topic, refs);

  // A story document lists every actor it refers to: the cast and the outlets its sources name.
  const outlets = new Map(
    sourceList.flatMap(({ publisherId: id, publisher: name }) => (id === null || name === null ? [] : [[id, { id, name, kind: 'outlet' as const, aliases: [] }]])),
  );
  const actors = [...cast, ...outlets.values()];
  const title = sentence(random, topic, 4, 9).slice(0, -1);
  return {
    format: STORY_GRAPH_FORMAT,
    story: {
      id: `story:bench-${index}`,
      title,
      version: 1,
      updatedAt: `${isoDate(day)}T12:00:00Z`,
      itemCount: claims.length + events.length + questions.length + perspectives.length + tensions.length,
      what: sentence(random, topic, 12, 30),
      whyItMatters: sentence(random, topic, 12, 30),
      narratorId: narratorIdOf(index),
    },
    actors: [...actors, { id: narratorIdOf(index), name: `Narrator of “${title}”`, kind: 'narrator', aliases: [] }],
    sources: sourceList,
    claims,
    events,
    questions,
    perspectives,
    tensions,
  };
}
