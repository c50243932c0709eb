import { graphCounts } from '../support/graph-counts';
import { dataOf, errorCodes, roundTripsOf, startApiOverSeed, type ApiHarness } from '../support/graphql-harness';
import { apiKeyOf, keyedClient, MARK_SOURCE_RETRACTED, RECORD_VERDICT, SET_SOURCE_RELIABILITY } from '../support/curation-client';
import { seed, sourceByRef } from '../support/seed-story';

/** Curation through the API: verdicts, source reliability and retraction, revisions, idempotency, the audit trail. */

let api: ApiHarness;
let editor: ReturnType<typeof keyedClient>;
let editorId: string;
beforeAll(async () => {
  api = await startApiOverSeed();
  const key = await apiKeyOf(api.db, 'editor');
  editorId = key.id;
  editor = keyedClient(api.yoga, key.key);
});
afterAll(() => api.close());

const claimId = seed.claims[0]?.id ?? '';
const [evidence, other] = [sourceByRef(1).id, sourceByRef(2).id];

const verdictInput = (overrides: Record<string, unknown> = {}) => ({
  claimId,
  expectedRevision: 0,
  rating: { value: 1, best: 5, worst: 1, label: 'False' },
  reviewer: 'Full Fact',
  date: '2026-06-01',
  rationale: 'The memo says otherwise.',
  evidenceSourceIds: [evidence],
  ...overrides,
});

type VerdictAnswer = {
  recordVerdict: {
    verdict: { id: string; reviewer: string; rating: { value: number; label: string }; evidence: { id: string }[]; recordedBy: string };
    claim: { id: string; revision: number };
    change: { id: string; by: string; field: string; before: string | null; after: string; revision: number; itemId: string; reason: string };
  };
};

test('an editor records verdicts of two organizations; the claim shows both and its revision; each write is a Change', async () => {
  const first = dataOf(await editor<VerdictAnswer>(RECORD_VERDICT, { input: verdictInput() })).recordVerdict;
  expect(first.verdict).toMatchObject({ reviewer: 'Full Fact', rating: { value: 1, label: 'False' }, evidence: [{ id: evidence }], recordedBy: editorId });
  expect(first.claim.revision).toBe(1);
  expect(first.change).toMatchObject({ by: editorId, field: 'verdict:Full Fact', before: null, revision: 1, itemId: claimId, reason: 'The memo says otherwise.' });
  expect(JSON.parse(first.change.after)).toMatchObject({ reviewer: 'Full Fact', ratingLabel: 'False' });

  const second = dataOf(
    await editor<VerdictAnswer>(RECORD_VERDICT, { input: verdictInput({ expectedRevision: 1, reviewer: 'AFP Fact Check', rating: { value: 3, best: 5, worst: 1, label: 'Misleading' } }) }),
  ).recordVerdict;
  expect(second.claim.revision).toBe(2);

  const read = dataOf(
    await api.query<{ claim: { revision: number; verdicts: { reviewer: string; claim: { id: string } }[] } }>(
      `{ claim(id: "${claimId}") { revision verdicts { reviewer claim { id } } } }`,
    ),
  ).claim;
  expect(read.revision).toBe(2);
  expect(read.verdicts.map((verdict) => verdict.reviewer).sort()).toEqual(['AFP Fact Check', 'Full Fact']);

  const trail = dataOf(
    await api.query<{ changes: { totalCount: number; nodes: { id: string; revision: number; item: { id: string } }[] } }>(
      `{ changes(itemId: "${claimId}") { totalCount nodes { id revision item { id } } } }`,
    ),
  ).changes;
  expect(trail.totalCount).toBe(2);
  expect(trail.nodes.map((change) => [change.id, change.revision, change.item.id])).toEqual([
    [second.change.id, 2, claimId],
    [first.change.id, 1, claimId],
  ]);
});

test('a stale expectedRevision is CONFLICT with the current state, and writes nothing', async () => {
  const [{ claim }] = [dataOf(await api.query<{ claim: { revision: number } }>(`{ claim(id: "${claimId}") { revision } }`))];
  const before = await graphCounts(api.db);
  const stale = await editor(RECORD_VERDICT, { input: verdictInput({ expectedRevision: claim.revision - 1 }) });
  expect(errorCodes(stale)).toEqual(['CONFLICT']);
  const current = stale.errors?.[0]?.extensions?.current as { revision: number; verdicts: { reviewer: string }[] };
  expect(current.revision).toBe(claim.revision);
  expect(current.verdicts.length).toBeGreaterThan(0);
  expect(await graphCounts(api.db)).toEqual(before);
});

test('a repeat with the same idempotencyKey answers the first result and writes nothing', async () => {
  const target = seed.claims[1]?.id ?? '';
  const input = verdictInput({ claimId: target, idempotencyKey: 'verdict-42' });
  const first = dataOf(await editor<VerdictAnswer>(RECORD_VERDICT, { input })).recordVerdict;
  const after = await graphCounts(api.db);
  const again = dataOf(await editor<VerdictAnswer>(RECORD_VERDICT, { input })).recordVerdict;
  expect(again.change).toEqual(first.change);
  expect(again.verdict).toEqual(first.verdict);
  expect(await graphCounts(api.db)).toEqual(after);
  // The same key for another write is refused, not taken for a repeat.
  expect(errorCodes(await editor(RECORD_VERDICT, { input: { ...input, claimId: claimId, expectedRevision: 99 } }))).toEqual(['BAD_USER_INPUT']);
});

