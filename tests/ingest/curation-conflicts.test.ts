import { loadStoryFile } from '../../src/ingest/load-story-file';
import { ensureGraphModel } from '../../src/ingest/migrate/ensure-graph-model';
import { writeStoryGraph } from '../../src/ingest/write-story-graph';
import { GRAPH_MODEL_VERSION } from '../../src/model/graph-model-version';
import type { StoryGraphDocument } from '../../src/model/story-graph';
import { clinicBreachFile } from '../fixtures/stories/story-fixtures';
import {
  apiKeyOf,
  CORRECT_CLAIM,
  CURATION_CONFLICTS,
  keyedClient,
  MARK_SOURCE_RETRACTED,
  RECORD_VERDICT,
  RESOLVE_CURATION_CONFLICT,
} from '../support/curation-client';
import { claimStarting } from '../support/fixture-stories';
import { dataOf, errorCodes, startApiOverSeed, type ApiHarness } from '../support/graphql-harness';

/**
 * The proof of curation across versions: the fixture story's version 1 is curated (a speaker and two
 * claims' citations corrected, a verdict, a source retracted), version 2 is ingested, and the curation
 * is all still there; version 2's change to the corrected citations opens a conflict per claim, which
 * the claims do not follow silently, until an editor keeps the one correction and accepts the other
 * document value.
 */

const STORY = 'story:clinic-breach';
let api: ApiHarness;
let editor: ReturnType<typeof keyedClient>;
let v1: StoryGraphDocument;
const ids = { quote: '', inquiry: '', concern: '' };
const source = (ref: number) => `source:clinic-breach:${ref}`;

interface ClaimRead {
  id: string;
  revision: number;
  speaker: { id: string };
  sourceRefs: number[];
  citationScope: string;
  mentions: { text: string }[];
  verdicts: { reviewer: string }[];
  corrections: { field: string; documentValue: string; correctedValue: string }[];
}
const CLAIM_FIELDS = 'id revision speaker { id } sourceRefs citationScope mentions { text } verdicts { reviewer } corrections { field documentValue correctedValue }';

async function claims(): Promise<Record<keyof typeof ids, ClaimRead>> {
  const read = dataOf(
    await api.query<Record<keyof typeof ids, ClaimRead>>(
      `{ quote: claim(id: "${ids.quote}") { ${CLAIM_FIELDS} } inquiry: claim(id: "${ids.inquiry}") { ${CLAIM_FIELDS} } concern: claim(id: "${ids.concern}") { ${CLAIM_FIELDS} } }`,
    ),
  );
  return read;
}

const conflicts = async () =>
  dataOf(
    await api.query<{ curationConflicts: { claim: { id: string }; field: string; documentValueWhenCorrected: string; documentValue: string; correctedValue: string }[] }>(
      CURATION_CONFLICTS,
      { storyId: STORY },
    ),
  ).curationConflicts;

beforeAll(async () => {
  api = await startApiOverSeed();
  v1 = await loadStoryFile(clinicBreachFile(1));
  await writeStoryGraph(api.db, v1);
  ids.quote = claimStarting(v1, 'acted as quickly').id;
  ids.inquiry = claimStarting(v1, 'The Northern Data Protection Authority opened').id;
  ids.concern = claimStarting(v1, 'a matter of serious concern').id;
  editor = keyedClient(api.yoga, (await apiKeyOf(api.db, 'editor')).key);
});
afterAll(() => api.close());

const correctedCitations = [
  { sourceId: source(3), scope: 'DIRECT' },
  { sourceId: source(5), scope: 'DIRECT' },
];

