import fc from 'fast-check';
import { fieldJson, type Citation } from '../../src/model/claim-fields';
import { evidenceScope, type StoryGraphDocument } from '../../src/model/story-graph';
import { withCorrectedCitations, withCuratedDerivation } from '../support/curated-document';
import { ADD_DERIVATION } from '../support/curated-link-client';
import { CORRECT_CLAIM, REVERT_CHANGE, startApiWithEditor, type KeyedClient } from '../support/curation-client';
import {
  citedBy,
  expectedCorroboration,
  expectedCycles,
  expectedFalseCorroborations,
  expectedImpact,
  reachedFrom,
  reducedCorroboration,
  type CorroborationAnswer,
  type Evidence,
} from '../support/corroboration-oracle';
import { dataOf, type ApiHarness } from '../support/graphql-harness';
import { reducedImpact, RETRACTION_IMPACT, type RetractionImpactAnswer } from '../support/retraction-impact-answer';
import { byId, enumValue, seed, sourceByRef, STORY_ID } from '../support/seed-story';

/**
 * Curation reaches the provenance family of analytics on a default read: an editor's corrected
 * citations (correctClaim `citations`) are what a claim cites, and a curated derivation
 * (addDerivation, until a revert takes it away) is followed like the story's own. Generated
 * curation of the seed piles up; after each write every claim's corroboration, provenance and
 * circular reporting, the story's circular reporting and a retraction impact are held to the
 * oracles over the seed document with the curation so far applied, and a read at version 1 to the
 * oracles over the document.
 */

let api: ApiHarness;
let editor: KeyedClient;
beforeAll(async () => {
  ({ api, editor } = await startApiWithEditor());
});
afterAll(() => api.close());

const CORROBORATION = 'directSources evidenceSources originCount origins { makers { id } roots { id } }';
const PROVENANCE = 'provenance { sources { source { id } citationScope derivedFrom { source { id } from { id } } } }';
const REPORT = 'cycles { sources { id } } falseCorroborations { mention { id } originCount }';

interface Report {
  cycles: { sources: { id: string }[] }[];
  falseCorroborations: { mention: { id: string }; originCount: number }[];
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
    direct: corroboration { ${CORROBORATION} }
    all: corroboration(evidence: DIRECT_AND_INHERITED) { ${CORROBORATION} }
    ${PROVENANCE}
    circularReporting(evidence: DIRECT_AND_INHERITED) { ${REPORT} }
  }
} }`;

const NUMBERED = seed.sources.filter((source) => source.ref !== undefined).map((source) => source.id);
const SOURCES = seed.sources.map((source) => source.id);

/** What Claim.provenance lists of a document's claim: its evidence (sourceRefs) by number, in the evidence's scope, each with the sources it derives from within 5 hops. */
function expectedProvenance(doc: StoryGraphDocument, claimId: string) {
  const claim = byId(doc.claims, claimId);
  const scope = enumValue(evidenceScope(claim.mentions));
  return [...claim.sourceRefs]
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
const reducedReport = (report: Report) => ({
  cycles: report.cycles.map((cycle) => cycle.sources.map((s) => s.id)),
  falseCorroborations: report.falseCorroborations.map((f) => ({ mentionId: f.mention.id, originCount: f.originCount })),
});

/** Every claim's and the story's answers, as the oracles over `doc` say them. */
function expectedRead(doc: StoryGraphDocument) {
  const falseCorroborations = expectedFalseCorroborations(doc, 'DIRECT_AND_INHERITED');
  return {
    story: { cycles: expectedCycles(doc), falseCorroborations },
    claims: doc.claims.map((claim) => {
      const places = new Set(claim.mentions.map((m) => m.id));
      const reached = reachedFrom(doc, citedBy(doc, claim.id, 'DIRECT_AND_INHERITED'));
      return {
        id: claim.id,
        direct: expectedCorroboration(doc, claim.id, 'DIRECT'),
        all: expectedCorroboration(doc, claim.id, 'DIRECT_AND_INHERITED'),
        provenance: expectedProvenance(doc, claim.id),
        circularReporting: {
          cycles: expectedCycles(doc).filter((cycle) => cycle.some((id) => reached.has(id))),
          falseCorroborations: falseCorroborations.filter((f) => places.has(f.mentionId)),
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

const arbitraryAction = fc.oneof(
  fc.record({
    kind: fc.constant('correct' as const),
    claimId: fc.constantFrom(...seed.claims.map((claim) => claim.id)),
    citations: fc.uniqueArray(fc.record({ sourceId: fc.constantFrom(...NUMBERED), scope: fc.constantFrom('direct' as const, 'inherited' as const) }), {
      maxLength: NUMBERED.length,
      selector: (citation) => citation.sourceId,
    }),
  }),
  fc.record({
    kind: fc.constant('derive' as const),
    sourceId: fc.constantFrom(...SOURCES),
    fromSourceId: fc.constantFrom(...SOURCES),
    how: fc.constantFrom('relays', 'analyses'),
  }),
  fc.record({ kind: fc.constant('revert' as const), pick: fc.nat() }),
);

test('generated curation of the seed (corrected citations, curated derivations and their reverts): the analytics answer the curated document, version 1 the document', async () => {
  const corrections = new Map<string, Citation[]>();
  const derivations: { sourceId: string; fromSourceId: string; how: string; changeId: string }[] = [];
  const curated = () =>
    derivations.reduce(
      (doc, d) => withCuratedDerivation(doc, d.sourceId, d.fromSourceId, d.how),
      [...corrections].reduce((doc, [claimId, citations]) => withCorrectedCitations(doc, claimId, citations), seed),
    );
  const atVersion = expectedRead(seed);
  const writes = { correct: 0, derive: 0, revert: 0 };
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
        fc.pre(sourceId !== fromSourceId && !byId(curated().sources, sourceId).derivedFrom.some((d) => d.sourceId === fromSourceId));
        const written = dataOf(
          await editor<{ addDerivation: { change: { id: string } } }>(ADD_DERIVATION, {
            input: {
              sourceId,
              fromSourceId,
              expectedRevision: await revisionOf('source', sourceId),
              expectedFromRevision: await revisionOf('source', fromSourceId),
              how,
              rationale: 'Test: a derivation the story does not name.',
            },
          }),
        );
        derivations.push({ sourceId, fromSourceId, how, changeId: written.addDerivation.change.id });
      } else {
        fc.pre(derivations.length > 0);
        const [reverted] = derivations.splice(action.pick % derivations.length, 1);
        if (!reverted) throw new Error('no derivation to revert');
        dataOf(
          await editor(REVERT_CHANGE, {
            input: { changeId: reverted.changeId, expectedRevision: await revisionOf('source', reverted.sourceId), reason: 'Test: the derivation was wrong.' },
          }),
        );
      }
      writes[action.kind] += 1;
      const doc = curated();
      expect(await read(null)).toEqual(expectedRead(doc));
      const discount = { sourceIds: [discounted], actorIds: [] };
      const impact = dataOf(await api.query<RetractionImpactAnswer>(RETRACTION_IMPACT, { story: STORY_ID, discount, evidence })).story.retractionImpact;
      expect(reducedImpact(impact)).toEqual(expectedImpact(doc, evidence, discount));
      // What version 1 said stays the document's.
      expect(await read(1)).toEqual(atVersion);
    }),
    { numRuns: 20 },
  );
  console.log(`[curated provenance analytics] writes ${JSON.stringify(writes)}`);
  expect(Math.min(...Object.values(writes))).toBeGreaterThan(0);
}, 300_000);
