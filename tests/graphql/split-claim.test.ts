import fc from 'fast-check';
import { splitRefusal } from '../../src/graphql/curation/split-refusal';
import { MERGE_CLAIMS, SPLIT_CLAIM, type SplitClaimAnswer } from '../support/curated-link-client';
import { REVERT_CHANGE, startApiWithEditor, type KeyedClient } from '../support/curation-client';
import { graphCounts } from '../support/graph-counts';
import { dataOf, errorCodes, roundTripsOf, type ApiHarness } from '../support/graphql-harness';
import { byId, seed, sourceByRef } from '../support/seed-story';

/**
 * splitClaim: some of a claim's mentions moved to a curated part with its own words, the document
 * and the claim's `mentions` untouched, the part listed in `splits` and left out of `curatedMentions`.
 */

let api: ApiHarness;
let editor: KeyedClient;
let editorId: string;
beforeAll(async () => {
  ({ api, editor, editorId } = await startApiWithEditor());
});
afterAll(() => api.close());

const claim = (key: string) => `claim:meta-surveillance-layoffs:${key}`;
const mentionsOf = (claimId: string) => byId(seed.claims, claimId).mentions.map((mention) => mention.id);
/** The seed's claims stated in several places: "really smart people" (5), "success isn't a given" (3), "no further layoffs" (4). */
const [smartPeople, successNotGiven, noFurtherLayoffs] = [claim('93dc2631e04c'), claim('67b192748eba'), claim('6dfbf0e02f7b')];
/** Claims stated once, to be merged. */
const statedOnce = seed.claims.filter((c) => c.mentions.length === 1).map((c) => c.id);

const split = (input: Record<string, unknown>) => editor<{ splitClaim: SplitClaimAnswer }>(SPLIT_CLAIM, { input });
const revisionOf = async (id: string) => dataOf(await api.query<{ claim: { revision: number } }>(`{ claim(id: "${id}") { revision } }`)).claim.revision;
type ClaimMentions = { claim: { revision: number; mentions: { id: string }[]; curatedMentions: { id: string }[]; splits: { id: string; mentions: { id: string }[] }[] } };
const claimMentions = async (id: string) =>
  dataOf(await api.query<ClaimMentions>(`{ claim(id: "${id}") { revision mentions { id } curatedMentions { id } splits { id mentions { id } } } }`)).claim;

test('a split moves the named mentions to a part of its own; the document and Claim.mentions stay', async () => {
  const all = mentionsOf(successNotGiven);
  const moved = [all[2] ?? '', all[1] ?? ''];
  const speaker = seed.actors.find((actor) => actor.id !== byId(seed.claims, successNotGiven).speakerId && actor.kind === 'person')?.id ?? '';
  const story = await api.db.read({ name: 'test/story-items', text: 'MATCH (n) WHERE n.storyId IS NOT NULL AND NOT n:Curation AND NOT n:Change RETURN count(n) AS items' });
  const answer = dataOf(
    await split({ claimId: successNotGiven, expectedRevision: 0, mentionIds: moved, text: 'Success is not a given for the company.', speakerId: speaker, rationale: 'Two statements.', evidenceSourceIds: [sourceByRef(1).id] }),
  ).splitClaim;
  const id = 'split:meta-surveillance-layoffs:67b192748eba:1';
  expect(answer.split).toMatchObject({
    id,
    claim: { id: successNotGiven },
    text: 'Success is not a given for the company.',
    speaker: { id: speaker },
    // In document order, whatever order the curator named them in.
    mentions: [{ id: all[1] }, { id: all[2] }],
    rationale: 'Two statements.',
    evidence: [{ id: sourceByRef(1).id }],
    curator: editorId,
  });
  expect(answer.claim).toEqual({ id: successNotGiven, revision: 1, mentions: all.map((m) => ({ id: m })), curatedMentions: [{ id: all[0] }], splits: [{ id }] });
  expect(answer.change).toMatchObject({ by: editorId, field: `split:${id}`, before: null, revision: 1, itemId: successNotGiven, reason: 'Two statements.' });
  expect(JSON.parse(answer.change.after)).toMatchObject({ id, claimId: successNotGiven, mentionIds: moved, speakerId: speaker });
  // The story's own items are what they were: the split lives behind the claim's Curation node.
  expect(await api.db.read({ name: 'test/story-items', text: 'MATCH (n) WHERE n.storyId IS NOT NULL AND NOT n:Curation AND NOT n:Change RETURN count(n) AS items' })).toEqual(story);
});

