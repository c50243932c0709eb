import { z } from 'zod';
import { SeededRandom } from '../graph/seeded-random';
import { syntheticStoryGraph } from '../graph/synthetic-story-graphs';
import type { LIMIT_WORKLOADS, LimitRows } from './limit-statements';

/**
 * The workloads, each one fixed operation per API with variables drawn from the loaded corpus,
 * and, for each API, how its answer reduces to one common shape: two answers agree when those
 * shapes are equal. claimgraph answers from its own schema (schema.graphql); the peer from the
 * schema @neo4j/graphql generates over peer-type-defs.graphql, reading the same nodes and edges;
 * the limit with the workload's hand-written statement (bench/limits/<name>.cypher) through the
 * bare driver. The analytics (corroboration, retraction-impact, actor-contradictions) have no peer:
 * @neo4j/graphql cannot express them.
 */

export type Variables = Record<string, string>;

export interface Workload {
  /** Also the name of its limit statement, bench/limits/<name>.cypher. */
  name: (typeof LIMIT_WORKLOADS)[number];
  /** What a client of this kind asks, for the report. */
  description: string;
  ours: string;
  /** @neo4j/graphql's operation; none for the analytics, which it cannot express. */
  peer?: string;
  /** `count` variable sets drawn (deterministically) from the first `stories` stories of the corpus. */
  variables(seed: number, stories: number, count: number): Variables[];
  /** The answer's `data` in a shape all three reduce to; throws when the data is not shaped as asked. */
  normalizeOurs(data: unknown): unknown;
  normalizePeer?(data: unknown): unknown;
  /** The limit statement's rows in that shape. */
  normalizeLimit(rows: LimitRows): unknown;
}

/** Edges whose newest story version holds them, which is what claimgraph serves without `version`. */
const CURRENT = '(where: { edge: { current: { eq: true } } })';
const CURRENT_NODES = '(where: { current: { eq: true } })';

const byId = <T extends { id: string }>(items: readonly T[]) => [...items].sort((a, b) => a.id.localeCompare(b.id));
const Named = z.object({ id: z.string(), name: z.string() });
const Id = z.object({ id: z.string() });
const edgesOf = <T extends z.ZodType>(node: T) => z.object({ edges: z.array(z.object({ node })) });
const nodesOf = <T>(connection: { edges: { node: T }[] }) => connection.edges.map((edge) => edge.node);

/** Draws with the corpus's seed and the workload's name, so each run asks the same questions. */
function draw(seed: number, stories: number, count: number, name: string, pick: (random: SeededRandom, story: number) => Variables | undefined): Variables[] {
  const random = new SeededRandom(seed, [...name].reduce((hash, c) => Math.imul(hash, 31) + c.charCodeAt(0), 7));
  const drawn: Variables[] = [];
  for (let attempt = 0; drawn.length < count && attempt < count * 20; attempt += 1) {
    const variables = pick(random, random.int(0, stories - 1));
    if (variables) drawn.push(variables);
  }
  return drawn;
}

// ---------------------------------------------------------------- dashboard

interface GraphShape {
  nodes: { id: string; type: string; caption: string }[];
  edges: string[];
}

const graphShape = (nodes: GraphShape['nodes'], edges: { type: string; source: string; target: string }[]): GraphShape => ({
  nodes: byId([...new Map(nodes.map((node) => [node.id, node])).values()]),
  edges: edges.map((edge) => `${edge.source} -${edge.type}-> ${edge.target}`).sort(),
});

const GraphNode = z.object({ id: z.string(), type: z.string(), caption: z.string() });
const GraphEdge = z.object({ type: z.string(), source: z.string(), target: z.string() });
const DashboardLimit = z.object({ nodes: z.array(GraphNode), edges: z.array(GraphEdge) });

const DashboardOurs = z.object({
  story: z.object({
    graph: z.object({
      nodes: z.array(GraphNode),
      edges: z.array(GraphEdge),
    }),
  }),
});

