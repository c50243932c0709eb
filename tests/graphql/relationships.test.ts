import { idsOf, type RootConnection } from '../support/connections';
import { BATCHED_REQUEST_LIMITS, dataOf, startApiOverSeed, type ApiHarness } from '../support/graphql-harness';
import { orderViolations, sorted, type SortKey } from '../support/ordering';
import {
  byId,
  enumValue,
  ofType,
  originsOf,
  seed,
  seedEdges,
  STORY_ID,
  targetsOf,
  typenameOf,
} from '../support/seed-story';

/**
 * Every relationship field, from every seeded node that has it, against the edges the seed document
 * states. Both directions of an edge are separate fields (Claim.sources and Source.claims), so each
 * direction is held to the document on its own.
 */

let api: ApiHarness;
beforeAll(async () => {
  api = await startApiOverSeed(BATCHED_REQUEST_LIMITS);
});
afterAll(() => api.close());

type Ref = { id: string };

interface RelationCase {
  /** `Type.field`, as the schema names it. */
  field: string;
  /** The root list that reaches every node of the type. */
  root: RootConnection;
  items: readonly Ref[];
  expected: (id: string) => string[];
  /** The order the schema promises for the field, as a sort key of a neighbour's id. */
  order?: (id: string) => SortKey;
}

const refOf = (sourceId: string): SortKey => [byId(seed.sources, sourceId).ref ?? null];
const positionOf = (items: readonly { id: string; position: number }[]) => (id: string): SortKey => [byId(items, id).position];
const story = () => [STORY_ID];
const e = seedEdges;

const RELATIONS: RelationCase[] = [
  { field: 'Story.actors', root: 'stories', items: [seed.story], expected: () => idsOf(seed.actors) },
  {
    field: 'Story.sources',
    root: 'stories',
    items: [seed.story],
    expected: () => idsOf(seed.sources),
    // "Numbered sources by their number, then the underlying items they relay."
    order: (id) => {
      const { ref } = byId(seed.sources, id);
      return [ref === undefined, ref ?? null];
    },
  },
  { field: 'Story.claims', root: 'stories', items: [seed.story], expected: () => idsOf(seed.claims), order: positionOf(seed.claims) },
  { field: 'Story.timeline', root: 'stories', items: [seed.story], expected: () => idsOf(seed.events), order: positionOf(seed.events) },
  { field: 'Story.questions', root: 'stories', items: [seed.story], expected: () => idsOf(seed.questions) },
  { field: 'Story.perspectives', root: 'stories', items: [seed.story], expected: () => idsOf(seed.perspectives) },
  { field: 'Story.tensions', root: 'stories', items: [seed.story], expected: () => idsOf(seed.tensions) },

  { field: 'Actor.stories', root: 'actors', items: seed.actors, expected: story },
  { field: 'Actor.claims', root: 'actors', items: seed.actors, expected: (id) => targetsOf(e.asserts, id) },
  { field: 'Actor.perspectives', root: 'actors', items: seed.actors, expected: (id) => originsOf(e.heldBy, id) },
  { field: 'Actor.published', root: 'actors', items: seed.actors, expected: (id) => originsOf(e.publishedBy, id) },
  { field: 'Actor.authored', root: 'actors', items: seed.actors, expected: (id) => originsOf(e.authoredBy, id) },
  {
    field: 'Actor.events',
    root: 'actors',
    items: seed.actors,
    expected: (id) => targetsOf(e.participatedIn, id),
    order: (id) => [byId(seed.events, id).date],
  },
  { field: 'Actor.questions', root: 'actors', items: seed.actors, expected: (id) => originsOf(e.concerns, id) },

  { field: 'Claim.story', root: 'claims', items: seed.claims, expected: story },
  { field: 'Claim.sources', root: 'claims', items: seed.claims, expected: (id) => targetsOf(e.cites, id), order: refOf },
  { field: 'Claim.assertedBy', root: 'claims', items: seed.claims, expected: (id) => originsOf(e.asserts, id) },
  // Claim.supports and Claim.supportedBy: the seed's text backs no claim with another, so they are held on the derivation story (provenance.test.ts).
  { field: 'Claim.contradicts', root: 'claims', items: seed.claims, expected: (id) => targetsOf(e.contradicts, id) },
  { field: 'Claim.contradictedBy', root: 'claims', items: seed.claims, expected: (id) => originsOf(e.contradicts, id) },
  { field: 'Claim.tensions', root: 'claims', items: seed.claims, expected: (id) => originsOf(e.hasSide, id) },
  { field: 'Claim.questions', root: 'claims', items: seed.claims, expected: (id) => originsOf(e.concerns, id) },

  { field: 'Event.story', root: 'events', items: seed.events, expected: story },
  { field: 'Event.sources', root: 'events', items: seed.events, expected: (id) => targetsOf(e.cites, id), order: refOf },
  { field: 'Event.participants', root: 'events', items: seed.events, expected: (id) => originsOf(e.participatedIn, id) },
  { field: 'Event.questions', root: 'events', items: seed.events, expected: (id) => originsOf(e.concerns, id) },

  { field: 'Source.story', root: 'sources', items: seed.sources, expected: story },
  { field: 'Source.publishedBy', root: 'sources', items: seed.sources, expected: (id) => targetsOf(e.publishedBy, id) },
  { field: 'Source.authors', root: 'sources', items: seed.sources, expected: (id) => targetsOf(e.authoredBy, id) },
  { field: 'Source.claims', root: 'sources', items: seed.sources, expected: (id) => ofType('claim')(originsOf(e.cites, id)) },
  { field: 'Source.events', root: 'sources', items: seed.sources, expected: (id) => ofType('event')(originsOf(e.cites, id)) },
  { field: 'Source.questions', root: 'sources', items: seed.sources, expected: (id) => ofType('question')(originsOf(e.cites, id)) },
  { field: 'Source.tensions', root: 'sources', items: seed.sources, expected: (id) => ofType('tension')(originsOf(e.cites, id)) },

  { field: 'Question.story', root: 'questions', items: seed.questions, expected: story },
  { field: 'Question.sources', root: 'questions', items: seed.questions, expected: (id) => targetsOf(e.cites, id) },
  { field: 'Question.concerns', root: 'questions', items: seed.questions, expected: (id) => targetsOf(e.concerns, id) },

  { field: 'Perspective.story', root: 'perspectives', items: seed.perspectives, expected: story },
  { field: 'Perspective.actors', root: 'perspectives', items: seed.perspectives, expected: (id) => targetsOf(e.heldBy, id) },

  { field: 'Tension.story', root: 'tensions', items: seed.tensions, expected: story },
  { field: 'Tension.sources', root: 'tensions', items: seed.tensions, expected: (id) => targetsOf(e.cites, id) },
];

