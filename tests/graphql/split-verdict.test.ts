import fc from 'fast-check';
import { claimSplitId } from '../../src/graphql/curation/claim-splits';
import { verdictField, verdictIdOf, verdictIdOfField } from '../../src/graphql/curation/verdict-field';
import { SPLIT_CLAIM, type SplitClaimAnswer } from '../support/curated-link-client';
import { RECORD_VERDICT, REVERT_CHANGE, startApiWithEditor, type KeyedClient } from '../support/curation-client';
import { graphCounts } from '../support/graph-counts';
import { dataOf, errorCodes, type ApiHarness } from '../support/graphql-harness';
import { expand, SCHEMA } from '../support/schema-org-jsonld';
import { byId, seed, sourceByRef, STORY_ID } from '../support/seed-story';

/**
 * A verdict on a part split off a claim (recordVerdict with splitId): the part's, not the claim's, in
 * ClaimSplit.verdicts and as the part's ClaimReview (its words, its speaker, the sources its mentions
 * cite), a change of the claim under its revision, and revertible.
 */

let api: ApiHarness;
let editor: KeyedClient;
let editorId: string;
beforeAll(async () => {
  ({ api, editor, editorId } = await startApiWithEditor());
});
afterAll(() => api.close());

/** "really smart people", stated in five places; its speaker Mark Zuckerberg. */
const claim = byId(seed.claims, 'claim:meta-surveillance-layoffs:93dc2631e04c');
const mentions = claim.mentions;
/** A person of the story who is not the claim's speaker: the part's. */
const partSpeaker = seed.actors.find((actor) => actor.kind === 'person' && actor.id !== claim.speakerId) ?? seed.actors[0];
const rating = { value: 1, best: 5, worst: 1, label: 'False' };

type VerdictAnswer = {
  recordVerdict: {
    verdict: { id: string; reviewer: string; claim: { id: string }; split: { id: string } | null };
    claim: { id: string; revision: number };
    change: { id: string; field: string; before: string | null; after: string; revision: number; itemId: string; by: string };
  };
};
const RECORD_SPLIT_VERDICT = `mutation RecordVerdict($input: RecordVerdictInput!) {
  recordVerdict(input: $input) {
    verdict { id reviewer claim { id } split { id } }
    claim { id revision }
    change { id field before after revision itemId by }
  }
}`;

const revisionOf = async () => dataOf(await api.query<{ claim: { revision: number } }>(`{ claim(id: "${claim.id}") { revision } }`)).claim.revision;
const verdictOn = async (splitId: string | null, reviewer: string, more: Record<string, unknown> = {}) =>
  editor<VerdictAnswer>(RECORD_SPLIT_VERDICT, {
    input: { claimId: claim.id, splitId, expectedRevision: await revisionOf(), rating, reviewer, date: '2026-06-03', rationale: `${reviewer} checked the part.`, ...more },
  });
const splitOff = async (mentionIds: string[], speakerId: string | null) =>
  dataOf(
    await editor<{ splitClaim: SplitClaimAnswer }>(SPLIT_CLAIM, {
      input: { claimId: claim.id, expectedRevision: await revisionOf(), mentionIds, text: `The part stated at ${mentionIds.join(', ')}.`, speakerId, rationale: 'Two statements.' },
    }),
  ).splitClaim.split;

type Reviews = { claim: { claimReview: string | null; verdicts: { id: string }[]; splits: { id: string; claimReview: string | null; verdicts: { id: string; reviewer: string; split: { id: string } }[] }[] } };
const reviews = async () =>
  dataOf(await api.query<Reviews>(`{ claim(id: "${claim.id}") { claimReview verdicts { id } splits { id claimReview verdicts { id reviewer split { id } } } } }`)).claim;
const feed = async () => JSON.parse(dataOf(await api.query<{ story: { claimReviewFeed: string } }>(`{ story(id: "${STORY_ID}") { claimReviewFeed } }`)).story.claimReviewFeed) as { itemReviewed: { identifier: string } }[];
const changeOf = async (field: string) =>
  dataOf(await api.query<{ changes: { nodes: { id: string; field: string }[] } }>(`{ changes(itemId: "${claim.id}") { nodes { id field } } }`)).changes.nodes.find(
    (change) => change.field === field,
  )?.id;
const revert = async (changeId: string | undefined) =>
  editor<{ revertChange: { change: { field: string; after: string } } }>(REVERT_CHANGE, { input: { changeId, expectedRevision: await revisionOf(), reason: 'Undo.' } });

type Expanded = Record<string, { '@value'?: unknown }[] & Expanded[]>;
const values = (node: Expanded, property: string) => (node[`${SCHEMA}${property}`] ?? []).map((value) => value['@value'] ?? value);

let partWithSpeaker = '';
let partWithout = '';

