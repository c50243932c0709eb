import type { StoryGraphDocument } from '../../src/model/story-graph';
import { claimStarting, ingestRelayCircle } from '../support/fixture-stories';
import { dataOf, startApiOverSeed, type ApiHarness } from '../support/graphql-harness';

/**
 * Claim.corroboration and Story.retractionImpact on tests/fixtures/stories/relay-circle.v1.txt, every
 * expected value worked out by hand from the document. Its sources have no authors, so each root's
 * maker is its publisher; every claim here is the narrator's, who publishes nothing.
 */

let api: ApiHarness;
let circle: StoryGraphDocument;
beforeAll(async () => {
  api = await startApiOverSeed();
  circle = await ingestRelayCircle(api.db);
});
afterAll(() => api.close());

const source = (ref: number) => ({ id: `source:relay-circle:${ref}` });
const claimSaying = (start: string) => claimStarting(circle, start);

const CORROBORATION = `evidence directSources evidenceSources inheritedOnly originCount singleOrigin
  origins { makers { id } roots { id } paths { mention { id } citationScope sources { id } derivations } }`;

async function corroboration(id: string, evidence: 'DIRECT' | 'DIRECT_AND_INHERITED' = 'DIRECT') {
  const query = `query($id: ID!, $evidence: CorroborationEvidence) { claim(id: $id) { corroboration(evidence: $evidence) { ${CORROBORATION} } } }`;
  return dataOf(await api.query<{ claim: { corroboration: unknown } }>(query, { id, evidence })).claim.corroboration;
}

test('the three-hop claim rests on one origin, Lighthouse Logs, through [9] → [10] → [11] → [12]', async () => {
  // "Night-shift crane crews were cut by half [9]". Narrative: Channel Notes [9] relayed [10], Anchor
  // Wire [10] relayed [11], Mooring Times [11] drew on [12]; [12] derives from nothing: the root, published by Lighthouse Logs.
  const claim = claimSaying('Night-shift');
  expect(await corroboration(claim.id)).toEqual({
    evidence: 'DIRECT',
    directSources: 1,
    evidenceSources: 1,
    inheritedOnly: false,
    originCount: 1,
    singleOrigin: true,
    origins: [
      {
        makers: [{ id: 'actor:lighthouse-logs' }],
        roots: [source(12)],
        paths: [{ mention: { id: claim.mentions[0]?.id }, citationScope: 'DIRECT', sources: [9, 10, 11, 12].map(source), derivations: ['relayed', 'relayed', 'drew on'] }],
      },
    ],
  });
});

test('the inherited-only claim: nothing direct, so no origin unless inherited citations count', async () => {
  // Tension "The wage rise on the docks vs. the falling cargo volumes: … [13]": the line's [13] closes the
  // whole line, so side A has it only inherited. Counted too, [13] is a root of Coastal Survey's.
  const claim = claimSaying('The wage rise');
  expect(claim.mentions.map((m) => [m.citationScope, m.citationRefs])).toEqual([['inherited', [13]]]);
  expect(await corroboration(claim.id)).toEqual({
    evidence: 'DIRECT',
    directSources: 0,
    evidenceSources: 0,
    inheritedOnly: true,
    originCount: 0,
    singleOrigin: false,
    origins: [],
  });
  expect(await corroboration(claim.id, 'DIRECT_AND_INHERITED')).toEqual({
    evidence: 'DIRECT_AND_INHERITED',
    directSources: 0,
    evidenceSources: 1,
    inheritedOnly: true,
    originCount: 1,
    singleOrigin: true,
    origins: [
      {
        makers: [{ id: 'actor:coastal-survey' }],
        roots: [source(13)],
        paths: [{ mention: { id: claim.mentions[0]?.id }, citationScope: 'INHERITED', sources: [source(13)], derivations: [] }],
      },
    ],
  });
});

test('the control: two roots by two makers are two independent origins', async () => {
  // "Dock wages rose by four percent this spring [13][14]": [13] Coastal Survey's, [14] the Seafarers
  // Union's, neither derives from anything. One path each, so the origins go by their makers' ids.
  const claim = claimSaying('Dock wages');
  const mention = { id: claim.mentions[0]?.id };
  expect(await corroboration(claim.id)).toEqual({
    evidence: 'DIRECT',
    directSources: 2,
    evidenceSources: 2,
    inheritedOnly: false,
    originCount: 2,
    singleOrigin: false,
    origins: [
      { makers: [{ id: 'actor:coastal-survey' }], roots: [source(13)], paths: [{ mention, citationScope: 'DIRECT', sources: [source(13)], derivations: [] }] },
      { makers: [{ id: 'actor:seafarers-union' }], roots: [source(14)], paths: [{ mention, citationScope: 'DIRECT', sources: [source(14)], derivations: [] }] },
    ],
  });
});

test('discounting the root [12] reaches the three-hop claim: [9], [10], [11] fall with it and the claim loses all evidence', async () => {
  const query = `query($story: ID!, $discount: Discount!) { story(id: $story) { retractionImpact(discount: $discount) {
    discounted { id } fallen { id } claimsAffected claimsLosingAllEvidence claimsDroppingToOneOrigin
    claims { claim { id } before { originCount } after { originCount evidenceSources } lostAllEvidence droppedToOneOrigin }
    citedItems { item { id } lostAll } tensions { tension { id } }
  } } }`;
  const impact = dataOf(await api.query<{ story: { retractionImpact: unknown } }>(query, { story: circle.story.id, discount: { sourceIds: [source(12).id] } })).story.retractionImpact;
  // Every way from [9], [10] and [11] ends at [12] (one way each), so all three fall with it.
  // The claims citing one of them directly: the three-hop claim [9] (What, first), then the
  // Narrative's "Channel Notes relayed … [10]", "Anchor Wire relayed … [11]", "Mooring Times drew on … [12]":
  // each cites one fallen source, one origin (Lighthouse Logs) before, none after.
  const lost = (start: string) => ({
    claim: { id: claimSaying(start).id },
    before: { originCount: 1 },
    after: { originCount: 0, evidenceSources: 0 },
    lostAllEvidence: true,
    droppedToOneOrigin: false,
  });
  // The timeline's "Lighthouse Logs records the crane crew change. [12]" cites only [12]. The one tension
  // cites [13] for the whole line: its sides have no direct evidence to lose.
  const logEntry = circle.events.find((e) => e.sourceRefs.includes(12));
  expect(impact).toEqual({
    discounted: [source(12)],
    fallen: [9, 10, 11, 12].map(source),
    claimsAffected: 4,
    claimsLosingAllEvidence: 4,
    claimsDroppingToOneOrigin: 0,
    claims: [lost('Night-shift'), lost('Channel Notes relayed'), lost('Anchor Wire relayed'), lost('Mooring Times drew on')],
    citedItems: [{ item: { id: logEntry?.id }, lostAll: true }],
    tensions: [],
  });
});
