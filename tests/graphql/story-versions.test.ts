import type { StoryGraphDocument } from '../../src/model/story-graph';
import { fetchPage, idsOf, walkPages } from '../support/connections';
import { ingestLumina } from '../support/fixture-stories';
import { dataOf, startApiOverSeed, type ApiHarness } from '../support/graphql-harness';
import { orderViolations, sorted, type SortKey } from '../support/ordering';
import { seed } from '../support/seed-story';

/**
 * Two stories, one of them in two versions: the fixture story's v2 adds an actor, a source, claims,
 * an event, a perspective and a tension, and drops an open question. Without `version` the API
 * shows the newest version; with it, what that version held.
 */

let api: ApiHarness;
let v1: StoryGraphDocument;
let v2: StoryGraphDocument;
beforeAll(async () => {
  api = await startApiOverSeed();
  [v1, v2] = (await ingestLumina(api.db, [1, 2])) as [StoryGraphDocument, StoryGraphDocument];
});
afterAll(() => api.close());

const LUMINA = 'story:lumina-health-breach';
const documentOf = (version: 1 | 2) => (version === 1 ? v1 : v2);

describe('stories', () => {
  const stories = () => [seed.story, v2.story];
  test.each([
    ['UPDATED_AT', 'ASC'],
    ['UPDATED_AT', 'DESC'],
    ['TITLE', 'ASC'],
    ['TITLE', 'DESC'],
  ] as const)('ordered by %s %s', async (field, direction) => {
    const key = (id: string): SortKey => {
      const story = stories().find((s) => s.id === id);
      return [field === 'TITLE' ? (story?.title ?? null) : (story?.updatedAt ?? null)];
    };
    const page = await fetchPage(api, 'stories', { first: 10, orderBy: { field, direction } });
    expect(sorted(idsOf(page.nodes))).toEqual(sorted(idsOf(stories())));
    expect(orderViolations(idsOf(page.nodes).map(key), direction)).toEqual([]);
    expect(orderViolations(idsOf(page.nodes).map(key), direction === 'ASC' ? 'DESC' : 'ASC')).not.toEqual([]);
  });

  test('by default the most recently updated first', async () => {
    expect(idsOf((await fetchPage(api, 'stories')).nodes)).toEqual([seed.story.id, LUMINA]);
  });

  test('one story a page, both stories once', async () => {
    const pages = await walkPages(api, 'stories', { first: 1 });
    expect(pages.map((page) => idsOf(page.nodes))).toEqual([[seed.story.id], [LUMINA]]);
    expect(pages.map((page) => page.totalCount)).toEqual([2, 2]);
  });
});

test('a story shows its newest version and lists every version, oldest first', async () => {
  const { story } = dataOf(
    await api.query<{ story: Record<string, unknown> }>(
      `query($id: ID!) { story(id: $id) { version updatedAt itemCount versions { number updatedAt itemCount } } }`,
      { id: LUMINA },
    ),
  );
  expect(story).toEqual({
    version: 2,
    updatedAt: v2.story.updatedAt,
    itemCount: v2.story.itemCount,
    versions: [v1, v2].map((doc) => ({ number: doc.story.version, updatedAt: doc.story.updatedAt, itemCount: doc.story.itemCount })),
  });
});

/** Story fields taking `version`, with the document list each answers. */
const MEMBER_FIELDS = [
  ['actors', 'actors'],
  ['sources', 'sources'],
  ['claims', 'claims'],
  ['timeline', 'events'],
  ['questions', 'questions'],
  ['perspectives', 'perspectives'],
  ['tensions', 'tensions'],
] as const;

describe('Story fields at a version', () => {
  const answers = new Map<string, Record<string, { id: string }[]>>();
  beforeAll(async () => {
    for (const version of [1, 2, null]) {
      const selection = MEMBER_FIELDS.map(([field]) => `${field}(version: $version) { id }`).join(' ');
      const { story } = dataOf(
        await api.query<{ story: Record<string, { id: string }[]> }>(`query($id: ID!, $version: Int) { story(id: $id) { ${selection} } }`, {
          id: LUMINA,
          version,
        }),
      );
      answers.set(String(version), story);
    }
  });

  test.each(MEMBER_FIELDS.flatMap(([field, list]) => ([1, 2, null] as const).map((version) => [field, version, list] as const)))(
    'Story.%s(version: %s) is what that version held (null: the newest)',
    (field, version, list) => {
      const doc = documentOf(version ?? 2);
      expect(sorted(idsOf(answers.get(String(version))?.[field] ?? []))).toEqual(sorted(idsOf(doc[list])));
    },
  );

  test('the versions differ, so the cases above can tell them apart', () => {
    const differing = MEMBER_FIELDS.filter(([, list]) => v1[list].length !== v2[list].length);
    expect(differing.map(([field]) => field)).toEqual(['actors', 'sources', 'claims', 'timeline', 'questions', 'perspectives', 'tensions']);
  });

  test.each([1, 2] as const)('stats(version: %d) counts what that version held', async (version) => {
    const doc = documentOf(version);
    const { story } = dataOf(
      await api.query<{ story: { stats: Record<string, number> } }>(
        'query($id: ID!, $v: Int) { story(id: $id) { stats(version: $v) { actors sources claims events questions perspectives tensions } } }',
        { id: LUMINA, v: version },
      ),
    );
    expect(story.stats).toEqual({
      actors: doc.actors.length,
      sources: doc.sources.length,
      claims: doc.claims.length,
      events: doc.events.length,
      questions: doc.questions.length,
      perspectives: doc.perspectives.length,
      tensions: doc.tensions.length,
    });
  });

  test('graph(version: 1) leaves out what only version 2 holds', async () => {
    const { story } = dataOf(
      await api.query<{ story: { graph: { nodes: { id: string; type: string }[] } } }>(
        'query($id: ID!) { story(id: $id) { graph(version: 1) { nodes { id type } } } }',
        { id: LUMINA },
      ),
    );
    const members = story.graph.nodes.filter((node) => node.type !== 'Actor').map((node) => node.id);
    const heldByV1 = [v1.sources, v1.claims, v1.events, v1.questions, v1.perspectives, v1.tensions].flatMap(idsOf);
    expect(sorted(members)).toEqual(sorted(heldByV1));
  });
});

