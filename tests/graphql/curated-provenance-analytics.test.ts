import fc from 'fast-check';
import { evidenceOf, fieldJson, type Citation } from '../../src/model/claim-fields';
import { writeStoryGraph } from '../../src/ingest/write-story-graph';
import { evidenceScope, type StoryGraphDocument } from '../../src/model/story-graph';
import { curatedDocument, type Curation } from '../support/curated-document';
import { ADD_DERIVATION, MERGE_CLAIMS, SPLIT_CLAIM } from '../support/curated-link-client';
import { CORRECT_CLAIM, REVERT_CHANGE, startApiWithEditor, ORACLE_TEST_BUDGETS, type KeyedClient } from '../support/curation-client';
import {
  citedBy,
  CORROBORATION_SELECTION,
  expectedCorroboration,
  expectedCycles,
  expectedFalseCorroborations,
  expectedImpact,
  reachedFrom,
  reducedCorroboration,
  type CorroborationAnswer,
  type Evidence,
} from '../support/corroboration-oracle';
import { DERIVATION_STORY_ID, derivationClaimId, derivationSourceId, derivationStory } from '../support/derivation-story';
import { dataOf, type ApiHarness } from '../support/graphql-harness';
import { reducedImpact, RETRACTION_IMPACT, type RetractionImpactAnswer } from '../support/retraction-impact-answer';
import { byId, enumValue, seed, sourceByRef, STORY_ID } from '../support/seed-story';

/**
 * Curation reaches the provenance family of analytics on a default read: an editor's corrected
 * citations (correctClaim `citations`) are what a claim cites, a curated derivation (addDerivation)
 * is followed like the story's own, a claim counts the mentions of the claims merged into it
 * (mergeClaims) and not those split off it (splitClaim), each until a revert takes it away. Generated
 * curation of the seed piles up; after each write every claim's corroboration, provenance and
 * circular reporting, the story's circular reporting and a retraction impact are held to the
 * oracles over the seed document with the curation so far applied, and a read at version 1 to the
 * oracles over the document.
 */

let api: ApiHarness;
let editor: KeyedClient;
beforeAll(async () => {
  ({ api, editor } = await startApiWithEditor(ORACLE_TEST_BUDGETS));
});
afterAll(() => api.close());

const PROVENANCE = 'provenance { sources { source { id } citationScope derivedFrom { source { id } from { id } } } }';
const REPORT = 'cycles { sources { id } } falseCorroborations { claim { id } mention { id } originCount }';

interface Report {
  cycles: { sources: { id: string }[] }[];
  falseCorroborations: { claim: { id: string }; mention: { id: string }; originCount: number }[];
}
interface ClaimAnswer {
  id: string;
  direct: CorroborationAnswer;
  all: CorroborationAnswer;
  provenance: { sources: { source: { id: string }; citationScope: string; derivedFrom: { source: { id: string }; from: { id: string } }[] }[] };
  circularReporting: Report;
}
const READ = `query($story: ID!, $version: Int) { story(id: $story) {
  circularReporting(version: $version, evidence: DIRECT_AND_INHERITED) { ${REPORT} }
  claims(version: $version) {
    id
    direct: corroboration { ${CORROBORATION_SELECTION} }
    all: corroboration(evidence: DIRECT_AND_INHERITED) { ${CORROBORATION_SELECTION} }
    ${PROVENANCE}
    circularReporting(evidence: DIRECT_AND_INHERITED) { ${REPORT} }
  }
} }`;

const NUMBERED = seed.sources.filter((source) => source.ref !== undefined).map((source) => source.id);
const SOURCES = seed.sources.map((source) => source.id);

/**
 * What Claim.provenance lists of a claim: its evidence (sourceRefs) by number, each with the sources
 * it derives from within 5 hops; in the scope of its corrected citations' evidence, else of the
 * document's (merges and splits leave it the document's).
 */