test('reliability and retraction of a source: set, read back, audited with before and after', async () => {
  const set = dataOf(
    await editor<{ setSourceReliability: { source: { revision: number; reliability: { grade: string; setBy: string } }; change: { before: string | null; after: string } } }>(
      SET_SOURCE_RELIABILITY,
      { input: { sourceId: other, expectedRevision: 0, grade: 'B', rationale: 'Usually reliable outlet.' } },
    ),
  ).setSourceReliability;
  expect(set.source).toMatchObject({ revision: 1, reliability: { grade: 'B', setBy: editorId } });
  expect(set.change.before).toBeNull();

  const regraded = dataOf(
    await editor<{ setSourceReliability: { change: { before: string; after: string } } }>(SET_SOURCE_RELIABILITY, {
      input: { sourceId: other, expectedRevision: 1, grade: 'D', rationale: 'Two corrections this year.' },
    }),
  ).setSourceReliability;
  expect(JSON.parse(regraded.change.before)).toMatchObject({ grade: 'B' });
  expect(JSON.parse(regraded.change.after)).toMatchObject({ grade: 'D' });

  const retracted = dataOf(
    await editor<{ markSourceRetracted: { source: { revision: number; retraction: { reason: string; date: string } } } }>(MARK_SOURCE_RETRACTED, {
      input: { sourceId: other, expectedRevision: 2, reason: 'Withdrawn by its publisher.', date: '2026-06-02' },
    }),
  ).markSourceRetracted;
  expect(retracted.source).toMatchObject({ revision: 3, retraction: { reason: 'Withdrawn by its publisher.', date: '2026-06-02' } });
  const read = dataOf(await api.query<{ source: { reliability: { grade: string }; retraction: { date: string } } }>(`{ source(id: "${other}") { reliability { grade } retraction { date } } }`));
  expect(read.source).toEqual({ reliability: { grade: 'D' }, retraction: { date: '2026-06-02' } });
});

test('bad input is BAD_USER_INPUT and an unknown item NOT_FOUND, both before anything is written', async () => {
  const before = await graphCounts(api.db);
  const cases: [Record<string, unknown>, string][] = [
    [verdictInput({ rating: { value: 9, best: 5, worst: 1, label: 'False' } }), 'BAD_USER_INPUT'],
    [verdictInput({ reviewer: '  ' }), 'BAD_USER_INPUT'],
    [verdictInput({ expectedRevision: -1 }), 'BAD_USER_INPUT'],
    [verdictInput({ claimId: 'claim:meta-surveillance-layoffs:000000000000' }), 'NOT_FOUND'],
    [verdictInput({ claimId: evidence }), 'BAD_USER_INPUT'],
    [verdictInput({ expectedRevision: 2, evidenceSourceIds: ['source:meta-surveillance-layoffs:999'] }), 'NOT_FOUND'],
  ];
  for (const [input, code] of cases) expect({ input, codes: errorCodes(await editor(RECORD_VERDICT, { input })) }).toEqual({ input, codes: [code] });
  expect(await graphCounts(api.db)).toEqual(before);
});

test('the audit trail filters by key and by record time, and pages', async () => {
  const all = dataOf(await api.query<{ changes: { totalCount: number } }>(`{ changes { totalCount } }`)).changes.totalCount;
  expect(all).toBeGreaterThanOrEqual(6);
  const byEditor = dataOf(await api.query<{ changes: { totalCount: number } }>(`{ changes(by: "${editorId}") { totalCount } }`)).changes.totalCount;
  // The rest: the editor key's own creation, audited as made by the CLI's store.
  const byCli = dataOf(await api.query<{ changes: { totalCount: number } }>(`{ changes(by: "cli") { totalCount } }`)).changes.totalCount;
  expect([byEditor, byCli]).toEqual([all - 1, 1]);
  expect(dataOf(await api.query<{ changes: { totalCount: number } }>(`{ changes(by: "key_nobody") { totalCount } }`)).changes.totalCount).toBe(0);
  expect(dataOf(await api.query<{ changes: { totalCount: number } }>(`{ changes(since: "2100-01-01T00:00:00Z") { totalCount } }`)).changes.totalCount).toBe(0);
  expect(dataOf(await api.query<{ changes: { totalCount: number } }>(`{ changes(until: "2100-01-01T00:00:00Z") { totalCount } }`)).changes.totalCount).toBe(all);
  const page = dataOf(await api.query<{ changes: { nodes: unknown[]; pageInfo: { hasNextPage: boolean } } }>(`{ changes(first: 2) { nodes { id } pageInfo { hasNextPage } } }`)).changes;
  expect(page.nodes).toHaveLength(2);
  expect(page.pageInfo.hasNextPage).toBe(true);
});

test("claims' and sources' curation is read in batches: 5 parents or 35 cost the same statements", async () => {
  const trips = async (first: number) =>
    roundTripsOf(
      await api.query(`{
        claims(first: ${first}) { nodes { revision verdicts { reviewer claim { id } evidence { id } } sources { revision reliability { grade } retraction { date } } } }
      }`),
    );
  expect(await trips(35)).toBe(await trips(5));
});

test('the same idempotencyKey sent 8 times at once (a client retrying in flight) writes once, and every answer is that write', async () => {
  const target = seed.claims[2]?.id ?? '';
  const before = await graphCounts(api.db);
  const input = verdictInput({ claimId: target, idempotencyKey: 'retry-storm', evidenceSourceIds: [] });
  const answers = await Promise.all(Array.from({ length: 8 }, () => editor<VerdictAnswer>(RECORD_VERDICT, { input })));
  const changeIds = new Set(answers.map((answer) => dataOf(answer).recordVerdict.change.id));
  expect(changeIds.size).toBe(1);
  // One Curation node, one Verdict, one Change, and their CURATES, HAS_VERDICT, CHANGED and RECORDED_IN edges.
  expect(await graphCounts(api.db)).toEqual({ nodes: before.nodes + 3, relationships: before.relationships + 4 });
});