/** Each edge is asked for from its start node, so none comes twice; actors are reached through edges. */
const DASHBOARD_PEER = `query Dashboard($id: ID!) {
  stories(where: { id: { eq: $id } }) {
    claims${CURRENT_NODES} {
      id text quote
      assertedByConnection${CURRENT} { edges { node { id name } } }
      speakerConnection${CURRENT} { edges { node { id name } } }
      sourcesConnection${CURRENT} { edges { node { id } } }
      disclosedThroughConnection${CURRENT} { edges { node { id } } }
      supportsConnection${CURRENT} { edges { node { id } } }
      contradictsConnection${CURRENT} { edges { node { id } } }
    }
    sources${CURRENT_NODES} {
      id title
      publishedByConnection${CURRENT} { edges { node { id name } } }
      authorsConnection${CURRENT} { edges { node { id name } } }
      derivedFromConnection${CURRENT} { edges { node { id } } }
    }
    events${CURRENT_NODES} {
      id text
      sourcesConnection${CURRENT} { edges { node { id } } }
      participantsConnection${CURRENT} { edges { node { id name } } }
    }
    questions${CURRENT_NODES} {
      id text
      sourcesConnection${CURRENT} { edges { node { id } } }
      claimsConnection${CURRENT} { edges { node { id } } }
      eventsConnection${CURRENT} { edges { node { id } } }
      actorsConnection${CURRENT} { edges { node { id name } } }
    }
    perspectives${CURRENT_NODES} {
      id label
      actorsConnection${CURRENT} { edges { node { id name } } }
    }
    tensions${CURRENT_NODES} {
      id text
      sidesConnection${CURRENT} { edges { node { id } } }
      sourcesConnection${CURRENT} { edges { node { id } } }
    }
  }
}`;

const DashboardPeer = z.object({
  stories: z.array(
    z.object({
      claims: z.array(
        z.object({
          id: z.string(),
          text: z.string(),
          quote: z.string().nullable(),
          assertedByConnection: edgesOf(Named),
          speakerConnection: edgesOf(Named),
          sourcesConnection: edgesOf(Id),
          disclosedThroughConnection: edgesOf(Id),
          supportsConnection: edgesOf(Id),
          contradictsConnection: edgesOf(Id),
        }),
      ),
      sources: z.array(
        z.object({
          id: z.string(),
          title: z.string(),
          publishedByConnection: edgesOf(Named),
          authorsConnection: edgesOf(Named),
          derivedFromConnection: edgesOf(Id),
        }),
      ),
      events: z.array(z.object({ id: z.string(), text: z.string(), sourcesConnection: edgesOf(Id), participantsConnection: edgesOf(Named) })),
      questions: z.array(
        z.object({
          id: z.string(),
          text: z.string(),
          sourcesConnection: edgesOf(Id),
          claimsConnection: edgesOf(Id),
          eventsConnection: edgesOf(Id),
          actorsConnection: edgesOf(Named),
        }),
      ),
      perspectives: z.array(z.object({ id: z.string(), label: z.string(), actorsConnection: edgesOf(Named) })),
      tensions: z.array(z.object({ id: z.string(), text: z.string(), sidesConnection: edgesOf(Id), sourcesConnection: edgesOf(Id) })),
    }),
  ),
});

/** The peer's story as claimgraph's `Story.graph` draws it: members, the actors they touch, every edge. */
function peerGraph(data: unknown): GraphShape {
  const [story] = DashboardPeer.parse(data).stories;
  if (!story) throw new Error('no such story');
  const nodes: GraphShape['nodes'] = [];
  const edges: { type: string; source: string; target: string }[] = [];
  const actor = (a: z.infer<typeof Named>) => nodes.push({ id: a.id, type: 'Actor', caption: a.name });
  const out = (source: string, type: string, targets: { id: string }[]) => targets.forEach((t) => edges.push({ type, source, target: t.id }));
  for (const c of story.claims) {
    nodes.push({ id: c.id, type: 'Claim', caption: c.quote ?? c.text });
    for (const a of nodesOf(c.assertedByConnection)) {
      actor(a);
      edges.push({ type: 'ASSERTS', source: a.id, target: c.id });
    }
    nodesOf(c.speakerConnection).forEach(actor);
    out(c.id, 'SPOKEN_BY', nodesOf(c.speakerConnection));
    out(c.id, 'CITES', nodesOf(c.sourcesConnection));
    out(c.id, 'DISCLOSED_THROUGH', nodesOf(c.disclosedThroughConnection));
    out(c.id, 'SUPPORTS', nodesOf(c.supportsConnection));
    out(c.id, 'CONTRADICTS', nodesOf(c.contradictsConnection));
  }
  for (const s of story.sources) {
    nodes.push({ id: s.id, type: 'Source', caption: s.title });
    nodesOf(s.publishedByConnection).forEach(actor);
    nodesOf(s.authorsConnection).forEach(actor);
    out(s.id, 'PUBLISHED_BY', nodesOf(s.publishedByConnection));
    out(s.id, 'AUTHORED_BY', nodesOf(s.authorsConnection));
    out(s.id, 'DERIVED_FROM', nodesOf(s.derivedFromConnection));
  }
  for (const e of story.events) {
    nodes.push({ id: e.id, type: 'Event', caption: e.text });
    out(e.id, 'CITES', nodesOf(e.sourcesConnection));
    for (const a of nodesOf(e.participantsConnection)) {
      actor(a);
      edges.push({ type: 'PARTICIPATED_IN', source: a.id, target: e.id });
    }
  }
  for (const q of story.questions) {
    nodes.push({ id: q.id, type: 'Question', caption: q.text });
    nodesOf(q.actorsConnection).forEach(actor);
    out(q.id, 'CITES', nodesOf(q.sourcesConnection));
    out(q.id, 'CONCERNS', [...nodesOf(q.claimsConnection), ...nodesOf(q.eventsConnection), ...nodesOf(q.actorsConnection)]);
  }
  for (const p of story.perspectives) {
    nodes.push({ id: p.id, type: 'Perspective', caption: p.label });
    nodesOf(p.actorsConnection).forEach(actor);
    out(p.id, 'HELD_BY', nodesOf(p.actorsConnection));
  }
  for (const t of story.tensions) {
    nodes.push({ id: t.id, type: 'Tension', caption: t.text });
    out(t.id, 'HAS_SIDE', nodesOf(t.sidesConnection));
    out(t.id, 'CITES', nodesOf(t.sourcesConnection));
  }
  return graphShape(nodes, edges);
}