test('refused splits are BAD_USER_INPUT or NOT_FOUND, and write nothing', async () => {
  const own = mentionsOf(noFurtherLayoffs);
  const base = { claimId: noFurtherLayoffs, expectedRevision: 0, text: 'A part.', rationale: 'Why.' };
  const before = await graphCounts(api.db);
  const refusals: [Record<string, unknown>, string][] = [
    [{ ...base, mentionIds: own }, 'BAD_USER_INPUT'],
    [{ ...base, mentionIds: [mentionsOf(smartPeople)[0]] }, 'BAD_USER_INPUT'],
    [{ ...base, mentionIds: [own[0], own[0]] }, 'BAD_USER_INPUT'],
    [{ ...base, mentionIds: [] }, 'BAD_USER_INPUT'],
    [{ ...base, mentionIds: ['not-a-mention'] }, 'BAD_USER_INPUT'],
    [{ ...base, mentionIds: [own[0]], text: '  ' }, 'BAD_USER_INPUT'],
    [{ ...base, mentionIds: [own[0]], speakerId: 'actor:nobody-in-this-story' }, 'BAD_USER_INPUT'],
    [{ ...base, mentionIds: [own[0]], evidenceSourceIds: ['source:meta-surveillance-layoffs:999'] }, 'NOT_FOUND'],
    [{ ...base, claimId: claim('000000000000'), mentionIds: [own[0]] }, 'NOT_FOUND'],
  ];
  for (const [input, code] of refusals) expect([input.mentionIds, errorCodes(await split(input))]).toEqual([input.mentionIds, [code]]);
  expect(await graphCounts(api.db)).toEqual(before);
  expect(await revisionOf(noFurtherLayoffs)).toBe(0);
});

test('a mention split off once is not split off again, and one mention always stays', async () => {
  const own = mentionsOf(noFurtherLayoffs);
  const first = dataOf(await split({ claimId: noFurtherLayoffs, expectedRevision: 0, mentionIds: [own[0]], text: 'First part.', rationale: 'Why.' })).splitClaim;
  const again = await split({ claimId: noFurtherLayoffs, expectedRevision: 1, mentionIds: [own[0], own[1]], text: 'Again.', rationale: 'Why.' });
  expect(errorCodes(again)).toEqual(['BAD_USER_INPUT']);
  expect(again.errors?.[0]?.message).toContain(`${own[0]} was already split off into ${first.split.id}`);
  // The three left: all three would take every place.
  expect(errorCodes(await split({ claimId: noFurtherLayoffs, expectedRevision: 1, mentionIds: own.slice(1), text: 'All.', rationale: 'Why.' }))).toEqual(['BAD_USER_INPUT']);
  dataOf(await split({ claimId: noFurtherLayoffs, expectedRevision: 1, mentionIds: own.slice(1, 3), text: 'Second part.', rationale: 'Why.' }));
  const after = await claimMentions(noFurtherLayoffs);
  expect(after.curatedMentions).toEqual([{ id: own[3] }]);
  expect(after.splits.map((s) => s.mentions.map((m) => m.id))).toEqual([[own[0]], own.slice(1, 3)]);
});

test('a stale revision is CONFLICT with the current one; an idempotency key answers its first write', async () => {
  const own = mentionsOf(smartPeople);
  const input = { claimId: smartPeople, expectedRevision: 0, mentionIds: [own[4]], text: 'The last place.', rationale: 'Why.', idempotencyKey: 'split-once' };
  const first = dataOf(await split(input)).splitClaim;
  const repeat = dataOf(await split(input)).splitClaim;
  expect(repeat.change.id).toBe(first.change.id);
  expect(repeat.split.id).toBe(first.split.id);
  expect((await claimMentions(smartPeople)).splits).toHaveLength(1);
  const stale = await split({ ...input, idempotencyKey: null, mentionIds: [own[3]] });
  expect(errorCodes(stale)).toEqual(['CONFLICT']);
  expect(stale.errors?.[0]?.extensions?.current).toEqual({ revision: 1 });
});

test('of concurrent splits decided on one revision, one wins and the rest are CONFLICT', async () => {
  const own = mentionsOf(smartPeople);
  const revision = await revisionOf(smartPeople);
  const answers = await Promise.all(
    [0, 1, 2, 3].map((index) => split({ claimId: smartPeople, expectedRevision: revision, mentionIds: [own[index]], text: `Part ${index}.`, rationale: 'Race.' })),
  );
  expect(answers.map((answer) => errorCodes(answer)[0] ?? 'OK').sort()).toEqual(['CONFLICT', 'CONFLICT', 'CONFLICT', 'OK']);
  expect((await claimMentions(smartPeople)).splits).toHaveLength(2);
});

