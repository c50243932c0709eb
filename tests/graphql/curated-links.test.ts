import { graphCounts } from '../support/graph-counts';
import { apiKeyOf, keyedClient, REVERT_CHANGE } from '../support/curation-client';
import {
  ADD_CLAIM_LINK,
  ADD_DERIVATION,
  DECLARE_SAME_SOURCE,
  MERGE_CLAIMS,
  REMOVE_CLAIM_LINK,
  type ClaimLinkAnswer,
  type MergeClaimsAnswer,
  type SourceLinkAnswer,
} from '../support/curated-link-client';
import { ingestStoriesBesideSeed } from '../support/fixture-stories';
import { dataOf, errorCodes, roundTripsOf, startApiOverSeed, type ApiHarness } from '../support/graphql-harness';
import { seed, sourceByRef } from '../support/seed-story';
import { Database } from '../../src/db/database';
import { sourceIdentity } from '../../src/model/shared-identities';
import type { SourceNode, StoryGraphDocument } from '../../src/model/story-graph';

/** Curators' SUPPORTS/CONTRADICTS links between claims, same-item declarations and derivations between sources. */

let api: ApiHarness;
let editor: ReturnType<typeof keyedClient>;
let editorId: string;
let workplace: StoryGraphDocument;
beforeAll(async () => {
  api = await startApiOverSeed();
  ({ workplace } = await ingestStoriesBesideSeed(api.db));
  const key = await apiKeyOf(api.db, 'editor');
  editorId = key.id;
  editor = keyedClient(api.yoga, key.key);
});
afterAll(() => api.close());

const claim = (key: string) => `claim:meta-surveillance-layoffs:${key}`;
/** Two claims the story does not link. */
const [secretMonitoring, layoffs] = [claim('c9fa79142b68'), claim('a370c71e3774')];
/** A tension of the story: its side A contradicts its side B. */
const tension = seed.tensions[0];
const [sideA, sideB] = [tension?.sideA.claimIds[0] ?? '', tension?.sideB.claimIds[0] ?? ''];
const evidence = sourceByRef(1).id;
const identityOf = (source: SourceNode) => sourceIdentity(source)?.id;
/** Whether the seed cites the same item (its shared identity) as `source`. */
const seedCites = (source: SourceNode) => identityOf(source) !== undefined && seed.sources.some((twin) => identityOf(twin) === identityOf(source));

/** An item's revision; 0 for an id no claim or source has. */
const revisionOf = async (id: string) =>
  dataOf(await api.query<{ node: { revision?: number } | null }>(`{ node(id: "${id}") { ... on Claim { revision } ... on Source { revision } } }`)).node?.revision ?? 0;

/** A claim link input decided on the claims' current revisions. */
async function linkInput(fromClaimId: string, toClaimId: string, relation: 'SUPPORTS' | 'CONTRADICTS', overrides: Record<string, unknown> = {}) {
  return {
    fromClaimId,
    toClaimId,
    relation,
    expectedFromRevision: await revisionOf(fromClaimId),
    expectedToRevision: await revisionOf(toClaimId),
    rationale: 'Both rest on the same memo.',
    evidenceSourceIds: [evidence],
    ...overrides,
  };
}

type DocumentLinks = { claim: { supports: { id: string }[]; supportedBy: { id: string }[]; contradicts: { id: string }[]; contradictedBy: { id: string }[]; tensions: { id: string }[] } };
const documentLinks = async (id: string) =>
  dataOf(await api.query<DocumentLinks>(`{ claim(id: "${id}") { supports { id } supportedBy { id } contradicts { id } contradictedBy { id } tensions { id } } }`)).claim;

type CuratedLinks = { claim: { curatedLinks: { relation: string; status: string; from: { id: string }; to: { id: string }; curator: string; evidence: { id: string }[] }[] } };
const curatedLinks = async (id: string) =>
  dataOf(await api.query<CuratedLinks>(`{ claim(id: "${id}") { curatedLinks { relation status from { id } to { id } curator evidence { id } } } }`)).claim.curatedLinks;

