import { dataOf, errorCodes, startApiOverSeed, type ApiHarness } from '../support/graphql-harness';
import { apiKeyOf, keyedClient, SET_SOURCE_RELIABILITY } from '../support/curation-client';
import { loggedYoga, type LogLine } from '../support/logged-yoga';
import { sourceByRef } from '../support/seed-story';

/** Refused write attempts: a log line naming the key, a metric by code and role, and Query.refusedWrites for admins. */

let api: ApiHarness;
const keys: Record<'reader' | 'editor' | 'admin', { id: string; key: string }> = {} as never;
beforeAll(async () => {
  api = await startApiOverSeed();
  for (const role of ['reader', 'editor', 'admin'] as const) keys[role] = await apiKeyOf(api.db, role);
});
afterAll(() => api.close());

const REFUSED_WRITES = `query RefusedWrites($by: String, $first: Int) {
  refusedWrites(by: $by, first: $first) { at by role operationName fields codes }
}`;

const refusedLines = (lines: LogLine[]) => lines.filter((line) => line.msg === 'refused write');
const input = (expectedRevision: number) => ({ sourceId: sourceByRef(4).id, expectedRevision, grade: 'C', rationale: 'Graded.' });

test('each refused write is logged with its key, counted by code and role, and listed for admins, newest first; other requests are not', async () => {
  const { yoga, lines } = loggedYoga(api.db);
  const as = (role: keyof typeof keys | null) => keyedClient(yoga, role === null ? null : keys[role].key);

  expect(errorCodes(await as(null)(SET_SOURCE_RELIABILITY, { input: input(0) }))).toEqual(['UNAUTHENTICATED']);
  expect(errorCodes(await as('reader')(SET_SOURCE_RELIABILITY, { input: input(0) }))).toEqual(['FORBIDDEN']);
  dataOf(await as('editor')(SET_SOURCE_RELIABILITY, { input: input(0) }));
  expect(errorCodes(await as('editor')(SET_SOURCE_RELIABILITY, { input: input(0) }))).toEqual(['CONFLICT']);
  dataOf(await as('reader')('{ stories(first: 1) { totalCount } }'));

  expect(refusedLines(lines).map(({ apiKeyId, role, codes, fields, operationName, level }) => ({ apiKeyId, role, codes, fields, operationName, level }))).toEqual([
    { apiKeyId: undefined, role: undefined, codes: ['UNAUTHENTICATED'], fields: ['setSourceReliability'], operationName: 'SetSourceReliability', level: 40 },
    { apiKeyId: keys.reader.id, role: 'reader', codes: ['FORBIDDEN'], fields: ['setSourceReliability'], operationName: 'SetSourceReliability', level: 40 },
    { apiKeyId: keys.editor.id, role: 'editor', codes: ['CONFLICT'], fields: ['setSourceReliability'], operationName: 'SetSourceReliability', level: 40 },
  ]);

  const metrics = await (await yoga.fetch('http://claimgraph.test/metrics')).text();
  for (const [code, role] of [['UNAUTHENTICATED', 'none'], ['FORBIDDEN', 'reader'], ['CONFLICT', 'editor']]) {
    expect(metrics).toContain(`claimgraph_refused_writes_total{code="${code}",role="${role}"} 1\n`);
  }

  const listed = dataOf(await as('admin')<{ refusedWrites: Record<string, unknown>[] }>(REFUSED_WRITES)).refusedWrites;
  expect(listed.map(({ by, role, codes }) => ({ by, role, codes }))).toEqual([
    { by: keys.editor.id, role: 'EDITOR', codes: ['CONFLICT'] },
    { by: keys.reader.id, role: 'READER', codes: ['FORBIDDEN'] },
    { by: null, role: null, codes: ['UNAUTHENTICATED'] },
  ]);
  expect(listed[0]).toMatchObject({ operationName: 'SetSourceReliability', fields: ['setSourceReliability'], at: expect.any(String) });
  const byReader = dataOf(await as('admin')<{ refusedWrites: { by: string }[] }>(REFUSED_WRITES, { by: keys.reader.id, first: 5 })).refusedWrites;
  expect(byReader.map((entry) => entry.by)).toEqual([keys.reader.id]);
  expect(dataOf(await as('admin')<{ refusedWrites: unknown[] }>(REFUSED_WRITES, { first: 1 })).refusedWrites).toHaveLength(1);

  // Only admins read it; asking is no write attempt.
  expect(errorCodes(await as('editor')(REFUSED_WRITES))).toEqual(['FORBIDDEN']);
  expect(errorCodes(await as(null)(REFUSED_WRITES))).toEqual(['UNAUTHENTICATED']);
  expect(refusedLines(lines)).toHaveLength(3);
});

test('aliased writes refused together are one attempt naming each field once', async () => {
  const { yoga, lines } = loggedYoga(api.db);
  const document = `mutation Twice($input: SetSourceReliabilityInput!) { a: setSourceReliability(input: $input) { change { id } } b: setSourceReliability(input: $input) { change { id } } }`;
  expect(errorCodes(await keyedClient(yoga, keys.reader.key)(document, { input: input(0) }))).toEqual(['FORBIDDEN', 'FORBIDDEN']);
  expect(refusedLines(lines)).toEqual([expect.objectContaining({ apiKeyId: keys.reader.id, codes: ['FORBIDDEN'], fields: ['setSourceReliability'] })]);
});