test("a verdict on a split-off part is the part's: in ClaimSplit.verdicts, not the claim's, and a change of the claim", async () => {
  partWithSpeaker = (await splitOff([mentions[1]?.id ?? '', mentions[4]?.id ?? ''], partSpeaker?.id ?? null)).id;
  const revision = await revisionOf();
  const answer = dataOf(await verdictOn(partWithSpeaker, 'Full Fact')).recordVerdict;
  expect(answer.verdict).toEqual({ id: verdictIdOf(partWithSpeaker, 'Full Fact'), reviewer: 'Full Fact', claim: { id: claim.id }, split: { id: partWithSpeaker } });
  expect(answer.claim).toEqual({ id: claim.id, revision: revision + 1 });
  expect(answer.change).toMatchObject({ field: `splitVerdict:${partWithSpeaker}:Full Fact`, before: null, revision: revision + 1, itemId: claim.id, by: editorId });
  const read = await reviews();
  expect(read.verdicts).toEqual([]);
  expect(read.claimReview).toBeNull();
  expect(read.splits).toEqual([{ id: partWithSpeaker, claimReview: expect.any(String), verdicts: [{ id: answer.verdict.id, reviewer: 'Full Fact', split: { id: partWithSpeaker } }] }]);
  // The reviewer's second verdict on the part replaces the first; the change keeps it as `before`.
  const again = dataOf(await verdictOn(partWithSpeaker, 'Full Fact', { rating: { ...rating, value: 2, label: 'Misleading' } })).recordVerdict;
  expect(JSON.parse(again.change.before ?? 'null')).toMatchObject({ id: answer.verdict.id, ratingLabel: 'False', splitId: partWithSpeaker });
  expect((await reviews()).splits[0]?.verdicts).toHaveLength(1);
});

test("the part's ClaimReview reviews its words, by its speaker (else the claim's), with the sources its mentions cite", async () => {
  partWithout = (await splitOff([mentions[2]?.id ?? ''], null)).id;
  dataOf(await verdictOn(partWithout, 'AFP Fact Check'));
  // An oracle over the seed: the sources the part's mentions cite, by number.
  const citedBy = (indexes: number[]) => [...new Set(indexes.flatMap((index) => mentions[index]?.citationRefs ?? []))].sort((a, b) => a - b).map((ref) => sourceByRef(ref).title);
  const speakerName = (id: string | null | undefined) => byId(seed.actors, id ?? '').name;
  const expected: Record<string, { text: string; author: string; appearances: string[] }> = {
    [partWithSpeaker]: { text: `The part stated at ${mentions[1]?.id}, ${mentions[4]?.id}.`, author: speakerName(partSpeaker?.id), appearances: citedBy([1, 4]) },
    [partWithout]: { text: `The part stated at ${mentions[2]?.id}.`, author: speakerName(claim.speakerId), appearances: citedBy([2]) },
  };
  for (const split of (await reviews()).splits) {
    const [review, ...more] = JSON.parse(split.claimReview ?? '[]') as object[];
    expect(more).toEqual([]);
    const [node] = (await expand(review ?? {})) as Expanded[];
    const item = (node?.[`${SCHEMA}itemReviewed`] ?? [])[0] as Expanded;
    const author = (item[`${SCHEMA}author`] ?? [])[0] as Expanded;
    expect({
      claimReviewed: values(node ?? {}, 'claimReviewed'),
      identifier: values(item, 'identifier'),
      author: values(author, 'name'),
      appearances: (item[`${SCHEMA}appearance`] ?? []).map((work) => values(work as Expanded, 'name')[0]),
    }).toEqual({ claimReviewed: [expected[split.id]?.text], identifier: [split.id], author: [expected[split.id]?.author], appearances: expected[split.id]?.appearances });
  }
  // The mention split off alone cites nothing: a part's appearances are its own, not the claim's.
  expect(expected[partWithout]?.appearances).toEqual([]);
  // The story's feed holds the parts' reviews, oldest split first, and no review of the claim itself.
  expect((await feed()).map((review) => review.itemReviewed.identifier)).toEqual([partWithSpeaker, partWithout]);
});

test('a claim with verdicts of its own comes before its parts in the feed, and each read answers only its own', async () => {
  dataOf(await verdictOn(null, 'Maldita'));
  const read = await reviews();
  expect((JSON.parse(read.claimReview ?? '[]') as { itemReviewed: { identifier: string } }[]).map((review) => review.itemReviewed.identifier)).toEqual([claim.id]);
  expect((await feed()).map((review) => review.itemReviewed.identifier)).toEqual([claim.id, partWithSpeaker, partWithout]);
  // One-item feed: `first` counts claims and parts.
  const one = dataOf(await api.query<{ story: { claimReviewFeed: string } }>(`{ story(id: "${STORY_ID}") { claimReviewFeed(first: 1) } }`));
  expect(JSON.parse(one.story.claimReviewFeed)).toHaveLength(1);
});