test('a curator links two claims: attributed, with rationale and evidence, shown at both ends apart from the story\'s edges, audited on both', async () => {
  const storyEdges = [await documentLinks(secretMonitoring), await documentLinks(layoffs)];
  const added = dataOf(await editor<{ addClaimLink: ClaimLinkAnswer }>(ADD_CLAIM_LINK, { input: await linkInput(secretMonitoring, layoffs, 'SUPPORTS') })).addClaimLink;
  expect(added.link).toMatchObject({
    relation: 'SUPPORTS',
    status: 'ADDED',
    from: { id: secretMonitoring },
    to: { id: layoffs },
    rationale: 'Both rest on the same memo.',
    evidence: [{ id: evidence }],
    curator: editorId,
  });
  expect([added.from.revision, added.to.revision]).toEqual([1, 1]);
  const field = `relation:supports:${secretMonitoring}>${layoffs}`;
  expect(added.change).toMatchObject({ by: editorId, field, before: null, itemId: secretMonitoring, revision: 1, reason: 'Both rest on the same memo.' });
  expect(JSON.parse(added.change.after)).toMatchObject({ status: 'ADDED', fromId: secretMonitoring, toId: layoffs, recordedBy: editorId });

  for (const id of [secretMonitoring, layoffs]) {
    expect(await curatedLinks(id)).toEqual([
      { relation: 'SUPPORTS', status: 'ADDED', from: { id: secretMonitoring }, to: { id: layoffs }, curator: editorId, evidence: [{ id: evidence }] },
    ]);
    const trail = dataOf(await api.query<{ changes: { nodes: { field: string; revision: number }[] } }>(`{ changes(itemId: "${id}") { nodes { field revision } } }`));
    expect(trail.changes.nodes).toEqual([{ field, revision: 1 }]);
  }
  // The story's own edges are what the document says.
  expect([await documentLinks(secretMonitoring), await documentLinks(layoffs)]).toEqual(storyEdges);

  const removed = dataOf(await editor<{ removeClaimLink: ClaimLinkAnswer }>(REMOVE_CLAIM_LINK, { input: await linkInput(secretMonitoring, layoffs, 'SUPPORTS', { rationale: 'The memo was misread.' }) }))
    .removeClaimLink;
  expect(removed.link).toBeNull();
  expect(JSON.parse(removed.change.before ?? 'null')).toMatchObject({ status: 'ADDED' });
  expect(removed.change.after).toBe('null');
  expect(await curatedLinks(layoffs)).toEqual([]);
});

test("removing the story's own link disputes it: the tension's CONTRADICTS edge stays, the dispute shows apart; adding it withdraws the dispute", async () => {
  const before = await documentLinks(sideA);
  expect(before.contradicts).toContainEqual({ id: sideB });
  const disputed = dataOf(await editor<{ removeClaimLink: ClaimLinkAnswer }>(REMOVE_CLAIM_LINK, { input: await linkInput(sideA, sideB, 'CONTRADICTS') })).removeClaimLink;
  expect(disputed.link).toMatchObject({ relation: 'CONTRADICTS', status: 'DISPUTED', from: { id: sideA }, to: { id: sideB } });
  expect(await documentLinks(sideA)).toEqual(before);
  expect(await curatedLinks(sideB)).toMatchObject([{ status: 'DISPUTED', from: { id: sideA } }]);
  // Disputing twice is refused; adding withdraws the dispute.
  expect(errorCodes(await editor(REMOVE_CLAIM_LINK, { input: await linkInput(sideA, sideB, 'CONTRADICTS') }))).toEqual(['BAD_USER_INPUT']);
  const withdrawn = dataOf(await editor<{ addClaimLink: ClaimLinkAnswer }>(ADD_CLAIM_LINK, { input: await linkInput(sideA, sideB, 'CONTRADICTS') })).addClaimLink;
  expect(withdrawn.link).toBeNull();
  expect(await curatedLinks(sideA)).toEqual([]);
  expect(await documentLinks(sideA)).toEqual(before);
});

