import { writeStoryGraph } from '../../src/ingest/write-story-graph';
import type { StoryGraphDocument } from '../../src/model/story-graph';
import { ingestStoriesBesideSeed, luminaWithChangedAttributes } from '../support/fixture-stories';
import { dataOf, errorCodes, roundTripsOf, startApiOverSeed, type ApiHarness } from '../support/graphql-harness';
import { sorted } from '../support/ordering';
import { seed, STORY_ID } from '../support/seed-story';

/**
 * Graph export for drawing and dashboards: Story.graph's nodes carry their type's key attributes,
 * and Query.graph draws several stories at once. Expected attributes are read from the story
 * documents, not from the API.
 */

let api: ApiHarness;
/** The workplace story and both versions of the breach story, beside the seed. */
let beside: Awaited<ReturnType<typeof ingestStoriesBesideSeed>>;
beforeAll(async () => {
  api = await startApiOverSeed();
  beside = await ingestStoriesBesideSeed(api.db);
});
afterAll(() => api.close());

const ATTRIBUTES = ['storyId', 'kind', 'section', 'date', 'datePrecision', 'publisher', 'ref', 'channel'] as const;
type Attributes = Record<(typeof ATTRIBUTES)[number], string | number | null>;
interface NodeJson extends Attributes {
  id: string;
  type: string;
  caption: string;
}
interface EdgeJson {
  type: string;
  source: string;
  target: string;
  channel: string | null;
  side: string | null;
  tensionId: string | null;
}
interface GraphJson {
  nodes: NodeJson[];
  edges: EdgeJson[];
}
const GRAPH = `{ nodes { id type caption ${ATTRIBUTES.join(' ')} } edges { type source target channel side tensionId } }`;

const upper = (value: string | null | undefined) => (value == null ? null : value.toUpperCase());
const none: Attributes = { storyId: null, kind: null, section: null, date: null, datePrecision: null, publisher: null, ref: null, channel: null };

/** Each node's attributes as the documents state them: actors belong to no story, every other item to its document's. */
function expectedAttributes(docs: readonly StoryGraphDocument[]): Map<string, Attributes> {
  const expected = new Map<string, Attributes>();
  for (const doc of docs) {
    const storyId = doc.story.id;
    for (const actor of doc.actors) if (!expected.has(actor.id)) expected.set(actor.id, { ...none, kind: upper(actor.kind) });
    for (const claim of doc.claims) expected.set(claim.id, { ...none, storyId, kind: upper(claim.kind), section: upper(claim.section) });
    for (const source of doc.sources) {
      expected.set(source.id, {
        ...none,
        storyId,
        kind: upper(source.kind),
        date: source.publishedAt ?? null,
        publisher: source.publisher,
        ref: source.ref ?? null,
        channel: upper(source.channel),
      });
    }
    for (const event of doc.events) expected.set(event.id, { ...none, storyId, date: event.date, datePrecision: upper(event.datePrecision) });
    for (const perspective of doc.perspectives) expected.set(perspective.id, { ...none, storyId, channel: upper(perspective.channel) });
    for (const item of [...doc.questions, ...doc.tensions]) expected.set(item.id, { ...none, storyId });
  }
  return expected;
}

const attributesOf = (node: NodeJson): Attributes => Object.fromEntries(ATTRIBUTES.map((name) => [name, node[name]])) as Attributes;

function expectAttributesOf(graph: GraphJson, docs: readonly StoryGraphDocument[]) {
  const expected = expectedAttributes(docs);
  expect(graph.nodes.length).toBeGreaterThan(0);
  for (const node of graph.nodes) expect({ id: node.id, ...attributesOf(node) }).toEqual({ id: node.id, ...expected.get(node.id) });
}

const storyGraph = async (id: string, version?: number) =>
  dataOf(await api.query<{ story: { graph: GraphJson } }>(`query($id: ID!, $version: Int) { story(id: $id) { graph(version: $version) ${GRAPH} } }`, { id, version })).story
    .graph;