test('version 1 curated, version 2 ingested: corrections, verdicts and retractions stay; the changed citations open conflicts until resolved', async () => {
  // Curate version 1.
  dataOf(await editor(CORRECT_CLAIM, { input: { claimId: ids.quote, expectedRevision: 0, speakerId: 'actor:lumina-health', reason: 'The statement was the company’s.' } }));
  for (const claimId of [ids.inquiry, ids.concern]) {
    dataOf(await editor(CORRECT_CLAIM, { input: { claimId, expectedRevision: 0, citations: correctedCitations, reason: 'The Slack logs back it too.' } }));
  }
  dataOf(
    await editor(RECORD_VERDICT, {
      input: { claimId: ids.quote, expectedRevision: 1, rating: { value: 2, best: 5, worst: 1, label: 'Misleading' }, reviewer: 'Full Fact', date: '2026-03-13', rationale: 'Staff knew weeks earlier.' },
    }),
  );
  dataOf(await editor(MARK_SOURCE_RETRACTED, { input: { sourceId: source(4), expectedRevision: 0, reason: 'Memo disputed.', date: '2026-03-13' } }));

  const curated = await claims();
  expect(curated.quote).toMatchObject({ revision: 2, speaker: { id: 'actor:lumina-health' }, verdicts: [{ reviewer: 'Full Fact' }] });
  expect(curated.quote.corrections).toEqual([{ field: 'SPEAKER', documentValue: '"actor:dana-whitfield"', correctedValue: '"actor:lumina-health"' }]);
  expect(curated.inquiry).toMatchObject({ sourceRefs: [3, 5], citationScope: 'DIRECT' });
  // The document's words are untouched: the mentions still say what version 1 said.
  expect(curated.quote.mentions.map((mention) => mention.text)).toEqual(v1.claims.find((claim) => claim.id === ids.quote)?.mentions.map((mention) => mention.text));
  expect(await conflicts()).toEqual([]);

  await writeStoryGraph(api.db, await loadStoryFile(clinicBreachFile(2)));

  // Everything curated is still there, and the claims still answer their corrections.
  const after = await claims();
  expect(after).toEqual(curated);
  const retraction = dataOf(await api.query<{ source: { retraction: { reason: string } } }>(`{ source(id: "${source(4)}") { retraction { reason } } }`));
  expect(retraction.source.retraction.reason).toBe('Memo disputed.');

  // Version 2 cites [4][5] where version 1 cited [5]: a conflict per corrected claim, nothing else.
  const documentThen = JSON.stringify([{ sourceId: source(5), scope: 'direct' }]);
  const documentNow = JSON.stringify([{ sourceId: source(4), scope: 'direct' }, { sourceId: source(5), scope: 'direct' }]);
  const corrected = JSON.stringify(correctedCitations.map((citation) => ({ ...citation, scope: 'direct' })));
  expect(await conflicts()).toEqual(
    [ids.inquiry, ids.concern].sort().map((id) => ({
      claim: { id },
      field: 'CITATIONS',
      documentValueWhenCorrected: documentThen,
      documentValue: documentNow,
      correctedValue: corrected,
      change: expect.objectContaining({ revision: 1 }),
    })),
  );
  // What each version said stays readable: a read at a version answers the document, not the correction.
  const atVersion = (version: number) =>
    api.query<{ story: { claims: { id: string; sourceRefs: number[]; speaker: { id: string } }[] } }>(
      `{ story(id: "${STORY}") { claims(version: ${version}) { id sourceRefs speaker { id } } } }`,
    );
  const byId = async (version: number) => new Map(dataOf(await atVersion(version)).story.claims.map((claim) => [claim.id, claim]));
  expect((await byId(1)).get(ids.inquiry)?.sourceRefs).toEqual([5]);
  expect((await byId(2)).get(ids.inquiry)?.sourceRefs).toEqual([4, 5]);
  expect((await byId(2)).get(ids.quote)?.speaker.id).toBe('actor:dana-whitfield');

  // An editor keeps one correction against the new text and accepts the document for the other.
  const kept = dataOf(
    await editor<{ resolveCurationConflict: { claim: { revision: number; sourceRefs: number[]; corrections: { documentValue: string }[] }; change: { field: string; before: string; after: string } } }>(
      RESOLVE_CURATION_CONFLICT,
      { input: { claimId: ids.inquiry, expectedRevision: 1, field: 'CITATIONS', resolution: 'KEEP_CORRECTION', reason: 'The memo is not the source.' } },
    ),
  ).resolveCurationConflict;
  expect(kept.claim).toMatchObject({ revision: 2, sourceRefs: [3, 5], corrections: [{ documentValue: documentNow }] });
  expect(kept.change.field).toBe('corrections');
  expect(JSON.parse(kept.change.before)).toMatchObject({ citations: { documentValue: documentThen, correctedValue: corrected } });
  expect(JSON.parse(kept.change.after)).toMatchObject({ citations: { documentValue: documentNow, correctedValue: corrected, revision: 2 } });

  const accepted = dataOf(
    await editor<{ resolveCurationConflict: { claim: { sourceRefs: number[]; corrections: unknown[] }; change: { after: string } } }>(RESOLVE_CURATION_CONFLICT, {
      input: { claimId: ids.concern, expectedRevision: 1, field: 'CITATIONS', resolution: 'ACCEPT_DOCUMENT', reason: 'Version 2 is right.' },
    }),
  ).resolveCurationConflict;
  expect(accepted.claim).toMatchObject({ sourceRefs: [4, 5], corrections: [] });
  expect(JSON.parse(accepted.change.after)).toEqual({ citations: null });

  expect(await conflicts()).toEqual([]);
  // A resolved conflict is closed: resolving it again is refused, and writes nothing.
  const again = await editor(RESOLVE_CURATION_CONFLICT, {
    input: { claimId: ids.inquiry, expectedRevision: 2, field: 'CITATIONS', resolution: 'ACCEPT_DOCUMENT', reason: 'Twice.' },
  });
  expect(errorCodes(again)).toEqual(['BAD_USER_INPUT']);
  const resolved = await claims();
  expect(resolved.inquiry).toMatchObject({ revision: 2, sourceRefs: [3, 5] });

  // A migration rewrites every claim from the stored documents; the corrections are linked again and still answer.
  await api.db.write((tx) => tx.run({ name: 'test/older-marker', text: "MATCH (m:GraphModel {id: 'claimgraph'}) SET m.version = $version" }, { version: GRAPH_MODEL_VERSION - 1 }));
  expect(await ensureGraphModel(api.db, () => {})).toMatchObject({ action: 'migrated' });
  expect(await claims()).toEqual(resolved);
  expect(await conflicts()).toEqual([]);
}, 300_000);