test('refusals write nothing: a link the story makes, none to remove, a claim to itself, an unknown claim or evidence, a stale revision of either claim', async () => {
  const before = await graphCounts(api.db);
  const cases: [string, Record<string, unknown>, string][] = [
    [ADD_CLAIM_LINK, await linkInput(sideA, sideB, 'CONTRADICTS'), 'BAD_USER_INPUT'],
    [REMOVE_CLAIM_LINK, await linkInput(secretMonitoring, layoffs, 'CONTRADICTS'), 'NOT_FOUND'],
    [ADD_CLAIM_LINK, await linkInput(layoffs, layoffs, 'SUPPORTS'), 'BAD_USER_INPUT'],
    [ADD_CLAIM_LINK, await linkInput(layoffs, claim('000000000000'), 'SUPPORTS', { expectedToRevision: 0 }), 'NOT_FOUND'],
    [ADD_CLAIM_LINK, await linkInput(layoffs, secretMonitoring, 'SUPPORTS', { evidenceSourceIds: ['source:meta-surveillance-layoffs:999'] }), 'NOT_FOUND'],
    [ADD_CLAIM_LINK, await linkInput(layoffs, evidence, 'SUPPORTS'), 'BAD_USER_INPUT'],
    [ADD_CLAIM_LINK, await linkInput(layoffs, secretMonitoring, 'SUPPORTS', { rationale: ' ' }), 'BAD_USER_INPUT'],
  ];
  for (const [mutation, input, code] of cases) expect({ input, codes: errorCodes(await editor(mutation, { input })) }).toEqual({ input, codes: [code] });

  const stale = await editor(ADD_CLAIM_LINK, { input: await linkInput(layoffs, secretMonitoring, 'SUPPORTS', { expectedToRevision: (await revisionOf(secretMonitoring)) - 1 }) });
  expect(errorCodes(stale)).toEqual(['CONFLICT']);
  expect(stale.errors?.[0]?.extensions?.current).toEqual({
    items: [
      { id: layoffs, revision: await revisionOf(layoffs) },
      { id: secretMonitoring, revision: await revisionOf(secretMonitoring) },
    ],
  });
  expect(await graphCounts(api.db)).toEqual(before);
});

test('a repeat with the same idempotencyKey answers the first write and writes nothing', async () => {
  const input = await linkInput(layoffs, secretMonitoring, 'CONTRADICTS', { idempotencyKey: 'link-1' });
  const first = dataOf(await editor<{ addClaimLink: ClaimLinkAnswer }>(ADD_CLAIM_LINK, { input })).addClaimLink;
  const after = await graphCounts(api.db);
  const again = dataOf(await editor<{ addClaimLink: ClaimLinkAnswer }>(ADD_CLAIM_LINK, { input })).addClaimLink;
  expect(again.change).toEqual(first.change);
  expect(again.link).toEqual(first.link);
  expect(await graphCounts(api.db)).toEqual(after);
});

test('32 editors link the same two claims at once, half one way, half the other: one wins, 31 CONFLICT, no deadlock', async () => {
  const [a, b] = [claim('67b192748eba'), claim('74b14513542e')];
  const inputs = await Promise.all(Array.from({ length: 32 }, (_, i) => (i % 2 === 0 ? linkInput(a, b, 'SUPPORTS') : linkInput(b, a, 'SUPPORTS'))));
  // A deadlock shows as a retry: the driver runs the transaction's work again after Neo4j breaks one.
  // Each request's database is its own (it carries the request's abort signal), so the count is the class's.
  const write = Database.prototype.write;
  let attempts = 0;
  const counting = jest.spyOn(Database.prototype, 'write').mockImplementation(function (this: Database, work) {
    return write.call(this, (tx) => ((attempts += 1), work(tx)));
  });
  const answers = await Promise.all(inputs.map((input) => editor(ADD_CLAIM_LINK, { input }))).finally(() => counting.mockRestore());
  expect(attempts).toBe(32);
  const codes = answers.map((answer) => errorCodes(answer)[0] ?? 'OK');
  expect(codes.filter((code) => code === 'OK')).toHaveLength(1);
  expect(codes.filter((code) => code === 'CONFLICT')).toHaveLength(31);
  expect([await revisionOf(a), await revisionOf(b)]).toEqual([1, 1]);
  expect(await curatedLinks(a)).toHaveLength(1);
});