function expectedProvenance(doc: StoryGraphDocument, claimId: string, corrected: readonly Citation[] | undefined) {
  const scope = enumValue(corrected ? evidenceOf(corrected).scope : evidenceScope(byId(seed.claims, claimId).mentions));
  return [...byId(doc.claims, claimId).sourceRefs]
    .sort((a, b) => a - b)
    .map((ref) => ({ source: sourceByRef(ref).id, citationScope: scope, derivesFrom: [...reachedWithin(doc, sourceByRef(ref).id, 5)].sort() }));
}
function reachedWithin(doc: StoryGraphDocument, sourceId: string, hops: number): Set<string> {
  const reached = new Set<string>();
  let frontier = [sourceId];
  for (let hop = 0; hop < hops; hop += 1) {
    frontier = frontier.flatMap((id) => byId(doc.sources, id).derivedFrom.map((d) => d.sourceId)).filter((id) => !reached.has(id));
    for (const id of frontier) reached.add(id);
  }
  return reached;
}
const reducedProvenance = (answer: ClaimAnswer['provenance']) =>
  answer.sources.map((s) => ({ source: s.source.id, citationScope: s.citationScope, derivesFrom: [...new Set(s.derivedFrom.map((d) => d.from.id))].sort() }));
// A mention of a claim merged into another is a place of both: in either order among equal places.
const placeOrder = <T extends { mentionId: string }>(places: T[]) => places.sort((a, b) => (JSON.stringify(a) < JSON.stringify(b) ? -1 : 1));
const reducedReport = (report: Report) => ({
  cycles: report.cycles.map((cycle) => cycle.sources.map((s) => s.id)),
  falseCorroborations: placeOrder(report.falseCorroborations.map((f) => ({ claimId: f.claim.id, mentionId: f.mention.id, originCount: f.originCount }))),
});

/** Every claim's and the story's answers, as the oracles over the seed with `curation` applied say them. */
function expectedRead(curation: Curation) {
  const doc = curatedDocument(seed, curation);
  const falseCorroborations = expectedFalseCorroborations(doc, 'DIRECT_AND_INHERITED');
  return {
    story: { cycles: expectedCycles(doc), falseCorroborations: placeOrder(falseCorroborations) },
    claims: doc.claims.map((claim) => {
      const reached = reachedFrom(doc, citedBy(doc, claim.id, 'DIRECT_AND_INHERITED'));
      return {
        id: claim.id,
        direct: expectedCorroboration(doc, claim.id, 'DIRECT'),
        all: expectedCorroboration(doc, claim.id, 'DIRECT_AND_INHERITED'),
        provenance: expectedProvenance(doc, claim.id, curation.corrections.get(claim.id)),
        circularReporting: {
          cycles: expectedCycles(doc).filter((cycle) => cycle.some((id) => reached.has(id))),
          falseCorroborations: falseCorroborations.filter((f) => f.claimId === claim.id),
        },
      };
    }),
  };
}

async function read(version: number | null) {
  const story = dataOf(await api.query<{ story: { circularReporting: Report; claims: ClaimAnswer[] } }>(READ, { story: STORY_ID, version })).story;
  return {
    story: reducedReport(story.circularReporting),
    claims: [...story.claims]
      .sort((a, b) => seed.claims.findIndex((c) => c.id === a.id) - seed.claims.findIndex((c) => c.id === b.id))
      .map((claim) => ({
        id: claim.id,
        direct: reducedCorroboration(claim.direct),
        all: reducedCorroboration(claim.all),
        provenance: reducedProvenance(claim.provenance),
        circularReporting: reducedReport(claim.circularReporting),
      })),
  };
}

/** A claim's citations as the document says them (claim-document-values.cypher): its evidence, in the order cited. */
const documentCitations = (claimId: string): Citation[] => {
  const claim = byId(seed.claims, claimId);
  const scope = evidenceScope(claim.mentions);
  return claim.sourceRefs.map((ref) => ({ sourceId: sourceByRef(ref).id, scope }));
};

const revisionOf = async (kind: 'claim' | 'source', id: string) =>
  dataOf(await api.query<Record<string, { revision: number }>>(`query($id: ID!) { item: ${kind}(id: $id) { revision } }`, { id })).item?.revision ?? 0;

const CLAIM_IDS = seed.claims.map((claim) => claim.id);
/** Claims stated in more than one place: a split leaves at least one with the claim. */
const SPLITTABLE = seed.claims.filter((claim) => claim.mentions.length > 1).map((claim) => claim.id);

