import { ActorKind, ClaimKind, Section, SourceKind } from '../../src/model/story-graph';
import {
  fetchPage,
  fetchPagesOfEach,
  idsOf,
  requestPage,
  ROOT_CONNECTION_NAMES,
  walkPages,
  type ConnectionJson,
  type PageArgs,
  type RootConnection,
} from '../support/connections';
import { BATCHED_REQUEST_LIMITS, dataOf, errorCodes, startApiOverSeed, type ApiClient, type ApiHarness } from '../support/graphql-harness';
import { orderViolations, sorted, type SortKey } from '../support/ordering';
import { actorNamed, byId, enumValue, seed, STORY_ID } from '../support/seed-story';

/** The root list fields: pages and cursors, order, and filters, each against the seed document. */

let api: ApiHarness;
beforeAll(async () => {
  api = await startApiOverSeed(BATCHED_REQUEST_LIMITS);
});
afterAll(() => api.close());

type Item = { id: string };
const keyOf =
  <T extends Item>(items: readonly T[], key: (item: T) => SortKey) =>
  (id: string): SortKey =>
    key(byId(items, id));

/** Every root list with the seed's items of its type and the key of its default order. */
const DEFAULT_ORDERS: { root: RootConnection; items: readonly Item[]; key: (id: string) => SortKey }[] = [
  { root: 'stories', items: [seed.story], key: () => [seed.story.updatedAt] },
  { root: 'actors', items: seed.actors, key: keyOf(seed.actors, (a) => [a.name]) },
  { root: 'claims', items: seed.claims, key: keyOf(seed.claims, (c) => [c.position]) },
  { root: 'events', items: seed.events, key: keyOf(seed.events, (e) => [e.date]) },
  { root: 'sources', items: seed.sources, key: keyOf(seed.sources, (s) => [s.ref ?? null]) },
  { root: 'questions', items: seed.questions, key: keyOf(seed.questions, (q) => [q.position]) },
  { root: 'perspectives', items: seed.perspectives, key: keyOf(seed.perspectives, (p) => [p.position]) },
  { root: 'tensions', items: seed.tensions, key: keyOf(seed.tensions, (t) => [t.position]) },
];

const codesOf = async (root: RootConnection, args: PageArgs) => errorCodes(await requestPage(api, root, args));

