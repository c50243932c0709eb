import fc from 'fast-check';
import { evidenceOf, type Citation, type ClaimFieldValues, type CorrectableField, CORRECTABLE_FIELDS, fieldJson } from '../../src/model/claim-fields';
import { evidenceScope, type ClaimNode } from '../../src/model/story-graph';
import { dumpGraph } from '../support/graph-dump';
import { graphCounts } from '../support/graph-counts';
import { CORRECT_CLAIM, startApiWithEditor, type keyedClient } from '../support/curation-client';
import { dataOf, errorCodes, roundTripsOf, type ApiHarness } from '../support/graphql-harness';
import { seed, STORY_ID } from '../support/seed-story';

/**
 * correctClaim: the claim answers the corrected values, the document's values stay (mentions, the
 * correction's documentValue), each write is one audited Change; stale revisions, repeats and bad
 * input write nothing. A generated run checks every answer against a model of the corrections.
 */

let api: ApiHarness;
let editor: ReturnType<typeof keyedClient>;
let editorId: string;
beforeAll(async () => {
  ({ api, editor, editorId } = await startApiWithEditor());
});
afterAll(() => api.close());

const numbered = seed.sources.filter((source) => source.ref !== undefined);
const refOf = new Map(numbered.map((source) => [source.id, source.ref ?? 0]));
const idOfRef = new Map(numbered.map((source) => [source.ref, source.id]));
const otherSpeaker = (claim: ClaimNode) => seed.actors.find((actor) => actor.id !== claim.speakerId && actor.kind !== 'narrator')?.id ?? '';

/** What the seed document says of a claim's correctable fields (as claim-document-values.cypher reads them). */
const documentOf = (claim: ClaimNode): ClaimFieldValues => ({
  text: claim.text,
  kind: claim.kind,
  verbatim: claim.verbatim,
  speaker: claim.speakerId,
  citations: [...new Set(claim.sourceRefs)].map((ref) => ({ sourceId: idOfRef.get(ref) ?? '', scope: evidenceScope(claim.mentions) })),
});

interface ClaimAnswer {
  revision: number;
  text: string;
  kind: string;
  verbatim: boolean;
  speaker: { id: string } | null;
  sourceRefs: number[];
  citationScope: string;
  sources: { id: string }[];
  corrections: { field: string; documentValue: string; correctedValue: string }[];
  mentions: { text: string }[];
}
const CLAIM = 'revision text kind verbatim speaker { id } sourceRefs citationScope sources { id } corrections { field documentValue correctedValue } mentions { text }';
const CURATION_CONFLICTS_FIRST = 'query($storyId: ID!, $first: Int) { curationConflicts(storyId: $storyId, first: $first) { field } }';
const readClaim = async (id: string) => dataOf(await api.query<{ claim: ClaimAnswer }>(`{ claim(id: "${id}") { ${CLAIM} } }`)).claim;

/** The fields a claim answers for given values: the evidence of its citations, enums as the API writes them. */
const answered = (values: ClaimFieldValues) => {
  const evidence = evidenceOf(values.citations);
  return {
    text: values.text,
    kind: values.kind.toUpperCase(),
    verbatim: values.verbatim,
    speaker: values.speaker === null ? null : { id: values.speaker },
    sourceRefs: evidence.sourceIds.map((id) => refOf.get(id)),
    citationScope: evidence.scope.toUpperCase(),
    sources: [...evidence.sourceIds].sort((a, b) => (refOf.get(a) ?? 0) - (refOf.get(b) ?? 0)).map((id) => ({ id })),
  };
};

const apiCitations = (citations: Citation[]) => citations.map(({ sourceId, scope }) => ({ sourceId, scope: scope.toUpperCase() }));

type CorrectAnswer = { correctClaim: { claim: ClaimAnswer; change: { id: string; by: string; field: string; before: string; after: string; revision: number; reason: string } } };

