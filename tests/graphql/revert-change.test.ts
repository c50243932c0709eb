import { isDeepStrictEqual } from 'node:util';
import fc from 'fast-check';
import { graphCounts } from '../support/graph-counts';
import { dataOf, errorCodes, type ApiHarness } from '../support/graphql-harness';
import { MARK_SOURCE_RETRACTED, RECORD_VERDICT, REVERT_CHANGE, SET_SOURCE_RELIABILITY, startApiWithEditor, type KeyedClient } from '../support/curation-client';
import { MERGE_CLAIMS, type MergeClaimsAnswer } from '../support/curated-link-client';
import { seed } from '../support/seed-story';

/** revertChange: a change's field set back to its value before, as a change of its own; CONFLICT once the field has moved on. */

let api: ApiHarness;
let editor: KeyedClient;
beforeAll(async () => {
  ({ api, editor } = await startApiWithEditor());
});
afterAll(() => api.close());

interface ChangeAnswer {
  id: string;
  field: string;
  before: string | null;
  after: string;
  revision: number;
  reason: string;
  reverts: { id: string } | null;
}
type RevertAnswer = { revertChange: { change: ChangeAnswer; reverted: { id: string } } };
type SourceCuration = { revision: number; reliability: Record<string, unknown> | null; retraction: Record<string, unknown> | null };

const sources = seed.sources.map((source) => source.id);
const claims = seed.claims.map((claim) => claim.id);

const sourceCuration = async (sourceId: string) =>
  dataOf(
    await api.query<{ source: SourceCuration }>(
      `{ source(id: "${sourceId}") { revision reliability { grade rationale setAt setBy } retraction { reason date recordedAt recordedBy } } }`,
    ),
  ).source;

const setReliability = async (sourceId: string, expectedRevision: number, grade: string) =>
  dataOf(
    await editor<{ setSourceReliability: { change: ChangeAnswer } }>(SET_SOURCE_RELIABILITY, {
      input: { sourceId, expectedRevision, grade, rationale: `Graded ${grade}.` },
    }),
  ).setSourceReliability.change;

const markRetracted = async (sourceId: string, expectedRevision: number, reason: string) =>
  dataOf(
    await editor<{ markSourceRetracted: { change: ChangeAnswer } }>(MARK_SOURCE_RETRACTED, { input: { sourceId, expectedRevision, reason, date: '2026-06-02' } }),
  ).markSourceRetracted.change;

const revert = (changeId: string, expectedRevision: number, more: Record<string, unknown> = {}) =>
  editor<RevertAnswer>(REVERT_CHANGE, { input: { changeId, expectedRevision, reason: 'Recorded in error.', ...more } });

test('reverting a first verdict removes it; the revert is a change that points at the one it reverts', async () => {
  const claimId = claims[0] ?? '';
  const recorded = dataOf(
    await editor<{ recordVerdict: { change: ChangeAnswer } }>(RECORD_VERDICT, {
      input: { claimId, expectedRevision: 0, rating: { value: 1, best: 5, worst: 1, label: 'False' }, reviewer: 'Full Fact', date: '2026-06-01', rationale: 'No.' },
    }),
  ).recordVerdict.change;
  const reverted = dataOf(await revert(recorded.id, 1)).revertChange;
  expect(reverted.reverted.id).toBe(recorded.id);
  expect(reverted.change).toMatchObject({ field: 'verdict:Full Fact', before: recorded.after, after: 'null', revision: 2, reason: 'Recorded in error.', reverts: { id: recorded.id } });
  const claim = dataOf(await api.query<{ claim: { revision: number; verdicts: unknown[] } }>(`{ claim(id: "${claimId}") { revision verdicts { id } } }`)).claim;
  expect(claim).toEqual({ revision: 2, verdicts: [] });
  // Reverting the revert gives the verdict back, as it was recorded.
  dataOf(await revert(reverted.change.id, 2));
  const back = dataOf(await api.query<{ claim: { verdicts: { reviewer: string; rating: { label: string } }[] } }>(`{ claim(id: "${claimId}") { verdicts { reviewer rating { label } } } }`));
  expect(back.claim.verdicts).toEqual([{ reviewer: 'Full Fact', rating: { label: 'False' } }]);
});

test('reverting a regrade once the field moved on is CONFLICT naming the later change, and writes nothing; undone newest first, the earlier grade comes back exactly', async () => {
  const sourceId = sources[0] ?? '';
  await setReliability(sourceId, 0, 'B');
  const first = await sourceCuration(sourceId);
  const regrade = await setReliability(sourceId, 1, 'D');
  const later = await setReliability(sourceId, 2, 'E');
  // A change to another field of the item does not stand in the way.
  await markRetracted(sourceId, 3, 'Withdrawn.');

  const before = await graphCounts(api.db);
  const refused = await revert(regrade.id, 4);
  expect(errorCodes(refused)).toEqual(['CONFLICT']);
  expect(refused.errors?.[0]?.extensions).toMatchObject({ laterChangeId: later.id });
  expect(refused.errors?.[0]?.message).toContain(later.id);
  expect(await graphCounts(api.db)).toEqual(before);

  dataOf(await revert(later.id, 4));
  dataOf(await revert(regrade.id, 5));
  expect(await sourceCuration(sourceId)).toMatchObject({ revision: 6, reliability: first.reliability, retraction: { reason: 'Withdrawn.' } });
});