describe('pages', () => {
  test.each(DEFAULT_ORDERS)('walking $root with `after`, 3 at a time, yields every item once, in order', async ({ root, items, key }) => {
    const pages = await walkPages(api, root, { first: 3 });
    const walked = pages.flatMap((page) => idsOf(page.nodes));
    expect(sorted(walked)).toEqual(sorted(idsOf(items)));
    expect(orderViolations(walked.map(key))).toEqual([]);
    expect(pages.every((page) => page.totalCount === items.length)).toBe(true);
    expect(pages.length).toBe(Math.ceil(items.length / 3));
    pages.forEach((page, i) => {
      expect(page.pageInfo.hasPreviousPage).toBe(i > 0);
      expect(page.pageInfo.hasNextPage).toBe(i < pages.length - 1);
    });
  });

  test('the first page says a next page follows and none precedes; cursors are distinct', async () => {
    const page = await fetchPage(api, 'claims', { first: 10 });
    expect(idsOf(page.nodes)).toEqual(idsOf(seed.claims.slice(0, 10)));
    expect(page.pageInfo).toMatchObject({ hasNextPage: true, hasPreviousPage: false });
    expect(new Set(page.edges.map((edge) => edge.cursor)).size).toBe(10);
    expect(page.totalCount).toBe(seed.claims.length);
  });

  test('a page after any edge starts right after that edge', async () => {
    const first = await fetchPage(api, 'claims', { first: 10 });
    const fourth = first.edges[3]?.cursor;
    const next = await fetchPage(api, 'claims', { first: 4, after: fourth });
    expect(idsOf(next.nodes)).toEqual(idsOf(seed.claims.slice(4, 8)));
    expect(next.pageInfo).toMatchObject({ hasNextPage: true, hasPreviousPage: true });
  });

  test('the last page says none follows, also when the items fill it exactly', async () => {
    // Pages of a size that divides the claims exactly, so the last page is full and must still end the walk.
    const total = seed.claims.length;
    const size = Array.from({ length: total - 1 }, (_, i) => total - 1 - i).find((d) => total % d === 0) ?? 1;
    const pages = await walkPages(api, 'claims', { first: size });
    expect(pages.map((page) => page.nodes.length)).toEqual(Array.from({ length: total / size }, () => size));
    const last = pages.at(-1);
    expect(last?.pageInfo).toMatchObject({ hasNextPage: false, hasPreviousPage: true });
    expect(idsOf(last?.nodes ?? [])).toEqual(idsOf(seed.claims.slice(total - size)));
  });

  test('after the last edge there is an empty page without cursors', async () => {
    const page = await fetchPage(api, 'claims', { first: seed.claims.length });
    const beyond = await fetchPage(api, 'claims', { first: 5, after: page.pageInfo.endCursor ?? undefined });
    expect(beyond.nodes).toEqual([]);
    expect(beyond.pageInfo).toEqual({ hasNextPage: false, hasPreviousPage: true, startCursor: null, endCursor: null });
    expect(beyond.totalCount).toBe(seed.claims.length);
  });

  test('without `first` a page holds 20 items', async () => {
    const page = await fetchPage(api, 'claims');
    expect(idsOf(page.nodes)).toEqual(idsOf(seed.claims.slice(0, 20)));
    expect(page.pageInfo.hasNextPage).toBe(true);
  });

  test('`first` may be the maximum page size, 100 by default', async () => {
    const page = await fetchPage(api, 'claims', { first: 100 });
    expect(page.nodes).toHaveLength(seed.claims.length);
    expect(page.pageInfo.hasNextPage).toBe(false);
  });

  test.each(ROOT_CONNECTION_NAMES)('%s refuses `first` of 0, below 0 and above 100 as BAD_USER_INPUT', async (root) => {
    // One request each: a failed non-null root field nulls the whole response, and its siblings' errors with it.
    for (const first of [0, -1, 101]) {
      expect({ first, codes: await codesOf(root, { first }) }).toEqual({ first, codes: ['BAD_USER_INPUT'] });
    }
  });

  const base64url = (text: string) => Buffer.from(text).toString('base64url');
  test.each([
    ['not base64 at all', 'garbage!'],
    ['empty', ''],
    ['a negative offset', base64url('offset:-1')],
    ['a fractional offset', base64url('offset:1.5')],
    ['an offset with a leading zero', base64url('offset:01')],
    ['another prefix', base64url('cursor:3')],
    ['padded base64', Buffer.from('offset:3').toString('base64')],
    ['far too long', base64url(`offset:${'9'.repeat(60)}`)],
  ])('a malformed cursor (%s) is BAD_USER_INPUT', async (_, after) => {
    expect(await codesOf('claims', { first: 3, after })).toEqual(['BAD_USER_INPUT']);
  });

  describe('with CLAIMGRAPH_MAX_PAGE_SIZE=10', () => {
    let limited: ApiClient;
    beforeAll(() => {
      limited = api.withEnv({ CLAIMGRAPH_MAX_PAGE_SIZE: '10' });
    });
    const small = () => limited;

    test('`first` up to 10 is served and 11 is BAD_USER_INPUT', async () => {
      expect((await fetchPage(small(), 'claims', { first: 10 })).nodes).toHaveLength(10);
      expect(errorCodes(await requestPage(small(), 'claims', { first: 11 }))).toEqual(['BAD_USER_INPUT']);
    });

    test('a page without `first` holds at most 10 items', async () => {
      expect((await fetchPage(small(), 'claims')).nodes).toHaveLength(10);
    });

    test('nodes(ids) takes at most 10 ids', async () => {
      const query = 'query($ids: [ID!]!) { nodes(ids: $ids) { id } }';
      const ids = idsOf(seed.claims.slice(0, 11));
      expect(errorCodes(await small().query(query, { ids: ids.slice(0, 10) }))).toEqual([]);
      expect(errorCodes(await small().query(query, { ids }))).toEqual(['BAD_USER_INPUT']);
    });
  });
});