const dashboard: Workload = {
  name: 'dashboard',
  description: "a story's graph as nodes and edges (≈250–500 elements)",
  ours: `query Dashboard($id: ID!) {
  story(id: $id) { graph { nodes { id type caption } edges { type source target } } }
}`,
  peer: DASHBOARD_PEER,
  variables: (seed, stories, count) => draw(seed, stories, count, 'dashboard', (_, story) => ({ id: `story:bench-${story}` })),
  normalizeOurs: (data) => {
    const { graph } = DashboardOurs.parse(data).story;
    return graphShape(graph.nodes, graph.edges);
  },
  normalizePeer: (data) => peerGraph(data),
  normalizeLimit: (rows) => {
    const { nodes, edges } = DashboardLimit.parse(rows[0]);
    return graphShape(nodes, edges);
  },
};

// ---------------------------------------------------------------- researcher

const ResearchedClaim = z.object({ id: z.string(), text: z.string() });
const ResearchedSource = z.object({ id: z.string(), title: z.string() });
const researched = (claims: { id: string; text: string; sources: { id: string; title: string; publisher: z.infer<typeof Named> | undefined }[] }[], totalCount: number) => ({
  totalCount,
  // The page's order is part of the answer: both sort by text, then id.
  claims: claims.map((claim) => ({ ...claim, sources: byId(claim.sources) })),
});

const ResearcherOurs = z.object({
  claims: z.object({
    totalCount: z.number(),
    nodes: z.array(ResearchedClaim.extend({ sources: z.array(ResearchedSource.extend({ publishedBy: Named })) })),
  }),
});

const ResearcherPeer = z.object({
  claimsConnection: z.object({
    totalCount: z.number(),
    edges: z.array(
      z.object({
        node: ResearchedClaim.extend({ sourcesConnection: edgesOf(ResearchedSource.extend({ publishedByConnection: edgesOf(Named) })) }),
      }),
    ),
  }),
});

const ResearcherLimit = z.object({
  totalCount: z.number(),
  claims: z.array(ResearchedClaim.extend({ sources: z.array(ResearchedSource.extend({ publisher: Named.nullable() })) })),
});

const researcher: Workload = {
  name: 'researcher',
  description: "an actor's claims, first 50 by text, with sources, publishers and totalCount",
  ours: `query Researcher($actorId: ID!) {
  claims(filter: { actorId: $actorId }, orderBy: { field: TEXT, direction: ASC }, first: 50) {
    totalCount
    nodes { id text sources { id title publishedBy { id name } } }
  }
}`,
  peer: `query Researcher($actorId: ID!) {
  claimsConnection(
    first: 50
    where: { current: { eq: true }, assertedBy: { some: { id: { eq: $actorId } } } }
    sort: [{ text: ASC }, { id: ASC }]
  ) {
    totalCount
    edges { node { id text sourcesConnection${CURRENT} { edges { node { id title publishedByConnection${CURRENT} { edges { node { id name } } } } } } } }
  }
}`,
  // An actor picked through one of their claims: prolific actors come up as often as they speak.
  variables: (seed, stories, count) =>
    draw(seed, stories, count, 'researcher', (random, story) => {
      const asserted = syntheticStoryGraph(seed, story).claims.flatMap((claim) => claim.assertedBy);
      return asserted.length > 0 ? { actorId: random.pick(asserted).actorId } : undefined;
    }),
  normalizeOurs: (data) => {
    const { totalCount, nodes } = ResearcherOurs.parse(data).claims;
    return researched(
      nodes.map(({ sources, ...claim }) => ({ ...claim, sources: sources.map(({ publishedBy, ...source }) => ({ ...source, publisher: publishedBy })) })),
      totalCount,
    );
  },
  normalizePeer: (data) => {
    const { totalCount, edges } = ResearcherPeer.parse(data).claimsConnection;
    return researched(
      edges.map(({ node: { sourcesConnection, ...claim } }) => ({
        ...claim,
        sources: nodesOf(sourcesConnection).map(({ publishedByConnection, ...source }) => ({ ...source, publisher: nodesOf(publishedByConnection)[0] })),
      })),
      totalCount,
    );
  },
  normalizeLimit: (rows) => {
    const { totalCount, claims } = ResearcherLimit.parse(rows[0]);
    return researched(
      claims.map((claim) => ({ ...claim, sources: claim.sources.map(({ publisher, ...source }) => ({ ...source, publisher: publisher ?? undefined })) })),
      totalCount,
    );
  },
};