const arbitraryAction = fc.oneof(
  fc.record({
    kind: fc.constant('correct' as const),
    claimId: fc.constantFrom(...CLAIM_IDS),
    citations: fc.uniqueArray(fc.record({ sourceId: fc.constantFrom(...NUMBERED), scope: fc.constantFrom('direct' as const, 'inherited' as const) }), {
      maxLength: NUMBERED.length,
      selector: (citation) => citation.sourceId,
    }),
  }),
  fc.record({ kind: fc.constant('derive' as const), sourceId: fc.constantFrom(...SOURCES), fromSourceId: fc.constantFrom(...SOURCES), how: fc.constantFrom('relays', 'analyses') }),
  fc.record({ kind: fc.constant('merge' as const), claimId: fc.constantFrom(...CLAIM_IDS), mergedClaimId: fc.constantFrom(...CLAIM_IDS) }),
  // Which of the claim's mentions left go: those whose flag is set, at least one and never all.
  fc.record({ kind: fc.constant('split' as const), claimId: fc.constantFrom(...SPLITTABLE), leaving: fc.array(fc.boolean(), { minLength: 5, maxLength: 5 }) }),
  fc.record({ kind: fc.constant('revert' as const), pick: fc.nat() }),
);

/** A write the test may revert: its change, the item that change is of, and how the model forgets it. */
interface Undoable {
  changeId: string;
  item: { kind: 'claim' | 'source'; id: string };
  forget: () => void;
}

test('generated curation of the seed (corrected citations, curated derivations, merges, splits and their reverts): the analytics answer the curated document, version 1 the document', async () => {
  const corrections = new Map<string, Citation[]>();
  const derivations: Curation['derivations'][number][] = [];
  const merges: Curation['merges'][number][] = [];
  const splits: Curation['splits'][number][] = [];
  const curation = (): Curation => ({ corrections, derivations, merges, splits });
  const undoable: Undoable[] = [];
  const remember = (changeId: string, item: Undoable['item'], list: object[], entry: object) => {
    list.push(entry);
    undoable.push({ changeId, item, forget: () => list.splice(list.indexOf(entry), 1) });
  };
  const atVersion = expectedRead({ corrections: new Map(), derivations: [], merges: [], splits: [] });
  const writes = { correct: 0, derive: 0, merge: 0, split: 0, revert: 0 };
  await fc.assert(
    fc.asyncProperty(arbitraryAction, fc.constantFrom(...NUMBERED), fc.constantFrom<Evidence>('DIRECT', 'DIRECT_AND_INHERITED'), async (action, discounted, evidence) => {
      if (action.kind === 'correct') {
        const { claimId, citations } = action;
        // The same citations again change nothing (the mutation refuses them).
        fc.pre(fieldJson('citations', citations) !== fieldJson('citations', corrections.get(claimId) ?? documentCitations(claimId)));
        dataOf(
          await editor(CORRECT_CLAIM, {
            input: {
              claimId,
              expectedRevision: await revisionOf('claim', claimId),
              citations: citations.map((c) => ({ ...c, scope: enumValue(c.scope) })),
              reason: 'Test: the citations as checked.',
            },
          }),
        );
        // The document's own citations take the correction away.
        if (fieldJson('citations', citations) === fieldJson('citations', documentCitations(claimId))) corrections.delete(claimId);
        else corrections.set(claimId, citations);
      } else if (action.kind === 'derive') {
        const { sourceId, fromSourceId, how } = action;
        // A source derives from another once: neither from itself, nor again what the story or a curator says.
        fc.pre(sourceId !== fromSourceId && !byId(curatedDocument(seed, curation()).sources, sourceId).derivedFrom.some((d) => d.sourceId === fromSourceId));
        const input = { sourceId, fromSourceId, expectedRevision: await revisionOf('source', sourceId), expectedFromRevision: await revisionOf('source', fromSourceId) };
        const written = dataOf(await editor<{ addDerivation: { change: { id: string } } }>(ADD_DERIVATION, { input: { ...input, how, rationale: 'Test: a derivation the story does not name.' } }));
        remember(written.addDerivation.change.id, { kind: 'source', id: sourceId }, derivations, { sourceId, fromSourceId, how });
      } else if (action.kind === 'merge') {
        const { claimId, mergedClaimId } = action;
        // Merges do not chain (mergeRefusal): neither claim merged already, nor the merged one keeping others.
        const taken = new Set(merges.map((merge) => merge.mergedClaimId));
        fc.pre(claimId !== mergedClaimId && !taken.has(claimId) && !taken.has(mergedClaimId) && !merges.some((merge) => merge.claimId === mergedClaimId));
        const input = { claimId, mergedClaimId, expectedRevision: await revisionOf('claim', claimId), expectedMergedRevision: await revisionOf('claim', mergedClaimId) };
        const written = dataOf(await editor<{ mergeClaims: { change: { id: string; itemId: string } } }>(MERGE_CLAIMS, { input: { ...input, rationale: 'Test: one statement.' } }));
        const { id, itemId } = written.mergeClaims.change;
        remember(id, { kind: 'claim', id: itemId }, merges, { claimId, mergedClaimId });
      } else if (action.kind === 'split') {
        const { claimId, leaving } = action;
        const gone = new Set(splits.flatMap((split) => split.mentionIds));
        const left = byId(seed.claims, claimId).mentions.filter((m) => !gone.has(m.id));
        const mentionIds = left.filter((_, at) => leaving[at]).map((m) => m.id);
        fc.pre(mentionIds.length > 0 && mentionIds.length < left.length);
        const input = { claimId, mentionIds, expectedRevision: await revisionOf('claim', claimId), text: 'A part said apart.', rationale: 'Test: two statements.' };
        const written = dataOf(await editor<{ splitClaim: { change: { id: string } } }>(SPLIT_CLAIM, { input }));
        remember(written.splitClaim.change.id, { kind: 'claim', id: claimId }, splits, { claimId, mentionIds });
      } else {
        fc.pre(undoable.length > 0);
        const [reverted] = undoable.splice(action.pick % undoable.length, 1);
        if (!reverted) throw new Error('nothing to revert');
        const input = { changeId: reverted.changeId, expectedRevision: await revisionOf(reverted.item.kind, reverted.item.id), reason: 'Test: it was wrong.' };
        dataOf(await editor(REVERT_CHANGE, { input }));
        reverted.forget();
      }
      writes[action.kind] += 1;
      expect(await read(null)).toEqual(expectedRead(curation()));
      const discount = { sourceIds: [discounted], actorIds: [] };
      const impact = dataOf(await api.query<RetractionImpactAnswer>(RETRACTION_IMPACT, { story: STORY_ID, discount, evidence })).story.retractionImpact;
      expect(reducedImpact(impact)).toEqual(expectedImpact(curatedDocument(seed, curation()), evidence, discount));
      // What version 1 said stays the document's.
      expect(await read(1)).toEqual(atVersion);
    }),
    { numRuns: 25 },
  );
  console.log(`[curated provenance analytics] writes ${JSON.stringify(writes)}`);
  expect(Math.min(...Object.values(writes))).toBeGreaterThan(0);
}, 400_000);