describe('order', () => {
  const ORDERS: { root: RootConnection; field: string; items: readonly Item[]; key: (id: string) => SortKey; filter?: Record<string, unknown> }[] = [
    { root: 'claims', field: 'POSITION', items: seed.claims, key: keyOf(seed.claims, (c) => [c.position]) },
    { root: 'claims', field: 'TEXT', items: seed.claims, key: keyOf(seed.claims, (c) => [c.text]) },
    { root: 'events', field: 'DATE', items: seed.events, key: keyOf(seed.events, (e) => [e.date]) },
    { root: 'events', field: 'POSITION', items: seed.events, key: keyOf(seed.events, (e) => [e.position]) },
    // Underlying items have no number; where they sort against numbered ones the schema leaves open.
    {
      root: 'sources',
      field: 'REF',
      filter: { numbered: true },
      items: seed.sources.filter((s) => s.ref !== undefined),
      key: keyOf(seed.sources, (s) => [s.ref ?? null]),
    },
    { root: 'sources', field: 'PUBLISHED_AT', items: seed.sources, key: keyOf(seed.sources, (s) => [s.publishedAt ?? null]) },
    { root: 'sources', field: 'TITLE', items: seed.sources, key: keyOf(seed.sources, (s) => [s.title]) },
    { root: 'actors', field: 'NAME', items: seed.actors, key: keyOf(seed.actors, (a) => [a.name]) },
  ];
  const CASES = ORDERS.flatMap((order) => (['ASC', 'DESC'] as const).map((direction) => ({ ...order, direction })));

  let ordered: ConnectionJson[];
  beforeAll(async () => {
    ordered = await fetchPagesOfEach(
      api,
      CASES.map(({ root, field, direction, filter }) => ({ root, args: { first: 100, orderBy: { field, direction }, ...(filter ? { filter } : {}) } })),
    );
  });

  test.each(CASES.map((order, index) => ({ ...order, index })))('$root by $field $direction', ({ direction, items, key, index }) => {
    const ids = idsOf(ordered[index]?.nodes ?? []);
    const keys = ids.map(key);
    expect(sorted(ids)).toEqual(sorted(idsOf(items)));
    expect(orderViolations(keys, direction)).toEqual([]);
    // Ordered the other way round it must not be: proves the seed tells the two directions apart.
    expect(orderViolations(keys, direction === 'ASC' ? 'DESC' : 'ASC')).not.toEqual([]);
  });

  test('an order without a field uses the default field, in the direction asked', async () => {
    const page = await fetchPage(api, 'claims', { first: 100, orderBy: { field: 'POSITION', direction: 'DESC' } });
    const defaulted = dataOf(
      await api.query<{ claims: { nodes: Item[] } }>('{ claims(first: 100, orderBy: { direction: DESC }) { nodes { id } } }'),
    );
    expect(idsOf(defaulted.claims.nodes)).toEqual(idsOf(page.nodes));
    expect(idsOf(page.nodes)).toEqual(idsOf(seed.claims).reverse());
  });

  test('walking a descending order with ties between keys yields every item once', async () => {
    // Four sources share 2026-05-20: the tie must be broken the same way on every page.
    const pages = await walkPages(api, 'sources', { first: 2, orderBy: { field: 'PUBLISHED_AT', direction: 'DESC' } });
    const walked = pages.flatMap((page) => idsOf(page.nodes));
    expect(sorted(walked)).toEqual(sorted(idsOf(seed.sources)));
    expect(orderViolations(walked.map(keyOf(seed.sources, (s) => [s.publishedAt ?? null])), 'DESC')).toEqual([]);
  });
});