const graphOf = async (ids: string[]) => {
  const response = await api.query<{ graph: GraphJson }>(`query($ids: [ID!]!) { graph(storyIds: $ids) ${GRAPH} }`, { ids });
  return { trips: roundTripsOf(response), graph: dataOf(response).graph };
};

const edgeText = (edge: EdgeJson) => JSON.stringify(edge);

describe('Story.graph nodes carry their type\'s key attributes', () => {
  test('on the seed: events their date and precision, claims their kind and section, sources publisher, date, kind, number and channel', async () => {
    const graph = await storyGraph(STORY_ID);
    expectAttributesOf(graph, [seed]);
    const audio = graph.nodes.find((node) => node.caption === 'Leaked April 30 all-hands audio');
    expect(audio).toMatchObject({ type: 'Source', kind: 'AUDIO', date: '2026-05-21', channel: 'LEAKED', publisher: null, ref: null });
    const types = new Set(graph.nodes.map((node) => node.type));
    expect(sorted([...types])).toEqual(['Actor', 'Claim', 'Event', 'Perspective', 'Question', 'Source', 'Tension']);
  });

  test('at a version: as that version held them, where a later version changed them too', async () => {
    const [v1, v2] = beside.lumina as [StoryGraphDocument, StoryGraphDocument];
    expectAttributesOf(await storyGraph(v1.story.id, 1), [v1]);
    const v3 = luminaWithChangedAttributes(v2);
    await writeStoryGraph(api.db, v3);
    expectAttributesOf(await storyGraph(v2.story.id, 2), [v2]);
    expectAttributesOf(await storyGraph(v3.story.id), [v3]);
  });
});

describe('Query.graph: several stories drawn at once', () => {
  test('the seed and the workplace fixture: both stories\' nodes, an actor of both once, every edge of each', async () => {
    const [alone, other] = [await storyGraph(STORY_ID), await storyGraph(beside.workplace.story.id)];
    const { graph } = await graphOf([STORY_ID, beside.workplace.story.id]);
    const ids = graph.nodes.map((node) => node.id);
    expect(ids).toHaveLength(new Set(ids).size);
    expect(sorted(ids)).toEqual(sorted([...new Set([...alone.nodes, ...other.nodes].map((node) => node.id))]));
    expect(ids).toEqual(expect.arrayContaining(['actor:rohan-paul', 'actor:mark-zuckerberg']));
    expect(sorted(graph.edges.map(edgeText))).toEqual(sorted([...alone.edges, ...other.edges].map(edgeText)));
    expectAttributesOf(graph, [seed, beside.workplace]);
  });

  test('one statement for one story as for three', async () => {
    expect((await graphOf([STORY_ID])).trips).toBe(1);
    expect((await graphOf([STORY_ID, beside.workplace.story.id, beside.lumina[1]?.story.id ?? ''])).trips).toBe(1);
  });

  test('a story the graph does not hold adds nothing', async () => {
    expect((await graphOf(['story:no-such-story', STORY_ID])).graph).toEqual((await graphOf([STORY_ID])).graph);
    expect((await graphOf(['story:no-such-story'])).graph).toEqual({ nodes: [], edges: [] });
  });

  test('a story named twice is drawn once', async () => {
    const { graph } = await graphOf([STORY_ID, STORY_ID]);
    expect(sorted(graph.edges.map(edgeText))).toEqual(sorted((await storyGraph(STORY_ID)).edges.map(edgeText)));
  });

  test.each([
    ['no story', []],
    ['21 stories', Array.from({ length: 21 }, (_, n) => `story:s${n}`)],
    ['a malformed id', ['meta-surveillance-layoffs']],
  ])('%s is BAD_USER_INPUT', async (_, ids) => {
    expect(errorCodes(await api.query('query($ids: [ID!]!) { graph(storyIds: $ids) { nodes { id } } }', { ids }))).toEqual(['BAD_USER_INPUT']);
  });
});