test("a revert of a link locks both its claims: two reverts of one link change through its two claims at once, one wins; both claims' trails show it", async () => {
  const [from, to] = [claim('772c4f2bd441'), claim('6bfbe369664a')];
  dataOf(await editor(ADD_CLAIM_LINK, { input: await linkInput(from, to, 'CONTRADICTS') }));
  const field = `relation:contradicts:${from}>${to}`;
  type Trail = { changes: { nodes: { id: string; field: string; mutation?: string; reverts: { id: string } | null }[] } };
  const trailOf = async (id: string) => dataOf(await api.query<Trail>(`{ changes(itemId: "${id}") { nodes { id field reverts { id } } } }`)).changes.nodes;
  // The link's change as each claim's trail holds it: one write, a Change on each.
  const [onFrom, onTo] = [(await trailOf(from))[0], (await trailOf(to))[0]];
  const revisions = [await revisionOf(from), await revisionOf(to)];
  const revert = (change: typeof onFrom, expectedRevision: number) => editor(REVERT_CHANGE, { input: { changeId: change?.id, expectedRevision, reason: 'Linked in error.' } });
  const answers = await Promise.all([revert(onFrom, revisions[0] ?? 0), revert(onTo, revisions[1] ?? 0)]);
  expect(answers.map((answer) => errorCodes(answer)[0] ?? 'OK').sort()).toEqual(['CONFLICT', 'OK']);
  expect(await curatedLinks(from)).toEqual([]);
  // The one revert is a change of both claims, each pointing at the change undone.
  expect([await revisionOf(from), await revisionOf(to)]).toEqual(revisions.map((revision) => revision + 1));
  const reverts = [(await trailOf(from))[0], (await trailOf(to))[0]];
  expect(reverts.map((change) => [change?.field, change?.reverts !== null])).toEqual([
    [field, true],
    [field, true],
  ]);
});

test('a source of another story declared the same item as a seed source, and a derivation added: shown on both sources, the story\'s own untouched', async () => {
  const seedSource = sourceByRef(4).id;
  const otherSource = workplace.sources.find((source) => source.ref !== undefined && !seedCites(source))?.id ?? '';
  const declared = dataOf(
    await editor<{ declareSameSource: SourceLinkAnswer }>(DECLARE_SAME_SOURCE, {
      input: { sourceId: otherSource, otherSourceId: seedSource, expectedRevision: 0, expectedOtherRevision: 0, rationale: 'The same thread, retitled.' },
    }),
  ).declareSameSource;
  const [first, second] = [otherSource, seedSource].sort();
  expect(declared.link).toMatchObject({ relation: 'SAME_ITEM', source: { id: first }, other: { id: second }, kind: null, curator: editorId });
  expect(declared.change).toMatchObject({ itemId: otherSource, field: `relation:same_item:${first}>${second}`, revision: 1 });
  expect([declared.source.id, declared.other.id]).toEqual([otherSource, seedSource]);

  const identityBefore = dataOf(await api.query<{ source: { identity: { id: string } | null; derivedFrom: unknown[] } }>(`{ source(id: "${seedSource}") { identity { id } derivedFrom { from { id } kind } } }`));
  const derived = dataOf(
    await editor<{ addDerivation: SourceLinkAnswer }>(ADD_DERIVATION, {
      input: { sourceId: seedSource, fromSourceId: sourceByRef(3).id, expectedRevision: 1, expectedFromRevision: 0, how: 'analyses the memo thread', rationale: 'It quotes the thread.' },
    }),
  ).addDerivation;
  expect(derived.link).toMatchObject({ relation: 'DERIVED_FROM', source: { id: seedSource }, other: { id: sourceByRef(3).id }, kind: 'ANALYSIS', how: 'analyses the memo thread' });
  expect([derived.source.revision, derived.other.revision]).toEqual([2, 1]);

  const read = dataOf(
    await api.query<{ source: { identity: { id: string } | null; derivedFrom: unknown[]; curatedLinks: { relation: string; kind: string | null }[] } }>(
      `{ source(id: "${seedSource}") { identity { id } derivedFrom { from { id } kind } curatedLinks { relation kind } } }`,
    ),
  ).source;
  expect({ identity: read.identity, derivedFrom: read.derivedFrom }).toEqual(identityBefore.source);
  expect(read.curatedLinks).toEqual([
    { relation: 'DERIVED_FROM', kind: 'ANALYSIS' },
    { relation: 'SAME_ITEM', kind: null },
  ]);
});