test("a split that is not the claim's is NOT_FOUND, a malformed one BAD_USER_INPUT; neither writes", async () => {
  const other = byId(seed.claims, 'claim:meta-surveillance-layoffs:6dfbf0e02f7b');
  const before = await graphCounts(api.db);
  const revision = await revisionOf();
  const refusals: [string, string][] = [
    [claimSplitId(other.id, 1), 'NOT_FOUND'],
    [claimSplitId(claim.id, 999), 'NOT_FOUND'],
    ['split:nonsense', 'BAD_USER_INPUT'],
    [claim.id, 'BAD_USER_INPUT'],
  ];
  for (const [splitId, code] of refusals) expect([splitId, errorCodes(await verdictOn(splitId, 'Full Fact'))]).toEqual([splitId, [code]]);
  expect(await graphCounts(api.db)).toEqual(before);
  expect(await revisionOf()).toBe(revision);
});

test('a verdict on a part is CONFLICT on a stale claim revision; an idempotency key answers its first write', async () => {
  const stale = await verdictOn(partWithout, 'Snopes', { expectedRevision: 0 });
  expect(errorCodes(stale)).toEqual(['CONFLICT']);
  const first = dataOf(await verdictOn(partWithout, 'Snopes', { idempotencyKey: 'part-once' })).recordVerdict;
  const repeat = dataOf(await editor<VerdictAnswer>(RECORD_SPLIT_VERDICT, { input: { claimId: claim.id, splitId: partWithout, expectedRevision: first.change.revision - 1, rating, reviewer: 'Snopes', date: '2026-06-03', rationale: 'x', idempotencyKey: 'part-once' } })).recordVerdict;
  expect(repeat.change.id).toBe(first.change.id);
  const revision = await revisionOf();
  const race = await Promise.all([0, 1, 2, 3, 4, 5, 6, 7].map((index) => verdictOn(partWithout, `Race ${index}`, { expectedRevision: revision })));
  expect(race.map((answer) => errorCodes(answer)[0] ?? 'OK').sort()).toEqual([...Array(7).fill('CONFLICT'), 'OK']);
});

test('revertChange undoes a verdict on a part; the split is not undone under its verdicts; a verdict does not come back to a part undone', async () => {
  const verdictChange = await changeOf(`splitVerdict:${partWithSpeaker}:Full Fact`);
  const splitChange = await changeOf(`split:${partWithSpeaker}`);
  // The split still holds verdicts: undoing it would leave them reviewing words no claim holds.
  let before = await graphCounts(api.db);
  const blocked = await revert(splitChange);
  expect(errorCodes(blocked)).toEqual(['CONFLICT']);
  expect(blocked.errors?.[0]?.message).toContain('Full Fact');
  expect(await graphCounts(api.db)).toEqual(before);
  // Newest first: the regrade, then the first verdict.
  const changes = dataOf(await api.query<{ changes: { nodes: { id: string; field: string }[] } }>(`{ changes(itemId: "${claim.id}") { nodes { id field } } }`)).changes.nodes;
  const [regrade, recorded] = changes.filter((change) => change.field === `splitVerdict:${partWithSpeaker}:Full Fact`);
  expect(recorded).toBeDefined();
  dataOf(await revert(regrade?.id));
  expect((await reviews()).splits[0]?.verdicts.map((v) => v.reviewer)).toEqual(['Full Fact']);
  const undone = dataOf(await revert(recorded?.id)).revertChange.change;
  expect(undone.after).toBe('null');
  expect((await reviews()).splits[0]?.verdicts).toEqual([]);
  expect(verdictChange).toBe(regrade?.id);
  // Now the split can be undone; a revert that would give the verdict back to it is NOT_FOUND and writes nothing.
  dataOf(await revert(splitChange));
  expect((await reviews()).splits.map((split) => split.id)).toEqual([partWithout]);
  const revertOfUndo = await changeOf(`splitVerdict:${partWithSpeaker}:Full Fact`);
  before = await graphCounts(api.db);
  expect(errorCodes(await revert(revertOfUndo))).toEqual(['NOT_FOUND']);
  expect(await graphCounts(api.db)).toEqual(before);
});

test("verdictIdOfField names the verdict verdictField's field was made for, whatever `:` the claim key and reviewer hold", () => {
  const key = fc.stringMatching(/^[a-z0-9][a-z0-9._:-]{0,20}$/);
  fc.assert(
    fc.property(key, fc.nat(10_000), fc.string({ minLength: 1, maxLength: 30 }), fc.boolean(), (claimKey, revision, reviewer, onPart) => {
      const claimId = `claim:${claimKey}`;
      const splitId = onPart ? claimSplitId(claimId, revision) : null;
      expect(verdictIdOfField(claimId, verdictField(reviewer, splitId))).toBe(verdictIdOf(splitId ?? claimId, reviewer));
    }),
    { numRuns: 2_000 },
  );
});