/** Every analytic of READ and a retraction impact of the derivation story, claims in id order. */
async function derivationRead(version: number | null) {
  const story = dataOf(await api.query<{ story: { circularReporting: Report; claims: ClaimAnswer[] } }>(READ, { story: DERIVATION_STORY_ID, version })).story;
  return { ...story, claims: [...story.claims].sort((a, b) => a.id.localeCompare(b.id)) };
}
const derivationImpact = async () => {
  const discount = { sourceIds: [derivationSourceId(2)], actorIds: [] };
  return dataOf(await api.query<RetractionImpactAnswer>(RETRACTION_IMPACT, { story: DERIVATION_STORY_ID, discount, evidence: 'DIRECT_AND_INHERITED' })).story.retractionImpact;
};
const addDerivation = async (sourceId: string, fromSourceId: string) =>
  dataOf(
    await editor(ADD_DERIVATION, {
      input: { sourceId, fromSourceId, expectedRevision: await revisionOf('source', sourceId), expectedFromRevision: await revisionOf('source', fromSourceId), how: 'relays', rationale: 'Test: a derivation.' },
    }),
  );
const correctClaim = async (claimId: string, correction: object) =>
  dataOf(await editor(CORRECT_CLAIM, { input: { claimId, expectedRevision: await revisionOf('claim', claimId), reason: 'Test: as checked.', ...correction } }));

const withDerivation = (doc: StoryGraphDocument, key: string, fromKey: string | number): StoryGraphDocument['sources'] =>
  doc.sources.map((source) =>
    source.id === derivationSourceId(key) ? { ...source, derivedFrom: [...source.derivedFrom, { sourceId: derivationSourceId(fromKey), how: `relays ${fromKey}` }] } : source,
  );
// Version 1: the derivation story with a source nothing cites, which version 2 drops.
const derivationV1: StoryGraphDocument = {
  ...derivationStory,
  sources: [...derivationStory.sources, { ...byId(derivationStory.sources, derivationSourceId('origin')), id: derivationSourceId('extra'), title: 'Source extra' }],
};
// Version 2 drops the extra source, states two derivations a curator added to version 1, and changes a corrected claim (filed in an ItemState).
const derivationV2: StoryGraphDocument = {
  ...derivationV1,
  story: { ...derivationV1.story, version: 2, updatedAt: '2026-02-01T00:00:00Z' },
  sources: withDerivation({ ...derivationV1, sources: withDerivation(derivationV1, 'hop-7', 1) }, 'right', 'hop-6').filter((source) => source.id !== derivationSourceId('extra')),
  claims: derivationV1.claims.map((claim) => (claim.id === derivationClaimId('uncited') ? { ...claim, kind: 'prediction' } : claim)),
};