test('reverting the revert of a merge whose kept claim was merged on since is CONFLICT naming why: no merge chain A into B into C', async () => {
  const [a, b, c] = claims.slice(5, 8) as [string, string, string];
  const revisionOf = async (claimId: string) => dataOf(await api.query<{ claim: { revision: number } }>(`{ claim(id: "${claimId}") { revision } }`)).claim.revision;
  const merge = async (claimId: string, mergedClaimId: string) =>
    dataOf(
      await editor<{ mergeClaims: MergeClaimsAnswer }>(MERGE_CLAIMS, {
        input: { claimId, mergedClaimId, expectedRevision: await revisionOf(claimId), expectedMergedRevision: await revisionOf(mergedClaimId), rationale: 'One statement.' },
      }),
    ).mergeClaims.change;
  const aIntoB = await merge(b, a);
  const undone = dataOf(await revert(aIntoB.id, await revisionOf(b))).revertChange.change;
  await merge(c, b);
  const before = await graphCounts(api.db);
  const refused = await revert(undone.id, await revisionOf(b));
  expect(errorCodes(refused)).toEqual(['CONFLICT']);
  expect(refused.errors?.[0]?.message).toContain(`${b} is merged into ${c}`);
  expect(await graphCounts(api.db)).toEqual(before);
  const mergedInto = async (claimId: string) => dataOf(await api.query<{ claim: { mergedInto: { id: string } | null } }>(`{ claim(id: "${claimId}") { mergedInto { id } } }`)).claim.mergedInto;
  expect([await mergedInto(a), await mergedInto(b)]).toEqual([null, { id: c }]);
});

test('a stale expectedRevision is CONFLICT; a repeated idempotencyKey answers the first revert; unknown and unrevertible changes are refused', async () => {
  const sourceId = sources[1] ?? '';
  const set = await setReliability(sourceId, 0, 'C');
  expect(errorCodes(await revert(set.id, 0))).toEqual(['CONFLICT']);
  const once = dataOf(await revert(set.id, 1, { idempotencyKey: 'undo-1' })).revertChange;
  const counts = await graphCounts(api.db);
  expect(dataOf(await revert(set.id, 1, { idempotencyKey: 'undo-1' })).revertChange).toEqual(once);
  expect(await graphCounts(api.db)).toEqual(counts);
  expect(errorCodes(await revert('change:00000000-0000-4000-8000-000000000000', 0))).toEqual(['NOT_FOUND']);
  expect(errorCodes(await revert('', 0))).toEqual(['BAD_USER_INPUT']);
  expect(errorCodes(await revert(set.id, 2, { reason: ' ' }))).toEqual(['BAD_USER_INPUT']);
  expect(await graphCounts(api.db)).toEqual(counts);
});

/** What the test expects of one source: each change's field and values, and each field's value now (JSON). */
interface SourceModel {
  changes: { id: string; field: string; before: string | null; after: string }[];
  values: Record<string, string>;
}

test('generated runs of writes and reverts on sources: the API agrees with a model of set-back values after every step', async () => {
  const models = new Map<string, SourceModel>();
  const step = fc.oneof(
    fc.record({ op: fc.constant('grade' as const), grade: fc.constantFrom('A', 'B', 'C', 'D', 'E', 'F') }),
    fc.record({ op: fc.constant('retract' as const), reason: fc.constantFrom('Withdrawn.', 'Discredited.') }),
    // Half the reverts name one of the source's two newest changes (which mostly apply), half any (which mostly conflict).
    fc.record({ op: fc.constant('revert' as const), pick: fc.nat(), recent: fc.boolean() }),
  );
  let reverts = 0;
  let conflicts = 0;
  await fc.assert(
    fc.asyncProperty(fc.constantFrom(...sources.slice(2, 8)), fc.array(step, { minLength: 1, maxLength: 6 }), async (sourceId, steps) => {
      const model = models.get(sourceId) ?? { changes: [], values: { reliability: 'null', retraction: 'null' } };
      models.set(sourceId, model);
      for (const next of steps) {
        const revision = model.changes.length;
        if (next.op !== 'revert') {
          const change = next.op === 'grade' ? await setReliability(sourceId, revision, next.grade) : await markRetracted(sourceId, revision, next.reason);
          model.changes.push(change);
          model.values[change.field] = change.after;
          continue;
        }
        const target = next.recent ? model.changes.at(-1 - (next.pick % 2)) : model.changes[next.pick % Math.max(1, model.changes.length)];
        if (!target) continue;
        // The field has moved on when its newest later change left another value than the target did.
        const newestOfField = model.changes.slice(model.changes.indexOf(target) + 1).filter((change) => change.field === target.field).at(-1);
        const response = await revert(target.id, revision);
        if (newestOfField && !isDeepStrictEqual(JSON.parse(newestOfField.after), JSON.parse(target.after))) {
          conflicts += 1;
          expect(errorCodes(response)).toEqual(['CONFLICT']);
        } else {
          reverts += 1;
          const { change } = dataOf(response).revertChange;
          expect(change).toMatchObject({ field: target.field, before: target.after === 'null' ? null : target.after, after: target.before ?? 'null', reverts: { id: target.id } });
          model.changes.push(change);
          model.values[change.field] = change.after;
        }
      }
      const read = await sourceCuration(sourceId);
      expect({ revision: read.revision, reliability: read.reliability, retraction: read.retraction }).toEqual({
        revision: model.changes.length,
        reliability: JSON.parse(model.values.reliability ?? 'null'),
        retraction: JSON.parse(model.values.retraction ?? 'null'),
      });
    }),
    // The graph is not rolled back between runs, so a shrunk run would not replay: report the first failure as is.
    { numRuns: 40, endOnFailure: true },
  );
  process.stderr.write(`[revert] generated: ${reverts} reverts applied, ${conflicts} refused as CONFLICT\n`);
  expect(reverts).toBeGreaterThan(5);
  expect(conflicts).toBeGreaterThan(0);
}, 120_000);