// ---------------------------------------------------------------- fact-checker

interface Step {
  source: string;
  from: string;
  how: string | null;
  depth: number;
}

interface Provenance {
  id: string;
  text: string;
  assertions: string[];
  sources: { id: string; title: string; publisher: string[]; chain: string[] }[];
  contradicts: string[];
  contradictedBy: string[];
}

const chainOf = (steps: Step[]) => steps.map((s) => `${s.depth}: ${s.source} <- ${s.from} (${s.how ?? '-'})`).sort();
const claimList = (claims: { id: string; text: string }[]) => claims.map((c) => `${c.id} ${c.text}`).sort();

const FactCheckOurs = z.object({
  claim: z.object({
    id: z.string(),
    text: z.string(),
    provenance: z.object({
      assertions: z.array(z.object({ actor: Named, channel: z.string() })),
      sources: z.array(
        z.object({
          source: ResearchedSource,
          publisher: Named,
          derivedFrom: z.array(z.object({ source: Id, from: ResearchedSource, how: z.string().nullable(), depth: z.number() })),
        }),
      ),
    }),
    contradicts: z.array(ResearchedClaim),
    contradictedBy: z.array(ResearchedClaim),
  }),
});

/** The peer has no recursion: the derivation chain is spelled out three levels deep. */
interface PeerDerived {
  edges: { properties: { how: string | null }; node: { id: string; title: string; derivedFromConnection?: PeerDerived | undefined } }[];
}
const PeerDerivedSchema: z.ZodType<PeerDerived> = z.lazy(() =>
  z.object({
    edges: z.array(
      z.object({
        properties: z.object({ how: z.string().nullable() }),
        node: z.object({ id: z.string(), title: z.string(), derivedFromConnection: PeerDerivedSchema.optional() }),
      }),
    ),
  }),
);

const derivedLevels = (levels: number): string =>
  levels === 0 ? '' : `derivedFromConnection${CURRENT} { edges { properties { how } node { id title ${derivedLevels(levels - 1)} } } }`;

const FactCheckPeer = z.object({
  claims: z.array(
    z.object({
      id: z.string(),
      text: z.string(),
      assertedByConnection: z.object({ edges: z.array(z.object({ properties: z.object({ channel: z.string() }), node: Named })) }),
      sourcesConnection: edgesOf(ResearchedSource.extend({ publishedByConnection: edgesOf(Named), derivedFromConnection: PeerDerivedSchema })),
      contradictsConnection: edgesOf(ResearchedClaim),
      contradictedByConnection: edgesOf(ResearchedClaim),
    }),
  ),
});

/** Each DERIVED_FROM step once, at the depth where it is first reached, as claimgraph's provenance does. */
function flattenChain(start: string, derived: PeerDerived): Step[] {
  const steps = new Map<string, Step>();
  const walk = (source: string, level: PeerDerived | undefined, depth: number) => {
    for (const { properties, node } of level?.edges ?? []) {
      const key = `${source}>${node.id}`;
      const known = steps.get(key);
      if (!known || known.depth > depth) steps.set(key, { source, from: node.id, how: properties.how, depth });
      walk(node.id, node.derivedFromConnection, depth + 1);
    }
  };
  walk(start, derived, 1);
  return [...steps.values()];
}

const FactCheckLimit = ResearchedClaim.extend({
  assertions: z.array(Named.extend({ channel: z.string() })),
  sources: z.array(
    ResearchedSource.extend({
      publisher: z.array(Named),
      chain: z.array(z.object({ source: z.string(), from: z.string(), how: z.string().nullable(), depth: z.number() })),
    }),
  ),
  contradicts: z.array(ResearchedClaim),
  contradictedBy: z.array(ResearchedClaim),
});