test('a correction of every field: the claim answers it, its corrections keep what the document said, the mentions are untouched, one Change records it', async () => {
  const claim = seed.claims[0] as ClaimNode;
  const before = await readClaim(claim.id);
  const citations: Citation[] = [{ sourceId: numbered[2]?.id ?? '', scope: 'inherited' }, { sourceId: numbered[0]?.id ?? '', scope: 'direct' }];
  const corrected: ClaimFieldValues = { text: 'A corrected wording.', kind: 'prediction', verbatim: !claim.verbatim, speaker: otherSpeaker(claim), citations };
  const response = await editor<CorrectAnswer>(CORRECT_CLAIM, {
    input: { claimId: claim.id, expectedRevision: 0, text: corrected.text, kind: 'PREDICTION', verbatim: corrected.verbatim, speakerId: corrected.speaker, citations: apiCitations(citations), reason: 'Checked the recording.' },
  });
  const { claim: after, change } = dataOf(response).correctClaim;
  expect(after).toMatchObject({ revision: 1, ...answered(corrected) });
  expect(after.sourceRefs).toEqual([refOf.get(numbered[0]?.id ?? '')]);
  expect((await readClaim(claim.id)).mentions).toEqual(before.mentions);
  const document = documentOf(claim);
  expect(after.corrections).toEqual(
    [...CORRECTABLE_FIELDS].sort().map((field) => ({
      field: field.toUpperCase(),
      documentValue: fieldJson(field, document[field]),
      correctedValue: fieldJson(field, corrected[field]),
      recordedBy: editorId,
      change: { id: change.id },
    })),
  );
  expect(change).toMatchObject({ by: editorId, field: 'corrections', revision: 1, reason: 'Checked the recording.' });
  expect(JSON.parse(change.before)).toEqual(Object.fromEntries(CORRECTABLE_FIELDS.map((field) => [field, null])));
  expect(JSON.parse(change.after).speaker).toMatchObject({ claimId: claim.id, field: 'speaker', correctedValue: JSON.stringify(corrected.speaker), revision: 1, recordedBy: editorId });

  // Statements read the corrected values as properties (no JSON in Cypher): the analytics can take them from there.
  const [stored] = await api.db.read(
    { name: 'test/stored-corrections', text: 'MATCH (:Curation {itemId: $id})-[:HAS_CORRECTION]->(k:Correction) WITH k ORDER BY k.field RETURN collect(k {.field, .corrected, .correctedSourceIds, .correctedScopes}) AS corrections' },
    { id: claim.id },
  );
  expect(stored?.corrections).toEqual([
    { field: 'citations', corrected: null, correctedSourceIds: citations.map((citation) => citation.sourceId), correctedScopes: ['inherited', 'direct'] },
    { field: 'kind', corrected: 'prediction', correctedSourceIds: null, correctedScopes: null },
    { field: 'speaker', corrected: corrected.speaker, correctedSourceIds: null, correctedScopes: null },
    { field: 'text', corrected: corrected.text, correctedSourceIds: null, correctedScopes: null },
    { field: 'verbatim', corrected: corrected.verbatim, correctedSourceIds: null, correctedScopes: null },
  ]);

  // A read at a version answers what that version said.
  const atVersion = dataOf(await api.query<{ story: { claims: { id: string; text: string; speaker: { id: string } }[] } }>(`{ story(id: "${STORY_ID}") { claims(version: 1) { id text speaker { id } } } }`));
  expect(atVersion.story.claims.find((read) => read.id === claim.id)).toEqual({ id: claim.id, text: claim.text, speaker: { id: claim.speakerId } });

  // The document's own value takes a correction away.
  const undone = dataOf(await editor<CorrectAnswer>(CORRECT_CLAIM, { input: { claimId: claim.id, expectedRevision: 1, text: claim.text, reason: 'The text was right.' } })).correctClaim;
  expect(undone.claim).toMatchObject({ revision: 2, text: claim.text });
  expect(undone.claim.corrections.map((correction) => correction.field)).toEqual(['CITATIONS', 'KIND', 'SPEAKER', 'VERBATIM']);
  expect(JSON.parse(undone.change.after)).toEqual({ text: null });
});

test('a stale revision is CONFLICT with the current corrections; a repeat by idempotency key answers the first write and writes nothing', async () => {
  const claim = seed.claims[1] as ClaimNode;
  const input = { claimId: claim.id, expectedRevision: 0, kind: claim.kind === 'framing' ? 'STATEMENT' : 'FRAMING', reason: 'Misclassified.', idempotencyKey: 'kind-fix-1' };
  const first = dataOf(await editor<CorrectAnswer>(CORRECT_CLAIM, { input })).correctClaim;
  const counts = await graphCounts(api.db);
  const repeat = dataOf(await editor<CorrectAnswer>(CORRECT_CLAIM, { input })).correctClaim;
  expect(repeat.change.id).toBe(first.change.id);
  expect(repeat.claim.revision).toBe(1);
  expect(await graphCounts(api.db)).toEqual(counts);

  const stale = await editor(CORRECT_CLAIM, { input: { ...input, verbatim: !claim.verbatim, idempotencyKey: null } });
  expect(errorCodes(stale)).toEqual(['CONFLICT']);
  expect(stale.errors?.[0]?.extensions?.current).toMatchObject({ revision: 1, corrections: [{ field: 'kind', revision: 1 }] });
  expect(await graphCounts(api.db)).toEqual(counts);
});