test('source links refused: the same story, an identity the graph already shares, a derivation the story makes, to itself, a second time', async () => {
  const shared = workplace.sources.find(seedCites);
  const seedTwin = seed.sources.find((source) => shared !== undefined && identityOf(source) === identityOf(shared))?.id ?? '';
  const before = await graphCounts(api.db);
  const same = (sourceId: string, otherSourceId: string) => ({ sourceId, otherSourceId, expectedRevision: 0, expectedOtherRevision: 0, rationale: 'Same.' });
  const derive = (sourceId: string, fromSourceId: string, overrides: Record<string, unknown> = {}) => ({
    sourceId,
    fromSourceId,
    expectedRevision: 0,
    expectedFromRevision: 0,
    kind: 'RELAY',
    rationale: 'Relays it.',
    ...overrides,
  });
  const cases: [string, Record<string, unknown>, string][] = [
    [DECLARE_SAME_SOURCE, same(sourceByRef(1).id, sourceByRef(2).id), 'BAD_USER_INPUT'],
    [DECLARE_SAME_SOURCE, same(shared?.id ?? '', seedTwin), 'BAD_USER_INPUT'],
    [DECLARE_SAME_SOURCE, same(sourceByRef(1).id, sourceByRef(1).id), 'BAD_USER_INPUT'],
    [ADD_DERIVATION, derive(sourceByRef(2).id, 'source:meta-surveillance-layoffs:all-hands-audio'), 'BAD_USER_INPUT'],
    [ADD_DERIVATION, derive(sourceByRef(2).id, sourceByRef(2).id), 'BAD_USER_INPUT'],
    [ADD_DERIVATION, derive(sourceByRef(4).id, sourceByRef(3).id, { expectedRevision: 2, expectedFromRevision: 1 }), 'BAD_USER_INPUT'],
    [ADD_DERIVATION, derive(sourceByRef(2).id, 'source:meta-surveillance-layoffs:999'), 'NOT_FOUND'],
    [ADD_DERIVATION, derive(sourceByRef(2).id, sourceByRef(1).id, { kind: 'COPY' }), 'BAD_USER_INPUT'],
  ];
  expect(seedTwin).not.toBe('');
  for (const [mutation, input, code] of cases) expect({ input, codes: errorCodes(await editor(mutation, { input })) }).toEqual({ input, codes: [code] });
  expect(await graphCounts(api.db)).toEqual(before);
});

test("claims' and sources' curated links are read in batches: 5 parents or 35 cost the same statements", async () => {
  const trips = async (first: number) =>
    roundTripsOf(await api.query(`{ claims(first: ${first}) { nodes { curatedLinks { from { id } to { id } evidence { id } } sources { curatedLinks { source { id } other { id } } } } } }`));
  expect(await trips(35)).toBe(await trips(5));
});

test('every curated-link mutation refuses a client without a key (UNAUTHENTICATED) and a reader (FORBIDDEN), writing nothing', async () => {
  const reader = keyedClient(api.yoga, (await apiKeyOf(api.db, 'reader')).key);
  const anonymous = keyedClient(api.yoga, null);
  const claimLink = await linkInput(claim('d98214de281c'), claim('d0cdf53b77d9'), 'SUPPORTS');
  const sourceLink = { expectedRevision: 0, rationale: 'Why.' };
  const writes: [string, Record<string, unknown>][] = [
    [ADD_CLAIM_LINK, claimLink],
    [REMOVE_CLAIM_LINK, await linkInput(sideA, sideB, 'CONTRADICTS')],
    [DECLARE_SAME_SOURCE, { ...sourceLink, sourceId: sourceByRef(2).id, otherSourceId: workplace.sources[0]?.id, expectedOtherRevision: 0 }],
    [ADD_DERIVATION, { ...sourceLink, sourceId: sourceByRef(2).id, fromSourceId: sourceByRef(3).id, expectedFromRevision: 0 }],
  ];
  const before = await graphCounts(api.db);
  for (const [mutation, input] of writes) {
    expect([errorCodes(await anonymous(mutation, { input })), errorCodes(await reader(mutation, { input }))]).toEqual([['UNAUTHENTICATED'], ['FORBIDDEN']]);
  }
  expect(await graphCounts(api.db)).toEqual(before);
});