const factChecker: Workload = {
  name: 'fact-checker',
  description: "a claim's provenance: assertions, sources, publishers, 3-hop derivation chain, contradicting claims",
  ours: `query FactCheck($id: ID!) {
  claim(id: $id) {
    id text
    provenance {
      assertions { actor { id name } channel }
      sources { source { id title } publisher { id name } derivedFrom { source { id } from { id title } how depth } }
    }
    contradicts { id text }
    contradictedBy { id text }
  }
}`,
  peer: `query FactCheck($id: ID!) {
  claims(where: { id: { eq: $id } }) {
    id text
    assertedByConnection${CURRENT} { edges { properties { channel } node { id name } } }
    sourcesConnection${CURRENT} { edges { node { id title publishedByConnection${CURRENT} { edges { node { id name } } } ${derivedLevels(3)} } } }
    contradictsConnection${CURRENT} { edges { node { id text } } }
    contradictedByConnection${CURRENT} { edges { node { id text } } }
  }
}`,
  // Half of the claims stand in a tension, so that contradictions are part of most answers.
  variables: (seed, stories, count) =>
    draw(seed, stories, count, 'fact-checker', (random, story) => {
      const doc = syntheticStoryGraph(seed, story);
      const contested = doc.tensions.flatMap((t) => [...t.sideA.claimIds, ...t.sideB.claimIds]);
      const id = random.chance(0.5) && contested.length > 0 ? random.pick(contested) : random.pick(doc.claims).id;
      return { id };
    }),
  normalizeOurs: (data): Provenance => {
    const { claim } = FactCheckOurs.parse(data);
    return {
      id: claim.id,
      text: claim.text,
      assertions: claim.provenance.assertions.map((a) => `${a.actor.id} ${a.actor.name} ${a.channel.toUpperCase()}`).sort(),
      sources: claim.provenance.sources
        .map(({ source, publisher, derivedFrom }) => ({
          ...source,
          publisher: [`${publisher.id} ${publisher.name}`],
          chain: chainOf(derivedFrom.map((d) => ({ source: d.source.id, from: d.from.id, how: d.how, depth: d.depth }))),
        }))
        .sort((a, b) => a.id.localeCompare(b.id)),
      contradicts: claimList(claim.contradicts),
      contradictedBy: claimList(claim.contradictedBy),
    };
  },
  normalizePeer: (data): Provenance => {
    const [claim] = FactCheckPeer.parse(data).claims;
    if (!claim) throw new Error('no such claim');
    return {
      id: claim.id,
      text: claim.text,
      assertions: claim.assertedByConnection.edges.map((e) => `${e.node.id} ${e.node.name} ${e.properties.channel.toUpperCase()}`).sort(),
      sources: nodesOf(claim.sourcesConnection)
        .map(({ publishedByConnection, derivedFromConnection, ...source }) => ({
          ...source,
          publisher: nodesOf(publishedByConnection).map((p) => `${p.id} ${p.name}`),
          chain: chainOf(flattenChain(source.id, derivedFromConnection)),
        }))
        .sort((a, b) => a.id.localeCompare(b.id)),
      contradicts: claimList(nodesOf(claim.contradictsConnection)),
      contradictedBy: claimList(nodesOf(claim.contradictedByConnection)),
    };
  },
  normalizeLimit: (rows): Provenance => {
    const claim = FactCheckLimit.parse(rows[0]);
    return {
      id: claim.id,
      text: claim.text,
      assertions: claim.assertions.map((a) => `${a.id} ${a.name} ${a.channel.toUpperCase()}`).sort(),
      sources: claim.sources
        .map(({ publisher, chain, ...source }) => ({ ...source, publisher: publisher.map((p) => `${p.id} ${p.name}`), chain: chainOf(chain) }))
        .sort((a, b) => a.id.localeCompare(b.id)),
      contradicts: claimList(claim.contradicts),
      contradictedBy: claimList(claim.contradictedBy),
    };
  },
};

// ---------------------------------------------------------------- search

export const SEARCH_HITS = 20;

interface Hit {
  id: string;
  caption: string;
  score: number;
}

/**
 * The best hits, best first. Hits tied at the lowest score kept may differ between two correct
 * answers (which of the tied ones make the cut is up to Lucene's order), so those count by number only.
 */
function ranked(hits: Hit[]) {
  const sorted = hits
    .map((hit) => ({ ...hit, score: Number(hit.score.toFixed(5)) }))
    .sort((a, b) => b.score - a.score || a.id.localeCompare(b.id))
    .slice(0, SEARCH_HITS);
  const cutoff = sorted.at(-1)?.score;
  return {
    scores: sorted.map((hit) => hit.score),
    above: sorted.filter((hit) => hit.score !== cutoff).map((hit) => `${hit.id} ${hit.caption}`),
    tiedAtCutoff: sorted.filter((hit) => hit.score === cutoff).length,
  };
}

const SearchOurs = z.object({
  search: z.array(
    z.object({
      score: z.number(),
      node: z.union([
        z.object({ __typename: z.literal('Claim'), id: z.string(), text: z.string() }),
        z.object({ __typename: z.literal('Source'), id: z.string(), title: z.string() }),
      ]),
    }),
  ),
});