test('16 editors correct one claim at one revision at once: one wins, 15 are CONFLICT, one correction and one Change are written', async () => {
  const claim = seed.claims[9] as ClaimNode;
  const before = await graphCounts(api.db);
  const responses = await Promise.all(
    Array.from({ length: 16 }, (_, i) => editor(CORRECT_CLAIM, { input: { claimId: claim.id, expectedRevision: 0, text: `Wording ${i}.`, reason: 'Racing.' } })),
  );
  const outcomes = responses.map((response) => (response.errors ? errorCodes(response).join() : 'written'));
  expect({ written: outcomes.filter((outcome) => outcome === 'written').length, conflicts: outcomes.filter((outcome) => outcome === 'CONFLICT').length }).toEqual({ written: 1, conflicts: 15 });
  const winner = responses.findIndex((response) => !response.errors);
  expect(await readClaim(claim.id)).toMatchObject({ revision: 1, text: `Wording ${winner}.`, corrections: [{ field: 'TEXT' }] });
  // Its Curation node and CURATES edge, the Correction and its edge, the Change with CHANGED and RECORDED_IN.
  expect(await graphCounts(api.db)).toEqual({ nodes: before.nodes + 3, relationships: before.relationships + 4 });
});

describe('bad input is refused with its code, and writes nothing', () => {
  const claim = seed.claims[2] as ClaimNode;
  const numberedSource = numbered[0]?.id ?? '';
  test.each([
    ['no field to correct', {}, 'BAD_USER_INPUT'],
    ['a blank text', { text: '   ' }, 'BAD_USER_INPUT'],
    ['a null speaker', { speakerId: null }, 'BAD_USER_INPUT'],
    ['a speaker that is no actor id', { speakerId: 'Mark' }, 'BAD_USER_INPUT'],
    ['a speaker no actor of the story is', { text: 'Valid text.', speakerId: 'actor:nobody-at-all' }, 'BAD_USER_INPUT'],
    ['a citation of a source the story does not hold', { text: 'Valid text.', citations: [{ sourceId: 'source:elsewhere:1', scope: 'DIRECT' }] }, 'BAD_USER_INPUT'],
    ['a source cited twice', { citations: [{ sourceId: numberedSource, scope: 'DIRECT' }, { sourceId: numberedSource, scope: 'INHERITED' }] }, 'BAD_USER_INPUT'],
    ['an unknown kind', { kind: 'RUMOUR' }, 'BAD_USER_INPUT'],
    ["the document's own values, which change nothing", { text: claim.text, verbatim: claim.verbatim }, 'BAD_USER_INPUT'],
    ['a claim id of no claim', { claimId: 'claim:nope:0', text: 'Valid text.' }, 'NOT_FOUND'],
    ['a negative revision', { expectedRevision: -1, text: 'Valid text.' }, 'BAD_USER_INPUT'],
  ])('%s', async (_, overrides, code) => {
    const dump = await dumpGraph(api.db.driver, 'before');
    const response = await editor(CORRECT_CLAIM, { input: { claimId: claim.id, expectedRevision: 0, reason: 'A test.', ...overrides } });
    expect(errorCodes(response)).toEqual([code]);
    expect(response.errors?.[0]?.message.length).toBeGreaterThan(10);
    expect(await dumpGraph(api.db.driver, 'before')).toEqual(dump);
  });
});

test('corrected claims read in batches: a page of 5 or of every claim costs the same statements', async () => {
  const query = `query($first: Int!) { claims(filter: { storyId: "${STORY_ID}" }, first: $first) { nodes { text speaker { id } sources { id } sourceRefs } } }`;
  const trips = async (first: number) => roundTripsOf(await api.query(query, { first }));
  // Claims 0 and 1 are corrected by the tests above (speaker and citations, kind): the page, speakers, sources, corrections, and the corrected claims' actors and sources.
  expect(await trips(5)).toBe(await trips(seed.claims.length));
});

/** A generated correction: some fields, each valid or not, at the claim's revision or a stale one. */
const generated = fc.record({
  claim: fc.integer({ min: 3, max: Math.min(seed.claims.length - 1, 8) }),
  stale: fc.boolean(),
  text: fc.option(fc.oneof(fc.constantFrom('Corrected.', 'Another wording.', ' '), fc.string({ minLength: 1, maxLength: 30 })), { nil: undefined }),
  speaker: fc.option(fc.oneof(fc.constantFrom(...seed.actors.map((actor) => actor.id)), fc.constantFrom('actor:nobody-at-all', 'nobody')), { nil: undefined }),
  kind: fc.option(fc.constantFrom('statement', 'quote', 'framing', 'prediction'), { nil: undefined }),
  verbatim: fc.option(fc.boolean(), { nil: undefined }),
  citations: fc.option(
    fc.array(fc.record({ sourceId: fc.oneof(fc.constantFrom(...numbered.map((source) => source.id)), fc.constant('source:elsewhere:1')), scope: fc.constantFrom<'direct' | 'inherited'>('direct', 'inherited') }), { maxLength: 4 }),
    { nil: undefined },
  ),
});