describe('curated derivations and claims across versions of a story', () => {
  beforeAll(() => writeStoryGraph(api.db, derivationV1));

  test('a curated derivation holds between sources the newest version holds, and not beside the story\'s own edge of the same pair', async () => {
    await addDerivation(derivationSourceId('origin'), derivationSourceId('extra'));
    // A loop the story closes in version 2, and a relay provenance would list twice.
    await addDerivation(derivationSourceId('hop-7'), derivationSourceId(1));
    await addDerivation(derivationSourceId('right'), derivationSourceId('hop-6'));
    await correctClaim(derivationClaimId('uncited'), { text: 'The uncited claim, as checked.' });
    // The curation reaches the default read of version 1.
    expect(await derivationRead(null)).not.toEqual(await derivationRead(1));

    await writeStoryGraph(api.db, derivationV2);
    // The derivation to the dropped source no longer holds; the two the story now states count once.
    expect(await derivationRead(null)).toEqual(await derivationRead(2));
    // The archived document state of the changed claim carries no curation flag.
    const [flagged] = await api.db.read({
      name: 'test/flagged-item-states',
      text: 'RETURN COUNT { MATCH (state:ItemState) WHERE state.correctedFields IS NOT NULL OR state.mentionsCurated IS NOT NULL } AS flagged, COUNT { (:ItemState) } AS states',
    });
    expect(flagged).toEqual({ flagged: 0, states: 1 });
  }, 120_000);

  test('a curated claim and a source with a curated derivation that a re-ingest drops and the next restores answer as before the drop', async () => {
    // Version 3 adds the items it curates: only it holds them.
    const diamond = byId(derivationV2.claims, derivationClaimId('diamond'));
    const newClaim = (key: string, position: number, sourceRefs: number[]) => ({
      ...diamond,
      id: derivationClaimId(key),
      text: `The ${key} claim.`,
      position,
      sourceRefs,
      supports: [],
      mentions: diamond.mentions.map((m) => ({ ...m, id: `mention:derivation-chains:${key}`, line: position + 1, position, text: `The ${key} claim.`, citationRefs: sourceRefs })),
    });
    const late = { ...byId(derivationV2.sources, derivationSourceId(2)), id: derivationSourceId('late'), ref: 3, title: 'Source late', derivedFrom: [] };
    const v3: StoryGraphDocument = {
      ...derivationV2,
      story: { ...derivationV2.story, version: 3, updatedAt: '2026-03-01T00:00:00Z' },
      sources: [...derivationV2.sources, late],
      claims: [...derivationV2.claims, newClaim('kept', 3, [3]), newClaim('corrected', 4, [])],
    };
    await writeStoryGraph(api.db, v3);
    dataOf(
      await editor(MERGE_CLAIMS, {
        input: {
          claimId: derivationClaimId('kept'),
          mergedClaimId: derivationClaimId('chain'),
          expectedRevision: await revisionOf('claim', derivationClaimId('kept')),
          expectedMergedRevision: await revisionOf('claim', derivationClaimId('chain')),
          rationale: 'Test: one statement.',
        },
      }),
    );
    await correctClaim(derivationClaimId('corrected'), { citations: [{ sourceId: derivationSourceId('late'), scope: 'DIRECT' }] });
    await addDerivation(derivationSourceId('late'), derivationSourceId('hop-4'));
    const before = { read: await derivationRead(null), impact: await derivationImpact() };

    // Version 3 again without them: no version holds them, and prune drops them.
    await writeStoryGraph(api.db, { ...derivationV2, story: v3.story });
    const ids = [derivationClaimId('kept'), derivationClaimId('corrected'), late.id];
    const [pruned] = await api.db.read({ name: 'test/pruned-items', text: 'RETURN COUNT { MATCH (n:Claim|Source) WHERE n.id IN $ids } AS left' }, { ids });
    expect(pruned).toEqual({ left: 0 });

    await writeStoryGraph(api.db, v3);
    expect({ read: await derivationRead(null), impact: await derivationImpact() }).toEqual(before);
  }, 120_000);
});