test("a claim merged into another: the kept claim shows it and the places it is stated, the story's claims and mentions unchanged; merges do not chain", async () => {
  const [kept, merged, third] = seed.claims.slice(10, 13);
  if (!kept || !merged || !third) throw new Error('the seed has 13 claims');
  const mentionsOf = async (id: string) => dataOf(await api.query<{ claim: { mentions: { id: string }[] } }>(`{ claim(id: "${id}") { mentions { id } } }`)).claim.mentions;
  const storyMentions = [await mentionsOf(kept.id), await mentionsOf(merged.id)];
  const input = (claimId: string, mergedClaimId: string, overrides: Record<string, unknown> = {}) => ({
    claimId,
    mergedClaimId,
    expectedRevision: 0,
    expectedMergedRevision: 0,
    rationale: 'One sentence, parsed as two claims.',
    ...overrides,
  });
  const answer = dataOf(await editor<{ mergeClaims: MergeClaimsAnswer }>(MERGE_CLAIMS, { input: input(kept.id, merged.id) })).mergeClaims;
  expect(answer.claim).toEqual({
    id: kept.id,
    revision: 1,
    mergedInto: null,
    mergedClaims: [{ id: merged.id }],
    mergedMentions: merged.mentions.map((mention) => ({ id: mention.id })),
  });
  expect(answer.merged).toEqual({ id: merged.id, revision: 1, mergedInto: { id: kept.id } });
  expect(answer.change).toMatchObject({ itemId: kept.id, field: `relation:merged_into:${merged.id}>${kept.id}`, before: null, revision: 1 });
  expect(JSON.parse(answer.change.after)).toMatchObject({ relation: 'MERGED_INTO', fromId: merged.id, toId: kept.id });
  expect([await mentionsOf(kept.id), await mentionsOf(merged.id)]).toEqual(storyMentions);
  expect(await curatedLinks(kept.id)).toEqual([]);

  const before = await graphCounts(api.db);
  const cases: [Record<string, unknown>, string][] = [
    [input(third.id, merged.id, { expectedMergedRevision: 1 }), 'BAD_USER_INPUT'],
    [input(merged.id, third.id, { expectedRevision: 1 }), 'BAD_USER_INPUT'],
    [input(third.id, kept.id, { expectedMergedRevision: 1 }), 'BAD_USER_INPUT'],
    [input(third.id, workplace.claims[0]?.id ?? ''), 'BAD_USER_INPUT'],
    [input(third.id, third.id), 'BAD_USER_INPUT'],
    [input(third.id, claim('000000000000')), 'NOT_FOUND'],
    [input(kept.id, third.id), 'CONFLICT'],
  ];
  for (const [mergeInput, code] of cases) expect({ mergeInput, codes: errorCodes(await editor(MERGE_CLAIMS, { input: mergeInput })) }).toEqual({ mergeInput, codes: [code] });
  expect(await graphCounts(api.db)).toEqual(before);
});

test("a merge stays shown behind more curated links than a claim's curatedLinks holds (its bound, 50)", async () => {
  const [kept, merged] = seed.claims.slice(10, 12);
  if (!kept || !merged) throw new Error('the seed has 12 claims');
  // Links newer than the merge, from the kept claim to every claim it may link, both ways, until more than the bound.
  // Not the two claims the next test prunes one of.
  const others = [...seed.claims, ...workplace.claims].filter((other) => ![kept.id, merged.id, layoffs, secretMonitoring].includes(other.id));
  let added = 0;
  for (const relation of ['SUPPORTS', 'CONTRADICTS'] as const) {
    for (const other of others) {
      if (added > 50) break;
      const answer = await editor(ADD_CLAIM_LINK, { input: await linkInput(kept.id, other.id, relation) });
      if (!answer.errors) added += 1;
    }
  }
  expect(added).toBeGreaterThan(50);
  type Merges = { claim: { curatedLinks: { relation: string }[]; mergedClaims: { id: string }[]; mergedMentions: { id: string }[]; curatedMentions: { id: string }[] } };
  const read = dataOf(await api.query<Merges>(`{ claim(id: "${kept.id}") { curatedLinks(first: 50) { relation } mergedClaims { id } mergedMentions { id } curatedMentions { id } } }`)).claim;
  expect(read.curatedLinks).toHaveLength(50);
  expect(read.mergedClaims).toEqual([{ id: merged.id }]);
  expect(read.mergedMentions).toEqual(merged.mentions.map((mention) => ({ id: mention.id })));
  expect(read.curatedMentions.map((mention) => mention.id)).toEqual(expect.arrayContaining(merged.mentions.map((mention) => mention.id)));
  const mergedInto = dataOf(await api.query<{ claim: { mergedInto: { id: string } | null } }>(`{ claim(id: "${merged.id}") { mergedInto { id } } }`)).claim.mergedInto;
  expect(mergedInto).toEqual({ id: kept.id });
});

test('a link whose other claim the graph no longer holds (pruned with a retracted version) is not listed', async () => {
  expect(await curatedLinks(layoffs)).toContainEqual(expect.objectContaining({ relation: 'CONTRADICTS', to: { id: secretMonitoring } }));
  // What prune-retracted.cypher does to an item no version holds any longer.
  await api.db.write((tx) => tx.run({ name: 'test/prune-claim', text: 'MATCH (n:Claim {id: $id}) DETACH DELETE n' }, { id: secretMonitoring }));
  expect(await curatedLinks(layoffs)).toEqual([]);
});