describe('filters', () => {
  type FilterCase = [description: string, root: RootConnection, filter: Record<string, unknown>, expected: readonly Item[]];

  const eventsBetween = (from?: string, to?: string) =>
    seed.events.filter((e) => (from === undefined || e.date >= from) && (to === undefined || e.date <= to));

  const CASES: FilterCase[] = [
    ...seed.actors.map(
      (actor): FilterCase => [`claims asserted by ${actor.name}`, 'claims', { actorId: actor.id }, seed.claims.filter((c) => c.assertedBy.some((a) => a.actorId === actor.id))],
    ),
    ...seed.sources.map(
      (source): FilterCase => [`claims citing ${source.id}`, 'claims', { sourceId: source.id }, seed.claims.filter((c) => source.ref !== undefined && c.sourceRefs.includes(source.ref))],
    ),
    ...ClaimKind.options.map((kind): FilterCase => [`claims of kind ${kind}`, 'claims', { kinds: [enumValue(kind)] }, seed.claims.filter((c) => c.kind === kind)]),
    ['claims that are quotes or framings', 'claims', { kinds: ['QUOTE', 'FRAMING'] }, seed.claims.filter((c) => c.kind === 'quote' || c.kind === 'framing')],
    ...Section.options.map((section): FilterCase => [`claims in section ${section}`, 'claims', { sections: [enumValue(section)] }, seed.claims.filter((c) => c.section === section)]),
    ['claims in What or Tensions', 'claims', { sections: ['WHAT', 'TENSIONS'] }, seed.claims.filter((c) => c.section === 'what' || c.section === 'tensions')],
    ...['REALLY SMART people', "success isn't", '8,000', 'no claim says this'].map(
      (text): FilterCase => [`claims containing "${text}"`, 'claims', { textContains: text }, seed.claims.filter((c) => c.text.toLowerCase().includes(text.toLowerCase()))],
    ),
    [
      'quotes Mark Zuckerberg asserts in the narrative',
      'claims',
      { actorId: actorNamed('Mark Zuckerberg').id, kinds: ['QUOTE'], sections: ['NARRATIVE'] },
      seed.claims.filter((c) => c.kind === 'quote' && c.section === 'narrative' && c.assertedBy.some((a) => a.actorId === actorNamed('Mark Zuckerberg').id)),
    ],
    ['claims of the seeded story', 'claims', { storyId: STORY_ID }, seed.claims],
    ['claims of a story there is none of', 'claims', { storyId: 'story:no-such-story' }, []],
    ['claims of the seeded story at version 1', 'claims', { storyId: STORY_ID, version: 1 }, seed.claims],
    ['claims of the seeded story at version 2, which it never had', 'claims', { storyId: STORY_ID, version: 2 }, []],
    ['events from 2026-05-20', 'events', { from: '2026-05-20' }, eventsBetween('2026-05-20')],
    ['events to 2026-05-20', 'events', { to: '2026-05-20' }, eventsBetween(undefined, '2026-05-20')],
    ['events on 2026-05-20, both bounds inclusive', 'events', { from: '2026-05-20', to: '2026-05-20' }, eventsBetween('2026-05-20', '2026-05-20')],
    ['events from 2026-04-30 to 2026-05-21', 'events', { from: '2026-04-30', to: '2026-05-21' }, seed.events],
    ['events after the last one', 'events', { from: '2026-05-22' }, []],
    ...seed.actors.map((actor): FilterCase => [`events ${actor.name} took part in`, 'events', { actorId: actor.id }, seed.events.filter((e) => e.participantIds.includes(actor.id))]),
    ['events mentioning "leaked"', 'events', { textContains: 'LEAKED' }, seed.events.filter((e) => e.text.toLowerCase().includes('leaked'))],
    ['events of the seeded story at version 1', 'events', { storyId: STORY_ID, version: 1 }, seed.events],

    ['numbered sources', 'sources', { numbered: true }, seed.sources.filter((s) => s.ref !== undefined)],
    ['underlying sources', 'sources', { numbered: false }, seed.sources.filter((s) => s.ref === undefined)],
    ...seed.actors.map((actor): FilterCase => [`sources ${actor.name} publishes`, 'sources', { publisherId: actor.id }, seed.sources.filter((s) => s.publisherId === actor.id)]),
    ...SourceKind.options.map((kind): FilterCase => [`sources of kind ${kind}`, 'sources', { kinds: [enumValue(kind)] }, seed.sources.filter((s) => s.kind === kind)]),
    ['numbered social posts', 'sources', { kinds: ['SOCIAL_POST'], numbered: true }, seed.sources.filter((s) => s.kind === 'social_post' && s.ref !== undefined)],

    ['actors of the seeded story', 'actors', { storyId: STORY_ID }, seed.actors],
    ['actors of a story there is none of', 'actors', { storyId: 'story:no-such-story' }, []],
    ...ActorKind.options.map((kind): FilterCase => [`actors of kind ${kind}`, 'actors', { kinds: [enumValue(kind)] }, seed.actors.filter((a) => a.kind === kind)]),
    ['actors named like "META"', 'actors', { nameContains: 'META' }, seed.actors.filter((a) => a.name.toLowerCase().includes('meta'))],
    ['people named like "paul"', 'actors', { nameContains: 'paul', kinds: ['PERSON'] }, seed.actors.filter((a) => a.kind === 'person' && a.name.toLowerCase().includes('paul'))],

    ...seed.actors.map((actor): FilterCase => [`perspectives ${actor.name} holds`, 'perspectives', { actorId: actor.id }, seed.perspectives.filter((p) => p.holderIds.includes(actor.id))]),
    ...seed.claims.map(
      (claim): FilterCase => [
        `tensions with ${claim.id} on a side`,
        'tensions',
        { claimId: claim.id },
        seed.tensions.filter((t) => [...t.sideA.claimIds, ...t.sideB.claimIds].includes(claim.id)),
      ],
    ),
    ['questions mentioning "GDPR"', 'questions', { textContains: 'gdpr' }, seed.questions.filter((q) => q.text.includes('GDPR'))],
    ['questions mentioning "layoffs"', 'questions', { textContains: 'Layoffs' }, seed.questions.filter((q) => q.text.toLowerCase().includes('layoffs'))],
    ['questions of the seeded story at version 1', 'questions', { storyId: STORY_ID, version: 1 }, seed.questions],
    ['perspectives of the seeded story at version 1', 'perspectives', { storyId: STORY_ID, version: 1 }, seed.perspectives],
    ['tensions of the seeded story at version 1', 'tensions', { storyId: STORY_ID, version: 1 }, seed.tensions],
    ['sources of the seeded story at version 1', 'sources', { storyId: STORY_ID, version: 1 }, seed.sources],
  ];

  // The cases of each root go in one request (one alias each): a request per case would cost seconds.
  const answers = new Map<string, ConnectionJson>();
  beforeAll(async () => {
    const pages = await fetchPagesOfEach(api, CASES.map(([, root, filter]) => ({ root, args: { filter, first: 100 } })));
    CASES.forEach(([description], i) => answers.set(description, pages[i] as ConnectionJson));
  });

  test.each(CASES)('%s', (description, _root, _filter, expected) => {
    const page = answers.get(description);
    expect(page && { ids: sorted(idsOf(page.nodes)), totalCount: page.totalCount }).toEqual({
      ids: sorted(idsOf(expected)),
      totalCount: expected.length,
    });
  });

  test('each filter case has a description of its own', () => {
    expect(new Set(CASES.map(([description]) => description)).size).toBe(CASES.length);
  });

  test('events from a date after their `to` date is BAD_USER_INPUT', async () => {
    expect(await codesOf('events', { filter: { from: '2026-05-21', to: '2026-05-20' } })).toEqual(['BAD_USER_INPUT']);
  });

  test.each(['claims', 'events', 'sources', 'questions', 'perspectives', 'tensions'] as const)(
    'a version filter on %s without storyId is BAD_USER_INPUT',
    async (root) => {
      expect(await codesOf(root, { filter: { version: 1 } })).toEqual(['BAD_USER_INPUT']);
    },
  );

  test.each(['claims', 'events', 'sources', 'questions', 'perspectives', 'tensions'] as const)(
    'version 0 on %s is BAD_USER_INPUT',
    async (root) => {
      expect(await codesOf(root, { filter: { storyId: STORY_ID, version: 0 } })).toEqual(['BAD_USER_INPUT']);
    },
  );

  test.each([
    ['claims', { textContains: '   ' }],
    ['claims', { textContains: 'x'.repeat(201) }],
    ['events', { textContains: '' }],
    ['actors', { nameContains: ' ' }],
    ['questions', { textContains: '\t' }],
  ] as const)('blank or overlong text on %s (%j) is BAD_USER_INPUT', async (root, filter) => {
    expect(await codesOf(root, { filter })).toEqual(['BAD_USER_INPUT']);
  });
});
