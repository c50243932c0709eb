import { BATCHED_REQUEST_LIMITS, dataOf, startApiOverSeed, type ApiHarness } from '../support/graphql-harness';
import { byId, enumValue, seed, seedMentions, seedNodeIds, sourceByRef, STORY_ID, typenameOf } from '../support/seed-story';

/** The lookups by id: `node`, `nodes` and one per type, each answering with what the seed document says. */

let api: ApiHarness;
beforeAll(async () => {
  api = await startApiOverSeed(BATCHED_REQUEST_LIMITS);
});
afterAll(() => api.close());

type Json = Record<string, unknown>;

const orNull = <T>(value: T | undefined): T | null => value ?? null;

/** Each per-type lookup with the scalar fields it serves, and the document's values for them as GraphQL types them. */
const PER_TYPE: { field: string; selection: string; expected: Json[] }[] = [
  {
    field: 'story',
    selection: 'id title version updatedAt itemCount what whyItMatters narrator { id kind }',
    expected: [{ ...Object.fromEntries(Object.entries(seed.story).filter(([field]) => field !== 'narratorId')), narrator: { id: seed.story.narratorId, kind: 'NARRATOR' } }],
  },
  {
    field: 'actor',
    selection: 'id name kind aliases',
    expected: seed.actors.map((a) => ({ ...a, kind: enumValue(a.kind) })),
  },
  {
    field: 'claim',
    selection: 'id text kind quote verbatim speaker { id } section position sourceRefs citationScope mentions { id }',
    expected: seed.claims.map((c) => ({
      id: c.id,
      text: c.text,
      kind: enumValue(c.kind),
      quote: orNull(c.quote),
      verbatim: c.verbatim,
      speaker: c.speakerId === null ? null : { id: c.speakerId },
      section: enumValue(c.section),
      position: c.position,
      sourceRefs: c.sourceRefs,
      citationScope: c.mentions.some((m) => m.citationScope === 'direct') ? 'DIRECT' : 'INHERITED',
      mentions: c.mentions.map(({ id }) => ({ id })),
    })),
  },
  {
    field: 'mention',
    selection: 'id claim { id } section line position text citationRefs citationScope sources { id } attributedTo { id }',
    expected: seedMentions.map((m) => ({
      id: m.id,
      claim: { id: m.claimId },
      section: enumValue(m.section),
      line: m.line,
      position: m.position,
      text: m.text,
      citationRefs: m.citationRefs,
      citationScope: enumValue(m.citationScope),
      sources: m.citationRefs.map((ref) => ({ id: sourceByRef(ref).id })),
      attributedTo: m.attributedToId === undefined ? null : { id: m.attributedToId },
    })),
  },
  {
    field: 'event',
    selection: 'id date datePrecision text position sourceRefs',
    expected: seed.events.map((e) => ({
      id: e.id,
      date: e.date,
      datePrecision: enumValue(e.datePrecision),
      text: e.text,
      position: e.position,
      sourceRefs: e.sourceRefs,
    })),
  },
  {
    field: 'source',
    selection: 'id ref title publisher publishedAt recordedAt anonymousSourcing kind channel',
    expected: seed.sources.map((s) => ({
      id: s.id,
      ref: orNull(s.ref),
      title: s.title,
      publisher: orNull(s.publisher),
      publishedAt: orNull(s.publishedAt),
      recordedAt: orNull(s.recordedAt),
      anonymousSourcing: s.anonymousSourcing !== undefined,
      kind: enumValue(s.kind),
      channel: s.channel === undefined ? null : enumValue(s.channel),
    })),
  },
  {
    field: 'question',
    selection: 'id text position sourceRefs',
    expected: seed.questions.map(({ id, text, position, sourceRefs }) => ({ id, text, position, sourceRefs })),
  },
  {
    field: 'perspective',
    selection: 'id label channel stance evolution position',
    expected: seed.perspectives.map((p) => ({
      id: p.id,
      label: p.label,
      channel: p.channel === undefined ? null : enumValue(p.channel),
      stance: p.stance,
      evolution: orNull(p.evolution),
      position: p.position,
    })),
  },
  {
    field: 'tension',
    // Citations in the order the line writes them ([3][2][1] is not [1][2][3]).
    selection: 'id text position sourceRefs sources { id }',
    expected: seed.tensions.map(({ id, text, position, sourceRefs }) => ({ id, text, position, sourceRefs, sources: sourceRefs.map((ref) => ({ id: sourceByRef(ref).id })) })),
  },
];