const fieldNameOf = (field: string) => field.slice(field.indexOf('.') + 1);

/**
 * Every relationship field of one type, asked for every node of the type in a single request:
 * node id → field → neighbour ids (a single neighbour counts as a list of one).
 */
async function neighboursOfAll(root: RootConnection, fields: string[]): Promise<Map<string, Map<string, string[]>>> {
  type Row = { id: string } & Record<string, Ref | Ref[] | null>;
  const selection = fields.map((field) => `${field}: ${field} { ... on Node { id } }`).join(' ');
  const { page } = dataOf(await api.query<{ page: { nodes: Row[] } }>(`{ page: ${root}(first: 100) { nodes { id ${selection} } } }`));
  return new Map(
    page.nodes.map((row) => [row.id, new Map(fields.map((field) => [field, idsOf([row[field] ?? []].flat())]))]),
  );
}

// One request per node type rather than per field: the fields' Cypher then runs side by side.
const answers = new Map<RootConnection, Map<string, Map<string, string[]>>>();
beforeAll(async () => {
  for (const root of new Set(RELATIONS.map((relation) => relation.root))) {
    const fields = RELATIONS.filter((relation) => relation.root === root).map((relation) => fieldNameOf(relation.field));
    answers.set(root, await neighboursOfAll(root, fields));
  }
});

test.each(RELATIONS)('$field answers, for every node, the neighbours the document states', ({ field, root, items, expected, order }) => {
  const byNode = answers.get(root) ?? new Map<string, Map<string, string[]>>();
  const answered = new Map([...byNode].map(([id, fields]) => [id, fields.get(fieldNameOf(field)) ?? []]));
  const wanted = new Map(items.map((item) => [item.id, expected(item.id)]));
  // A relation the seed leaves empty everywhere could not tell a broken field from a working one.
  expect([...wanted.values()].some((ids) => ids.length > 0)).toBe(true);
  expect(sorted([...answered.keys()])).toEqual(sorted([...wanted.keys()]));
  const asSortedLists = (map: Map<string, string[]>) => Object.fromEntries([...map].map(([id, ids]) => [id, sorted(ids)]));
  expect(asSortedLists(answered)).toEqual(asSortedLists(wanted));
  if (order) {
    for (const ids of answered.values()) expect(orderViolations(ids.map(order))).toEqual([]);
  }
});