describe('root lists with storyId and version', () => {
  const ROOTS = [
    ['claims', 'claims'],
    ['events', 'events'],
    ['sources', 'sources'],
    ['questions', 'questions'],
    ['perspectives', 'perspectives'],
    ['tensions', 'tensions'],
  ] as const;

  test.each(ROOTS.flatMap(([root, list]) => ([1, 2, null] as const).map((version) => [root, version, list] as const)))(
    '%s of the story at version %s (null: the newest)',
    async (root, version, list) => {
      const filter = { storyId: LUMINA, ...(version === null ? {} : { version }) };
      const page = await fetchPage(api, root, { filter, first: 100 });
      const expected = idsOf(documentOf(version ?? 2)[list]);
      expect({ ids: sorted(idsOf(page.nodes)), totalCount: page.totalCount }).toEqual({ ids: sorted(expected), totalCount: expected.length });
    },
  );

  test('actors of the story are those of its newest version', async () => {
    const page = await fetchPage(api, 'actors', { filter: { storyId: LUMINA }, first: 100 });
    expect(sorted(idsOf(page.nodes))).toEqual(sorted(idsOf(v2.actors)));
  });
});

describe('an item a later version dropped', () => {
  const dropped = () => {
    const kept = new Set(idsOf(v2.questions));
    const [question] = v1.questions.filter((q) => !kept.has(q.id));
    if (!question) throw new Error('The fixture story drops no question in version 2');
    return question;
  };

  test('is still there by id', async () => {
    const { id, text } = dropped();
    const { question } = dataOf(await api.query<{ question: { text: string } }>('query($id: ID!) { question(id: $id) { text } }', { id }));
    expect(question.text).toBe(text);
  });

  test('is gone from the story as it is now, and in it as it was', async () => {
    const { id } = dropped();
    const { story } = dataOf(
      await api.query<{ story: { now: { id: string }[]; then: { id: string }[] } }>(
        'query($id: ID!) { story(id: $id) { now: questions { id } then: questions(version: 1) { id } } }',
        { id: LUMINA },
      ),
    );
    expect({ now: idsOf(story.now).includes(id), then: idsOf(story.then).includes(id) }).toEqual({ now: false, then: true });
  });

  // An item the newest version dropped keeps the neighbours of the last version that held it.
  test('keeps the sources it cites, as its sourceRefs say', async () => {
    const { id, sourceRefs } = dropped();
    const { question } = dataOf(
      await api.query<{ question: { sourceRefs: number[]; sources: { ref: number }[] } }>(
        'query($id: ID!) { question(id: $id) { sourceRefs sources { ref } } }',
        { id },
      ),
    );
    expect(sourceRefs.length).toBeGreaterThan(0);
    expect(question.sources.map((s) => s.ref).sort((a, b) => a - b)).toEqual([...question.sourceRefs].sort((a, b) => a - b));
  });

  test('Story.diff names it removed, and names what version 2 added', async () => {
    const { story } = dataOf(
      await api.query<{ story: { diff: { from: number; to: number; added: { id: string }[]; removed: { id: string }[] } } }>(
        'query($id: ID!) { story(id: $id) { diff(from: 1, to: 2) { from to added { id } removed { id } } } }',
        { id: LUMINA },
      ),
    );
    const all = (doc: StoryGraphDocument) =>
      [doc.actors, doc.sources, doc.claims, doc.events, doc.questions, doc.perspectives, doc.tensions].flatMap(idsOf);
    const before = new Set(all(v1));
    const after = new Set(all(v2));
    expect(story.diff.from).toBe(1);
    expect(story.diff.to).toBe(2);
    expect(idsOf(story.diff.removed)).toEqual([dropped().id]);
    expect(sorted(idsOf(story.diff.added))).toEqual(sorted([...after].filter((id) => !before.has(id))));
  });
});