test('generated corrections: each one is written whole or refused with nothing written, and the claim answers what a model of its corrections says', async () => {
  const model = new Map<string, { revision: number; corrections: Partial<Record<CorrectableField, string>> }>();
  const outcomes = new Map<string, number>();
  await fc.assert(
    fc.asyncProperty(generated, async ({ claim: index, stale, text, speaker, kind, verbatim, citations }) => {
      const claim = seed.claims[index] as ClaimNode;
      const state = model.get(claim.id) ?? { revision: 0, corrections: {} };
      const document = documentOf(claim);
      const given: Partial<ClaimFieldValues> = { text: text?.trim(), speaker, kind, verbatim, citations };
      const fields = CORRECTABLE_FIELDS.filter((field) => given[field] !== undefined);
      // Refused before the lock: what zod sees. Then a stale revision; then what only the graph tells (actors and sources of the story), or a write that changes nothing.
      const malformed =
        fields.length === 0 ||
        (text !== undefined && text.trim().length === 0) ||
        (speaker !== undefined && !speaker.startsWith('actor:')) ||
        (citations !== undefined && new Set(citations.map((citation) => citation.sourceId)).size !== citations.length);
      const unknown = (speaker !== undefined && !seed.actors.some((actor) => actor.id === speaker)) || (citations ?? []).some((citation) => !refOf.has(citation.sourceId));
      const next = { ...state.corrections };
      for (const field of fields) {
        const value = fieldJson(field, given[field] as never);
        if (value === fieldJson(field, document[field])) delete next[field];
        else next[field] = value;
      }
      const changes = JSON.stringify(Object.entries(next).sort()) !== JSON.stringify(Object.entries(state.corrections).sort());
      const expected = malformed ? 'BAD_USER_INPUT' : stale ? 'CONFLICT' : unknown || !changes ? 'BAD_USER_INPUT' : 'written';

      const counts = await graphCounts(api.db);
      const response = await editor(CORRECT_CLAIM, {
        input: {
          claimId: claim.id,
          expectedRevision: stale ? state.revision + 1 : state.revision,
          reason: 'Generated.',
          ...(text === undefined ? {} : { text }),
          ...(speaker === undefined ? {} : { speakerId: speaker }),
          ...(kind === undefined ? {} : { kind: kind.toUpperCase() }),
          ...(verbatim === undefined ? {} : { verbatim }),
          ...(citations === undefined ? {} : { citations: apiCitations(citations) }),
        },
      });
      const outcome = response.errors ? errorCodes(response).join() : 'written';
      outcomes.set(outcome, (outcomes.get(outcome) ?? 0) + 1);
      expect(outcome).toBe(expected);
      if (outcome === 'written') model.set(claim.id, { revision: state.revision + 1, corrections: next });
      else expect(await graphCounts(api.db)).toEqual(counts);

      const read = await readClaim(claim.id);
      const current = model.get(claim.id) ?? state;
      const values = Object.fromEntries(CORRECTABLE_FIELDS.map((field) => [field, current.corrections[field] === undefined ? document[field] : JSON.parse(current.corrections[field] ?? 'null')]));
      expect(read).toMatchObject({ revision: current.revision, ...answered(values as unknown as ClaimFieldValues) });
      expect(read.corrections.map((correction) => [correction.field.toLowerCase(), correction.correctedValue])).toEqual(Object.entries(current.corrections).sort());
    }),
    { numRuns: Number(process.env.CLAIMGRAPH_FUZZ_RUNS ?? 150) },
  );
  process.stderr.write(`[correctClaim] generated outcomes ${JSON.stringify(Object.fromEntries(outcomes))}\n`);
  expect(outcomes.get('written')).toBeGreaterThan(10);
}, 600_000);

test('curationConflicts: bounded, and an unknown or malformed story is refused with its code', async () => {
  const ask = (storyId: string, first = 20) => api.query(CURATION_CONFLICTS_FIRST, { storyId, first });
  expect(dataOf(await ask(STORY_ID))).toEqual({ curationConflicts: [] });
  expect(errorCodes(await ask('story:no-such-story'))).toEqual(['NOT_FOUND']);
  expect(errorCodes(await ask('not a story id'))).toEqual(['BAD_USER_INPUT']);
  expect(errorCodes(await ask(STORY_ID, 101))).toEqual(['BAD_USER_INPUT']);
});