const indexHits = <T extends z.ZodType>(node: T) => z.object({ edges: z.array(z.object({ score: z.number(), node })) });
const SearchPeer = z.object({ claimsByText: indexHits(ResearchedClaim), sourcesByText: indexHits(ResearchedSource) });

const search: Workload = {
  name: 'search',
  description: `full-text search over claims and sources, first ${SEARCH_HITS}`,
  // The peer has no way to a source through its makers' names: claimgraph is asked without it, the same question.
  ours: `query Search($text: String!) {
  search(text: $text, kinds: [CLAIM, SOURCE], first: ${SEARCH_HITS}, sourcesByMaker: false) {
    score
    node { __typename ... on Claim { id text } ... on Source { id title } }
  }
}`,
  // Two indexes, two queries: the client merges them by score, as claimgraph does on the server.
  peer: `query Search($text: String!) {
  claimsByText(phrase: $text, where: { node: { current: { eq: true } } }, sort: [{ score: DESC }], first: ${SEARCH_HITS}) {
    edges { score node { id text } }
  }
  sourcesByText(phrase: $text, where: { node: { current: { eq: true } } }, sort: [{ score: DESC }], first: ${SEARCH_HITS}) {
    edges { score node { id title } }
  }
}`,
  // Two words of one claim or source title: plain words, so both APIs send Lucene the same query.
  variables: (seed, stories, count) =>
    draw(seed, stories, count, 'search', (random, story) => {
      const doc = syntheticStoryGraph(seed, story);
      const words = (random.chance(0.7) ? random.pick(doc.claims).text : random.pick(doc.sources).title).toLowerCase().replace(/[^a-z ]/g, '').split(' ');
      return { text: `${random.pick(words)} ${random.pick(words)}` };
    }),
  normalizeOurs: (data) =>
    ranked(
      SearchOurs.parse(data).search.map(({ score, node }) => ({ id: node.id, caption: node.__typename === 'Claim' ? node.text : node.title, score })),
    ),
  normalizePeer: (data) => {
    const { claimsByText, sourcesByText } = SearchPeer.parse(data);
    return ranked([
      ...claimsByText.edges.map(({ score, node }) => ({ id: node.id, caption: node.text, score })),
      ...sourcesByText.edges.map(({ score, node }) => ({ id: node.id, caption: node.title, score })),
    ]);
  },
  normalizeLimit: (rows) => ranked(z.array(z.object({ id: z.string(), caption: z.string(), score: z.number() })).parse(rows)),
};

// ---------------------------------------------------------------- corroboration

const byKey = <T>(items: readonly T[]) => [...items].sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b)));

interface OriginShape {
  makers: string[];
  roots: string[];
  paths: { mention: string; citationScope: string; sources: string[]; derivations: (string | null)[] }[];
}

/** Origins as the schema orders them (most paths first); among equals, and within an origin, no order is promised. */
const origins = (items: OriginShape[]) =>
  items
    .map((origin) => ({ makers: [...origin.makers].sort(), roots: [...origin.roots].sort(), paths: byKey(origin.paths) }))
    .sort((a, b) => b.paths.length - a.paths.length || JSON.stringify(a).localeCompare(JSON.stringify(b)));

const CorroborationCounts = z.object({
  directSources: z.number(),
  evidenceSources: z.number(),
  inheritedOnly: z.boolean(),
  originCount: z.number(),
  singleOrigin: z.boolean(),
});

/** A corroboration as claimgraph answers it, or as the limit does with `pathSource` a plain id. */
const corroborationOf = <T extends z.ZodType>(pathSource: T) =>
  CorroborationCounts.extend({
    origins: z.array(
      z.object({
        makers: z.array(Named),
        roots: z.array(ResearchedSource),
        paths: z.array(
          z.object({
            mention: z.object({ id: z.string(), line: z.number() }),
            citationScope: z.string(),
            sources: z.array(pathSource),
            derivations: z.array(z.string().nullable()),
          }),
        ),
      }),
    ),
  });

const CorroborationOurs = z.object({ claim: z.object({ corroboration: corroborationOf(Id) }) });
const CorroborationLimit = corroborationOf(z.string());

const named = (item: { id: string; name: string }) => `${item.id} ${item.name}`;
const titled = (item: { id: string; title: string }) => `${item.id} ${item.title}`;
const mentionAt = (mention: { id: string; line: number }) => `${mention.id} line ${mention.line}`;

function corroborationShape({ origins: found, ...counts }: z.infer<typeof CorroborationOurs>['claim']['corroboration']) {
  return {
    ...counts,
    origins: origins(
      found.map((origin) => ({
        makers: origin.makers.map(named),
        roots: origin.roots.map(titled),
        paths: origin.paths.map((path) => ({ ...path, mention: mentionAt(path.mention), sources: path.sources.map((source) => source.id) })),
      })),
    ),
  };
}