describe('assertions', () => {
  interface AssertionJson {
    actor: Ref;
    claim: Ref;
    channel: string;
    at: string | null;
  }
  const ASSERTION = 'assertions { actor { id } claim { id } channel at }';
  const inDocument = seed.claims.flatMap((claim) =>
    claim.assertedBy.map((a) => ({ actor: { id: a.actorId }, claim: { id: claim.id }, channel: enumValue(a.channel), at: a.at ?? null })),
  );
  const byKey = (list: AssertionJson[]) => [...list].sort((a, b) => (JSON.stringify(a) < JSON.stringify(b) ? -1 : 1));

  test.each([
    ['Actor.assertions', 'actors', (a: AssertionJson) => a.actor.id],
    ['Claim.assertions', 'claims', (a: AssertionJson) => a.claim.id],
  ] as const)('%s answers who said what, on which channel and when, as the document does', async (_, root, owner) => {
    const { page } = dataOf(
      await api.query<{ page: { nodes: { id: string; assertions: AssertionJson[] } [] } }>(`{ page: ${root}(first: 100) { nodes { id ${ASSERTION} } } }`),
    );
    for (const node of page.nodes) {
      expect(node.assertions.every((a) => owner(a) === node.id)).toBe(true);
    }
    expect(inDocument).toHaveLength(21);
    expect(byKey(page.nodes.flatMap((node) => node.assertions))).toEqual(byKey(inDocument));
  });
});

describe('derivations', () => {
  interface DerivationJson {
    source: Ref;
    from: Ref;
    how: string | null;
    depth: number;
  }
  const inDocument = seed.sources.flatMap((source) =>
    source.derivedFrom.map((d) => ({ source: { id: source.id }, from: { id: d.sourceId }, how: d.how ?? null, depth: 1 })),
  );

  test('Source.derivedFrom and Source.derivatives answer each DERIVED_FROM edge from both of its ends', async () => {
    const { page } = dataOf(
      await api.query<{ page: { nodes: { id: string; derivedFrom: DerivationJson[]; derivatives: DerivationJson[] }[] } }>(
        `{ page: sources(first: 100) { nodes { id
          derivedFrom { source { id } from { id } how depth }
          derivatives { source { id } from { id } how depth } } } }`,
      ),
    );
    // [1] from the audio and the memo, [2] from the audio, [3] from the memo, [4] from the internal post.
    expect(inDocument).toHaveLength(5);
    for (const node of page.nodes) {
      expect(node.derivedFrom).toEqual(inDocument.filter((d) => d.source.id === node.id));
      expect(node.derivatives).toEqual(inDocument.filter((d) => d.from.id === node.id));
    }
  });
});

describe('Question.concerns', () => {
  test('types each subject as the Claim, Event or Actor its id names', async () => {
    const { page } = dataOf(
      await api.query<{ page: { nodes: { concerns: { __typename: string; id: string }[] }[] } }>(
        '{ page: questions(first: 100) { nodes { concerns { __typename ... on Claim { id } ... on Event { id } ... on Actor { id } } } } }',
      ),
    );
    const subjects = page.nodes.flatMap((node) => node.concerns);
    expect(new Set(subjects.map((s) => s.__typename))).toEqual(new Set(['Claim', 'Event', 'Actor']));
    for (const subject of subjects) expect(subject.__typename).toBe(typenameOf(subject.id));
  });
});

describe('tensions', () => {
  interface SideJson {
    name: string;
    label: string;
    claims: Ref[];
    sources: { ref: number }[];
  }
  interface TensionJson {
    id: string;
    sideA: SideJson;
    sideB: SideJson;
    contradictions: { claim: Ref; contradicts: Ref; tension: Ref }[];
  }
  const SIDE = 'name label claims { id } sources { ref }';
  let tensions: TensionJson[];
  beforeAll(async () => {
    const { page } = dataOf(
      await api.query<{ page: { nodes: TensionJson[] } }>(
        `{ page: tensions(first: 100) { nodes { id sideA { ${SIDE} } sideB { ${SIDE} }
          contradictions { claim { id } contradicts { id } tension { id } } } } }`,
      ),
    );
    tensions = page.nodes;
  });

  test.each(seed.tensions.map((t) => [t.id, t] as const))('%s has the two sides the document words', (id, expected) => {
    const tension = byId(tensions, id);
    for (const [answered, name, side] of [
      [tension.sideA, 'A', expected.sideA],
      [tension.sideB, 'B', expected.sideB],
    ] as const) {
      expect(answered.name).toBe(name);
      expect(answered.label).toBe(side.label);
      expect(sorted(idsOf(answered.claims))).toEqual(sorted(side.claimIds));
      expect(answered.sources.map((s) => s.ref).sort((a, b) => a - b)).toEqual([...side.sourceRefs].sort((a, b) => a - b));
    }
  });

  test.each(seed.tensions.map((t) => [t.id, t] as const))(
    '%s is backed by a contradiction from each side-A claim to each side-B claim',
    (id, expected) => {
      const pairs = byId(tensions, id).contradictions.map((c) => {
        expect(c.tension.id).toBe(id);
        return `${c.claim.id} -> ${c.contradicts.id}`;
      });
      const wanted = expected.sideA.claimIds.flatMap((a) => expected.sideB.claimIds.map((b) => `${a} -> ${b}`));
      expect(pairs.length).toBeGreaterThan(0);
      expect(sorted(pairs)).toEqual(sorted(wanted));
    },
  );
});
