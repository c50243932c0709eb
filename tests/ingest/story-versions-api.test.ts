import { loadStory } from '../../src/ingest/load-story-file';
import { writeStoryGraph } from '../../src/ingest/write-story-graph';
import { fixturePath } from '../fixtures/stories/story-fixtures';
import { graphCounts } from '../support/graph-counts';
import { dataOf, errorCodes, startApiOverSeed, type ApiHarness } from '../support/graphql-harness';

const STORY = 'story:lumina-health-breach';
let api: ApiHarness;
let v1: Awaited<ReturnType<typeof loadStory>>;
let v2: Awaited<ReturnType<typeof loadStory>>;

beforeAll(async () => {
  api = await startApiOverSeed();
  v1 = await loadStory(fixturePath('lumina-health-breach.v1.txt'));
  v2 = await loadStory(fixturePath('lumina-health-breach.v2.txt'));
  await writeStoryGraph(api.db, v1.document, v1.source);
  await writeStoryGraph(api.db, v2.document, v2.source);
});
afterAll(() => api.close());

const ids = (items: { id: string }[]) => items.map((item) => item.id).sort();

test('the story lists both versions, newest fields on the story', async () => {
  const { story } = dataOf(
    await api.query<{ story: { version: number; itemCount: number; versions: { number: number; itemCount: number }[] } }>(
      `{ story(id: "${STORY}") { version itemCount versions { number itemCount } } }`,
    ),
  );
  expect(story).toEqual({
    version: 2,
    itemCount: v2.document.story.itemCount,
    versions: [
      { number: 1, itemCount: v1.document.story.itemCount },
      { number: 2, itemCount: v2.document.story.itemCount },
    ],
  });
});

test('a dropped question is gone from the current story but still there at version 1', async () => {
  const query = `query ($version: Int) { story(id: "${STORY}") { questions(version: $version) { id } } }`;
  type Questions = { story: { questions: { id: string }[] } };
  const current = dataOf(await api.query<Questions>(query)).story.questions;
  const first = dataOf(await api.query<Questions>(query, { version: 1 })).story.questions;
  expect(ids(current)).toEqual(ids(v2.document.questions));
  expect(ids(first)).toEqual(ids(v1.document.questions));
  expect(first.length).toBe(current.length + 1);

  const rootFilter = `query ($version: Int) { questions(filter: { storyId: "${STORY}", version: $version }) { totalCount } }`;
  expect(dataOf(await api.query<{ questions: { totalCount: number } }>(rootFilter, { version: 1 })).questions.totalCount).toBe(v1.document.questions.length);
  expect(dataOf(await api.query<{ questions: { totalCount: number } }>(rootFilter)).questions.totalCount).toBe(v2.document.questions.length);
});

test('the diff between the versions names what was added, removed and changed', async () => {
  type Diff = { story: { diff: { added: { kind: string; id: string }[]; removed: { kind: string; id: string; node: { id: string } | null }[]; changed: { kind: string; fields: { field: string }[] }[] } } };
  const { diff } = dataOf(
    await api.query<Diff>(`{ story(id: "${STORY}") { diff(from: 1, to: 2) { added { kind id } removed { kind id node { id } } changed { kind fields { field } } } } }`),
  ).story;
  const addedKinds = diff.added.map((item) => item.kind);
  for (const kind of ['SOURCES', 'EVENTS', 'PERSPECTIVES', 'TENSIONS']) expect(addedKinds).toContain(kind);
  const removedQuestions = diff.removed.filter((item) => item.kind === 'QUESTIONS');
  expect(removedQuestions).toHaveLength(1);
  // A removed item is still a node of the graph, reachable from the diff.
  expect(removedQuestions[0]?.node?.id).toBe(removedQuestions[0]?.id);
  const v2Ids = new Set([...v2.document.sources, ...v2.document.events].map((item) => item.id));
  for (const item of diff.added.filter((a) => a.kind === 'SOURCES' || a.kind === 'EVENTS')) expect(v2Ids.has(item.id)).toBe(true);
});

test('a version the story never had is NOT_FOUND; an invalid one BAD_USER_INPUT', async () => {
  expect(errorCodes(await api.query(`{ story(id: "${STORY}") { diff(from: 1, to: 3) { from } } }`))).toEqual(['NOT_FOUND']);
  expect(errorCodes(await api.query(`{ story(id: "${STORY}") { claims(version: 0) { id } } }`))).toEqual(['BAD_USER_INPUT']);
});

test('the consistency report of a version comes with the lines of its document', async () => {
  type Report = { story: { consistency: { file: string; version: number; findings: { kind: string; line: number | null }[] } } };
  const { consistency } = dataOf(
    await api.query<Report>(`{ story(id: "${STORY}") { consistency(version: 2) { file version findings { kind line } } } }`),
  ).story;
  expect(consistency.file).toBe('lumina-health-breach.v2.txt');
  expect(consistency.version).toBe(2);
  // v2's timeline lists 2026-03-12 before 2026-03-11 (line 19 of the fixture).
  expect(consistency.findings).toContainEqual({ kind: 'TIMELINE_OUT_OF_ORDER', line: 19 });
});

test('ingesting version 1 again after version 2 is refused with a clear error and writes nothing', async () => {
  const before = await graphCounts(api.db);
  await expect(writeStoryGraph(api.db, v1.document, v1.source)).rejects.toThrow(/version 2 already; refusing to ingest older version 1/);
  expect(await graphCounts(api.db)).toEqual(before);
});