const corroboration: Workload = {
  name: 'corroboration',
  description: "a claim's independent origins, with their makers, roots and each path from the claim's words (direct evidence)",
  ours: `query Corroboration($id: ID!) {
  claim(id: $id) {
    corroboration {
      directSources evidenceSources inheritedOnly originCount singleOrigin
      origins { makers { id name } roots { id title } paths { mention { id line } citationScope sources { id } derivations } }
    }
  }
}`,
  variables: (seed, stories, count) => draw(seed, stories, count, 'corroboration', (random, story) => ({ id: random.pick(syntheticStoryGraph(seed, story).claims).id })),
  normalizeOurs: (data) => corroborationShape(CorroborationOurs.parse(data).claim.corroboration),
  normalizeLimit: (rows) => {
    const { origins: found, ...counts } = CorroborationLimit.parse(rows[0]);
    return corroborationShape({
      ...counts,
      origins: found.map((origin) => ({
        ...origin,
        paths: origin.paths.map((path) => ({ ...path, citationScope: path.citationScope.toUpperCase(), sources: path.sources.map((id) => ({ id })) })),
      })),
    });
  },
};

// ---------------------------------------------------------------- retraction-impact

const Counted = z.object({ evidenceSources: z.number(), originCount: z.number() });

interface ImpactShape {
  discounted: string[];
  fallen: string[];
  claimsAffected: number;
  claimsLosingAllEvidence: number;
  claimsDroppingToOneOrigin: number;
  claims: { id: string; before: z.infer<typeof Counted>; after: z.infer<typeof Counted>; lostAllEvidence: boolean; droppedToOneOrigin: boolean }[];
  citedItems: { id: string; cited: string[]; fallen: string[]; lostAll: boolean }[];
  tensions: { id: string; unsupportedSides: string[] }[];
}

/** Claims (document order) and cited items (timeline order, then questions) keep their order; the schema promises none for the rest. */
const impact = (found: ImpactShape): ImpactShape => ({
  ...found,
  discounted: [...found.discounted].sort(),
  fallen: [...found.fallen].sort(),
  citedItems: found.citedItems.map((item) => ({ ...item, cited: [...item.cited].sort(), fallen: [...item.fallen].sort() })),
  tensions: byKey(found.tensions.map((tension) => ({ ...tension, unsupportedSides: [...tension.unsupportedSides].sort() }))),
});

const RetractionOurs = z.object({
  story: z.object({
    retractionImpact: z.object({
      discounted: z.array(Id),
      fallen: z.array(Id),
      claimsAffected: z.number(),
      claimsLosingAllEvidence: z.number(),
      claimsDroppingToOneOrigin: z.number(),
      claims: z.array(z.object({ claim: Id, before: Counted, after: Counted, lostAllEvidence: z.boolean(), droppedToOneOrigin: z.boolean() })),
      citedItems: z.array(z.object({ item: Id, cited: z.array(Id), fallen: z.array(Id), lostAll: z.boolean() })),
      tensions: z.array(z.object({ tension: Id, unsupportedSides: z.array(z.string()) })),
    }),
  }),
});

const RetractionLimit = z.object({
  discounted: z.array(z.string()),
  fallen: z.array(z.string()),
  claims: z.array(z.object({ claimId: z.string(), before: Counted, after: Counted })),
  citedItems: z.array(z.object({ itemId: z.string(), cited: z.array(z.string()), fallen: z.array(z.string()), lostAll: z.boolean() })),
  tensions: z.array(z.object({ tensionId: z.string(), unsupportedSides: z.array(z.string()) })),
});

const ids = (items: { id: string }[]) => items.map((item) => item.id);