/** One request looking up every id through `field`, each under its own alias; answers in the order asked. */
async function lookUpEach(field: string, ids: string[], selection: string): Promise<(Json | null)[]> {
  const declared = ids.map((_, i) => `$id${i}: ID!`).join(', ');
  const body = ids.map((_, i) => `n${i}: ${field}(id: $id${i}) { ${selection} }`).join('\n');
  const variables = Object.fromEntries(ids.map((id, i) => [`id${i}`, id]));
  const data = dataOf(await api.query<Record<string, Json | null>>(`query LookUp(${declared}) { ${body} }`, variables));
  return ids.map((_, i) => data[`n${i}`] ?? null);
}

test.each(PER_TYPE)('$field(id) answers every seeded item with the values of the document', async ({ field, selection, expected }) => {
  const ids = expected.map((item) => String(item.id));
  expect(ids.length).toBeGreaterThan(0);
  expect(await lookUpEach(field, ids, selection)).toEqual(expected);
});

const NODE_SELECTION = `__typename id
  ... on Story { title } ... on Actor { name } ... on Claim { text } ... on Event { text }
  ... on Source { title } ... on Question { text } ... on Perspective { label } ... on Tension { text } ... on Mention { text }`;

/** What `NODE_SELECTION` must answer for a seeded id: its type and the field that names it. */
function expectedNode(id: string): Json {
  const typename = typenameOf(id);
  const base = { __typename: typename, id };
  switch (typename) {
    case 'Story':
      return { ...base, title: seed.story.title };
    case 'Actor':
      return { ...base, name: byId(seed.actors, id).name };
    case 'Claim':
      return { ...base, text: byId(seed.claims, id).text };
    case 'Event':
      return { ...base, text: byId(seed.events, id).text };
    case 'Source':
      return { ...base, title: byId(seed.sources, id).title };
    case 'Question':
      return { ...base, text: byId(seed.questions, id).text };
    case 'Perspective':
      return { ...base, label: byId(seed.perspectives, id).label };
    case 'Tension':
      return { ...base, text: byId(seed.tensions, id).text };
    case 'Mention':
      return { ...base, text: byId(seedMentions, id).text };
    default:
      throw new Error(`No node type ${typename}`);
  }
}

describe('node', () => {
  test('answers every seeded id with the node of the type its id names', async () => {
    const items = [seed.actors, seed.sources, seed.claims, seed.events, seed.questions, seed.perspectives, seed.tensions];
    expect(seedNodeIds).toHaveLength(1 + items.reduce((sum, list) => sum + list.length, 0) + seedMentions.length);
    expect(await lookUpEach('node', seedNodeIds, NODE_SELECTION)).toEqual(seedNodeIds.map(expectedNode));
  });

  test('is null, without an error, for a well-formed id of each type that names no node', async () => {
    const unknown = ['story', 'actor', 'claim', 'event', 'source', 'question', 'perspective', 'tension'].map(
      (type) => `${type}:meta-surveillance-layoffs:no-such-${type}`,
    );
    expect(await lookUpEach('node', unknown, 'id')).toEqual(unknown.map(() => null));
  });
});

describe('nodes', () => {
  test('answers every seeded id in the order asked', async () => {
    const reversed = [...seedNodeIds].reverse();
    // The seed has more nodes than one call may ask for (the page size bound, 100): ask in calls of 100, each in the order asked.
    const calls = Array.from({ length: Math.ceil(reversed.length / 100) }, (_, i) => reversed.slice(i * 100, (i + 1) * 100));
    for (const ids of calls) {
      const { nodes } = dataOf(await api.query<{ nodes: Json[] }>(`query($ids: [ID!]!) { nodes(ids: $ids) { ${NODE_SELECTION} } }`, { ids }));
      expect(nodes).toEqual(ids.map(expectedNode));
    }
  });

  test('keeps repeats and answers null in place of ids that name no node', async () => {
    const claim = seed.claims[3]?.id ?? '';
    const actor = seed.actors[0]?.id ?? '';
    const ids = [claim, 'claim:meta-surveillance-layoffs:000000000000', actor, claim, 'story:no-such-story', STORY_ID];
    const { nodes } = dataOf(await api.query<{ nodes: (Json | null)[] }>('query($ids: [ID!]!) { nodes(ids: $ids) { id } }', { ids }));
    expect(nodes).toEqual([{ id: claim }, null, { id: actor }, { id: claim }, null, { id: STORY_ID }]);
  });

  test('answers an empty list for no ids', async () => {
    expect(dataOf(await api.query<{ nodes: Json[] }>('{ nodes(ids: []) { id } }')).nodes).toEqual([]);
  });
});