test('revertChange undoes a split, and a revert of the revert makes it again', async () => {
  const [merged] = statedOnce;
  const kept = smartPeople;
  const before = await claimMentions(kept);
  const [lastSplit] = before.splits.slice(-1);
  const changes = dataOf(await api.query<{ changes: { nodes: { id: string; field: string }[] } }>(`{ changes(itemId: "${kept}") { nodes { id field } } }`)).changes.nodes;
  const splitChange = changes.find((change) => change.field === `split:${lastSplit?.id}`);
  const revert = dataOf(await editor<{ revertChange: { change: { id: string; before: string; after: string | null } } }>(REVERT_CHANGE, { input: { changeId: splitChange?.id, expectedRevision: before.revision, reason: 'Not two statements after all.' } }));
  expect(revert.revertChange.change.after).toBe('null');
  const reverted = await claimMentions(kept);
  expect(reverted.splits).toEqual(before.splits.slice(0, -1));
  expect(reverted.curatedMentions).toEqual([...before.curatedMentions, ...(lastSplit?.mentions ?? [])].sort((a, b) => mentionsOf(kept).indexOf(a.id) - mentionsOf(kept).indexOf(b.id)));
  dataOf(await editor(REVERT_CHANGE, { input: { changeId: revert.revertChange.change.id, expectedRevision: reverted.revision, reason: 'It was.' } }));
  expect((await claimMentions(kept)).splits).toEqual(before.splits);

  // A merged claim's places count among the kept claim's curated mentions.
  dataOf(await editor(MERGE_CLAIMS, { input: { claimId: kept, mergedClaimId: merged, expectedRevision: await revisionOf(kept), expectedMergedRevision: 0, rationale: 'One claim.' } }));
  expect((await claimMentions(kept)).curatedMentions).toEqual([...before.curatedMentions, ...mentionsOf(merged ?? '').map((id) => ({ id }))]);
});

test('a revert that would split a mention off twice is refused: the mention moved again meanwhile', async () => {
  const claimId = successNotGiven;
  const [kept] = (await claimMentions(claimId)).curatedMentions;
  // The first test's split took two of its three places: it is reverted, its places split off again, and its revert reverted.
  const first = (await claimMentions(claimId)).splits[0];
  const changes = dataOf(await api.query<{ changes: { nodes: { id: string; field: string }[] } }>(`{ changes(itemId: "${claimId}") { nodes { id field } } }`)).changes.nodes;
  type Revert = { revertChange: { change: { id: string } } };
  const revert = dataOf(
    await editor<Revert>(REVERT_CHANGE, { input: { changeId: changes.find((change) => change.field === `split:${first?.id}`)?.id, expectedRevision: await revisionOf(claimId), reason: 'Undo.' } }),
  );
  dataOf(await split({ claimId, expectedRevision: await revisionOf(claimId), mentionIds: [first?.mentions[0]?.id], text: 'Again, otherwise.', rationale: 'Why.' }));
  const before = await graphCounts(api.db);
  const again = await editor(REVERT_CHANGE, { input: { changeId: revert.revertChange.change.id, expectedRevision: await revisionOf(claimId), reason: 'Redo.' } });
  // The claim moved on since the split was undone: a conflict with its state, as a merge brought back onto a chain is.
  expect(errorCodes(again)).toEqual(['CONFLICT']);
  expect(again.errors?.[0]?.message).toContain(`${first?.mentions[0]?.id} was already split off`);
  expect(await graphCounts(api.db)).toEqual(before);
  expect((await claimMentions(claimId)).curatedMentions).toEqual([kept, ...(first?.mentions.slice(1) ?? [])]);
});

test('splits and curated mentions are read in as many statements for 5 claims as for 30', async () => {
  const page = (first: number) => `{ claims(first: ${first}) { nodes { curatedMentions { id } splits { claim { id } speaker { name } mentions { id } evidence { id } } } } }`;
  const [few, all] = [await api.query(page(5)), await api.query(page(30))];
  dataOf(all);
  expect(roundTripsOf(all)).toBe(roundTripsOf(few));
});

test('splitRefusal refuses exactly what moves foreign or already-moved mentions, or leaves none', () => {
  const ids = fc.uniqueArray(fc.constantFrom<string>('m1', 'm2', 'm3', 'm4', 'm5', 'x1', 'x2'), { maxLength: 7 });
  fc.assert(
    fc.property(fc.uniqueArray(fc.constantFrom<string>('m1', 'm2', 'm3', 'm4', 'm5'), { minLength: 1 }), ids, ids, (mentionIds, movedBefore, moving) => {
      const state = { mentionIds, moved: movedBefore.filter((id) => mentionIds.includes(id)).map((mentionId) => ({ mentionId, splitId: 'split:s:k:1' })) };
      const gone = new Set([...state.moved.map((moved) => moved.mentionId), ...moving]);
      const allowed =
        moving.every((id) => mentionIds.includes(id)) && moving.every((id) => !state.moved.some((moved) => moved.mentionId === id)) && mentionIds.some((id) => !gone.has(id));
      expect(splitRefusal('claim:s:k', state, moving) === null).toBe(allowed);
    }),
    { numRuns: 2_000 },
  );
});