const retractionImpact: Workload = {
  name: 'retraction-impact',
  description: "a what-if over a story: one of its sources discounted, what falls with it, each claim's evidence and origins before and after",
  ours: `query RetractionImpact($storyId: ID!, $sourceId: ID!) {
  story(id: $storyId) {
    retractionImpact(discount: { sourceIds: [$sourceId] }) {
      discounted { id } fallen { id }
      claimsAffected claimsLosingAllEvidence claimsDroppingToOneOrigin
      claims { claim { id } before { evidenceSources originCount } after { evidenceSources originCount } lostAllEvidence droppedToOneOrigin }
      citedItems { item { id } cited { id } fallen { id } lostAll }
      tensions { tension { id } unsupportedSides }
    }
  }
}`,
  // A source some claim cites in its own words, so that most answers change something.
  variables: (seed, stories, count) =>
    draw(seed, stories, count, 'retraction-impact', (random, story) => {
      const doc = syntheticStoryGraph(seed, story);
      const refs = new Set(doc.claims.flatMap((claim) => claim.mentions.filter((m) => m.citationScope === 'direct').flatMap((m) => m.citationRefs)));
      const cited = doc.sources.filter((source) => source.ref !== undefined && refs.has(source.ref));
      return cited.length > 0 ? { storyId: doc.story.id, sourceId: random.pick(cited).id } : undefined;
    }),
  normalizeOurs: (data) => {
    const found = RetractionOurs.parse(data).story.retractionImpact;
    return impact({
      ...found,
      discounted: ids(found.discounted),
      fallen: ids(found.fallen),
      claims: found.claims.map(({ claim, ...rest }) => ({ id: claim.id, ...rest })),
      citedItems: found.citedItems.map(({ item, cited, fallen, lostAll }) => ({ id: item.id, cited: ids(cited), fallen: ids(fallen), lostAll })),
      tensions: found.tensions.map(({ tension, unsupportedSides }) => ({ id: tension.id, unsupportedSides })),
    });
  },
  normalizeLimit: (rows) => {
    const found = RetractionLimit.parse(rows[0]);
    const claims = found.claims.map(({ claimId, before, after }) => ({
      id: claimId,
      before,
      after,
      lostAllEvidence: before.evidenceSources > 0 && after.evidenceSources === 0,
      droppedToOneOrigin: before.originCount >= 2 && after.originCount === 1,
    }));
    return impact({
      discounted: found.discounted,
      fallen: found.fallen,
      claimsAffected: claims.length,
      claimsLosingAllEvidence: claims.filter((claim) => claim.lostAllEvidence).length,
      claimsDroppingToOneOrigin: claims.filter((claim) => claim.droppedToOneOrigin).length,
      claims,
      citedItems: found.citedItems.map(({ itemId, ...rest }) => ({ id: itemId, ...rest })),
      tensions: found.tensions.map(({ tensionId, unsupportedSides }) => ({ id: tensionId, unsupportedSides })),
    });
  },
};

// ---------------------------------------------------------------- actor-contradictions

interface PairShape {
  actor: string;
  counterpart: string;
  count: number;
  claimPairs: string[];
}

/** The pair with most claim pairs first, as the schema says; among equals no order is promised. Claim pairs keep document order. */
const pairsShape = (pairs: PairShape[]) => [...pairs].sort((a, b) => b.count - a.count || `${a.actor} ${a.counterpart}`.localeCompare(`${b.actor} ${b.counterpart}`));

const ActorPairsOurs = z.object({
  story: z.object({
    actorContradictions: z.array(
      z.object({
        actor: Named,
        counterpart: Named,
        count: z.number(),
        claimPairs: z.array(z.object({ claim: Id, counterpart: Id, tension: Id.nullable() })),
      }),
    ),
  }),
});

const ActorPairsLimit = z.array(
  z.object({
    actor: Named,
    counterpart: Named,
    count: z.number(),
    claimPairs: z.array(z.object({ claim: z.string(), counterpart: z.string(), tension: z.string().nullable() })),
  }),
);

const actorContradictions: Workload = {
  name: 'actor-contradictions',
  description: "who contradicts whom in a story: its contradictions grouped by the speakers of both claims, each pair's claim pairs",
  ours: `query ActorContradictions($storyId: ID!) {
  story(id: $storyId) {
    actorContradictions { actor { id name } counterpart { id name } count claimPairs { claim { id } counterpart { id } tension { id } } }
  }
}`,
  variables: (seed, stories, count) => draw(seed, stories, count, 'actor-contradictions', (_, story) => ({ storyId: syntheticStoryGraph(seed, story).story.id })),
  normalizeOurs: (data) =>
    pairsShape(
      ActorPairsOurs.parse(data).story.actorContradictions.map((pair) => ({
        actor: named(pair.actor),
        counterpart: named(pair.counterpart),
        count: pair.count,
        claimPairs: pair.claimPairs.map((claimPair) => `${claimPair.claim.id} > ${claimPair.counterpart.id} (${claimPair.tension?.id ?? '-'})`),
      })),
    ),
  normalizeLimit: (rows) =>
    pairsShape(
      ActorPairsLimit.parse(rows).map((pair) => ({
        actor: named(pair.actor),
        counterpart: named(pair.counterpart),
        count: pair.count,
        claimPairs: pair.claimPairs.map((claimPair) => `${claimPair.claim} > ${claimPair.counterpart} (${claimPair.tension ?? '-'})`),
      })),
    ),
};

export const WORKLOADS: readonly Workload[] = [dashboard, researcher, factChecker, search, corroboration, retractionImpact, actorContradictions];

/** `{ __typename }`: what a request costs when it asks nothing of Neo4j. */
export const TYPENAME = '{ __typename }';
