import { readFileSync } from 'node:fs';
import path from 'node:path';
import { storyIds } from '../../../model/ids';
import { StoryGraphDocument } from '../../../model/story-graph';
import { parseStoryDocument } from '../../parse/parse-story-document';
import { applyOverlay } from '../apply-overlay';
import { OverlayError } from '../overlay-error';
import { readOverlay } from '../read-overlay';
import { OVERLAY_FORMAT, StoryOverlay, type StoryOverlayInput } from '../story-overlay';

const root = path.resolve(__dirname, '../../../..');
const seed = parseStoryDocument(readFileSync(path.join(root, 'seed/meta-surveillance-layoffs.v1.txt'), 'utf8'), {
  file: 'seed.txt',
  storySlug: 'meta-surveillance-layoffs',
});
const overlayFile = path.join(root, 'seed/meta-surveillance-layoffs.overlay.json');
const FILE = 'meta-surveillance-layoffs.overlay.json';

const apply = (overlay: Omit<StoryOverlayInput, 'format'>) =>
  applyOverlay(seed, StoryOverlay.parse({ format: OVERLAY_FORMAT, ...overlay }), { file: FILE });

function overlayError(run: () => unknown): OverlayError {
  try {
    run();
  } catch (error) {
    if (error instanceof OverlayError) return error;
    throw error;
  }
  throw new Error('expected an OverlayError');
}

describe('the seed overlay', () => {
  const curated = applyOverlay(seed, readOverlay(readFileSync(overlayFile, 'utf8'), { file: overlayFile }), { file: overlayFile });
  const source = (id: string) => curated.sources.find((s) => s.id === `source:meta-surveillance-layoffs:${id}`);

  it('yields a valid graph and leaves the parsed one untouched', () => {
    expect(StoryGraphDocument.parse(curated)).toEqual(curated);
    expect(seed.sources).toHaveLength(4);
    expect(seed.claims.every((claim) => claim.supports.length === 0)).toBe(true);
  });

  it('adds the relayed underlying items as unnumbered sources the posts derive from', () => {
    expect(source('all-hands-audio')).toEqual({
      id: 'source:meta-surveillance-layoffs:all-hands-audio',
      title: 'Leaked April 30 all-hands audio',
      publisher: null,
      publisherId: null,
      authorIds: ['actor:mark-zuckerberg'],
      publishedAt: '2026-05-21',
      recordedAt: '2026-04-30',
      kind: 'audio',
      channel: 'leaked',
      derivedFrom: [],
    });
    expect(source('2')?.derivedFrom).toEqual([
      { sourceId: 'source:meta-surveillance-layoffs:all-hands-audio', how: 'relays leaked all-hands audio' },
    ]);
  });

  it('creates actors, and adds aliases by which later references find them', () => {
    expect(curated.actors.slice(-2)).toEqual([
      { id: 'actor:meta-employees', name: 'Meta employees', kind: 'group', aliases: [] },
      { id: 'actor:analysts-and-commentators', name: 'Analysts and commentators', kind: 'group', aliases: ['analysts'] },
    ]);
    expect(curated.events[1]?.participantIds).toEqual(['actor:meta', 'actor:meta-employees', 'actor:mark-zuckerberg']);
  });

  it('places an extra claim after the claim it names, its mention after the words it was cut from, and renumbers positions', () => {
    const index = curated.claims.findIndex((claim) => claim.text === 'the pattern is replicable at any company with productivity monitoring software');
    expect(curated.claims[index - 1]?.text).toMatch(/^The gap between Meta's public framing/);
    expect(curated.claims[index]).toMatchObject({
      speakerId: 'actor:analysts-and-commentators',
      assertedBy: [{ actorId: 'actor:analysts-and-commentators', channel: 'public', disclosures: [] }],
      mentions: [{ section: 'why_it_matters', line: 7, citationRefs: [1], citationScope: 'direct' }],
    });
    expect(curated.claims[index]?.mentions[0]?.position).toBe((curated.claims[index - 1]?.mentions[0]?.position ?? 0) + 1);
    expect(curated.claims.map((claim) => claim.position)).toEqual(curated.claims.map((_, i) => i));
    const positions = curated.claims.flatMap((claim) => claim.mentions.map((mention) => mention.position));
    expect(positions.sort((a, b) => a - b)).toEqual(positions.map((_, i) => i));
  });

  it('leaves to derivation from the sources what they show: who said a quote, on which channel, when, and its later leak', () => {
    const quote = (span: string) => curated.claims.find((c) => c.kind === 'quote' && c.quote === span);
    expect(quote('really smart people')?.assertedBy).toEqual([
      {
        actorId: 'actor:mark-zuckerberg',
        channel: 'internal',
        at: '2026-04-30',
        disclosures: [{ channel: 'leaked', at: '2026-05-21', sourceId: 'source:meta-surveillance-layoffs:all-hands-audio' }],
      },
    ]);
    expect(quote("success isn't a given")?.assertedBy).toEqual([
      { actorId: 'actor:mark-zuckerberg', channel: 'internal', at: '2026-05-20', disclosures: [{ channel: 'public', at: '2026-05-20', sourceId: 'source:meta-surveillance-layoffs:3' }] },
    ]);
    expect(quote('gotten a lot blurrier')?.assertedBy).toEqual([{ actorId: 'actor:the-neuron', channel: 'public', at: '2026-05-21', disclosures: [] }]);
    // Without the overlay's sources, nothing shows that Zuckerberg made the audio: the wording's channel stands.
    expect(seed.claims.find((c) => c.quote === 'really smart people')?.assertedBy).toEqual([{ actorId: 'actor:mark-zuckerberg', channel: 'leaked', disclosures: [] }]);
  });

  it('replaces assertedBy, supports, tension sides and question concerns; addAssertedBy adds', () => {
    const disclosed = curated.claims.find((c) => c.text.startsWith('the company had been collecting'));
    // Two underlying items of Zuckerberg's lie behind [1]: only the overlay can say the all-hands audio is the one.
    expect(disclosed?.assertedBy).toEqual([
      {
        actorId: 'actor:mark-zuckerberg',
        channel: 'internal',
        at: '2026-04-30',
        disclosures: [{ channel: 'leaked', at: '2026-05-21', sourceId: 'source:meta-surveillance-layoffs:all-hands-audio' }],
      },
    ]);
    // A sentence never supports a piece of its own words (the model refuses it).
    expect(curated.claims.every((c) => c.supports.length === 0)).toBe(true);
    expect(curated.questions[2]?.concerns.slice(-2)).toEqual([curated.events[2]?.id, 'actor:meta']);
    const added = apply({
      actors: [{ actor: 'Analysts and commentators', kind: 'group', addAliases: ['analysts'] }],
      claims: [{ claim: { quote: "success isn't a given" }, addAssertedBy: [{ actor: 'analysts', channel: 'public' }, { actor: 'Mark Zuckerberg', channel: 'internal' }] }],
    });
    expect(added.claims.find((c) => c.quote === "success isn't a given")?.assertedBy).toEqual([
      { actorId: 'actor:mark-zuckerberg', channel: 'internal', disclosures: [] },
      { actorId: 'actor:analysts-and-commentators', channel: 'public', disclosures: [] },
    ]);
  });
});

describe('curated claim texts and removed claims', () => {
  const ids = storyIds('meta-surveillance-layoffs');
  const privateFraming = "Zuckerberg's private framing ('learning from really smart people')";
  const relabelled = "Zuckerberg's private framing, 'learning from really smart people'";

  it('give a claim its curated text and the id of that text; references to it follow', () => {
    const curated = apply({
      claims: [
        { claim: { quote: "success isn't a given" }, supports: [{ text: privateFraming }] },
        { claim: { text: privateFraming }, text: relabelled, kind: 'quote' },
      ],
    });
    const renamed = curated.claims.find((claim) => claim.text === relabelled);
    expect(renamed).toMatchObject({ id: ids.claim(relabelled), kind: 'quote' });
    expect(curated.claims.some((claim) => claim.id === ids.claim(privateFraming))).toBe(false);
    expect(curated.claims.find((claim) => claim.quote === "success isn't a given")?.supports).toEqual([ids.claim(relabelled)]);
    expect(curated.tensions[0]?.sideB.claimIds).toEqual([ids.claim(relabelled), ids.claim('really smart people')]);
  });

  it('remove parsed claims, and the tension sides naming them, before extra claims are placed and positions renumbered', () => {
    const curated = apply({
      removeClaims: [{ text: 'Employee value as human capital' }, { text: 'employee value as AI training data' }],
      extraClaims: [{ text: 'decided 8,000 of them were expendable', kind: 'statement', section: 'tensions', sourceRefs: [3, 2, 1] }],
      tensions: [
        { tension: { position: 2 }, sideA: [{ quote: 'really smart people' }], sideB: [{ text: 'decided 8,000 of them were expendable' }] },
      ],
    });
    expect(curated.claims).toHaveLength(seed.claims.length - 1);
    expect(curated.claims.map((claim) => claim.position)).toEqual(curated.claims.map((_, i) => i));
    expect(curated.claims.some((claim) => claim.text === 'Employee value as human capital')).toBe(false);
    expect(curated.tensions[2]?.sideB.claimIds).toEqual([ids.claim('decided 8,000 of them were expendable')]);
  });

  it.each<[string, Omit<StoryOverlayInput, 'format'>, string]>([
    ['a text another claim has', { claims: [{ claim: { text: privateFraming }, text: 'Employee value as human capital' }] }, `claims[0].text: the story already has this claim (${ids.claim('Employee value as human capital')})`],
    ['an unknown claim to remove', { removeClaims: [{ quote: 'nothing like it' }] }, 'removeClaims[0]: no claim quoting "nothing like it" in the story'],
    ['a tension side left without claims', { removeClaims: [{ text: 'Employee value as human capital' }] }, '(top level): the curated graph is invalid at tensions.2.sideA.claimIds'],
  ])('refuse %s', (_name, overlay, message) => {
    expect(overlayError(() => apply(overlay)).message).toContain(`${FILE}: ${message}`);
  });
});

describe('same claims in other words', () => {
  const ids = storyIds('meta-surveillance-layoffs');
  const l5 = 'no further company-wide layoffs are expected for the remainder of 2026';
  const l16 = 'Meta does not expect additional company-wide layoffs for the remainder of 2026';

  it("make a restatement's mentions the claim's, keep the claim's text, and point references to the restatement at it", () => {
    const curated = apply({
      questions: [{ question: { position: 3 }, concerns: [{ claim: { text: l16 } }] }],
    });
    expect(curated.questions[3]?.concerns).toEqual([ids.claim(l16)]);
    const merged = apply({
      sameClaims: [{ claim: { text: l5 }, restatements: [{ text: l16 }, { text: 'no further cuts' }] }],
      questions: [{ question: { position: 3 }, concerns: [{ claim: { text: l5 } }] }],
    });
    const claim = merged.claims.find((c) => c.text === l5);
    expect(claim?.mentions.map((m) => [m.section, m.line])).toEqual([['what', 5], ['narrative', 16], ['tensions', 37]]);
    expect(claim?.mentions.map((m) => m.position)).toEqual([...(claim?.mentions.map((m) => m.position) ?? [])].sort((a, b) => a - b));
    expect(merged.claims.some((c) => c.text === l16 || c.text === 'no further cuts')).toBe(false);
    expect(merged.tensions[1]?.sideA.claimIds).toEqual([ids.claim("Zuckerberg's post-layoff reassurance of no further cuts"), ids.claim(l5)]);
    expect(merged.claims.map((c) => c.position)).toEqual(merged.claims.map((_, i) => i));
  });

  it.each<[string, Omit<StoryOverlayInput, 'format'>, string]>([
    ['an unknown restatement', { sameClaims: [{ claim: { text: l5 }, restatements: [{ text: 'Nobody said this.' }] }] }, 'sameClaims[0].restatements[0]: no claim with text "Nobody said this." in the story'],
    ['an unknown claim', { sameClaims: [{ claim: 'claim:meta-surveillance-layoffs:000000000000', restatements: [{ text: l16 }] }] }, 'sameClaims[0].claim: no claim claim:meta-surveillance-layoffs:000000000000 in the story'],
    ['the claim itself', { sameClaims: [{ claim: { text: l5 }, restatements: [ids.claim(l5)] }] }, `sameClaims[0].restatements[0]: is the claim it would restate (${ids.claim(l5)})`],
    [
      "another speaker's claim",
      { sameClaims: [{ claim: { text: l5 }, restatements: [{ quote: 'learn by watching employees do it, then replace them' }] }] },
      `sameClaims[0].restatements[0]: is spoken by actor:the-neuron, not by actor:mark-zuckerberg like the claim it would restate (${ids.claim(l5)})`,
    ],
  ])('name the file and JSON path of %s', (_name, overlay, message) => {
    const error = overlayError(() => apply(overlay));
    expect(error.file).toBe(FILE);
    expect(error.message).toContain(`${FILE}: ${message}`);
  });
});

describe('overlay references', () => {
  it('find claims by id, exact text, text up to quote style and spacing, or quoted span', () => {
    const target = seed.claims.find((claim) => claim.quote === "success isn't a given");
    for (const claim of [target?.id ?? '', { text: "success isn't a given" }, { text: 'SUCCESS  isn’t a given' }, { quote: "success isn't a given" }]) {
      const curated = apply({ claims: [{ claim, kind: 'framing' }] });
      expect(curated.claims.find((c) => c.id === target?.id)?.kind).toBe('framing');
    }
  });

  it.each<[string, Omit<StoryOverlayInput, 'format'>, string]>([
    ['an unknown claim text', { claims: [{ claim: { text: 'Nobody said this.' }, kind: 'prediction' }] }, 'claims[0].claim: no claim with text "Nobody said this." in the story'],
    [
      'an ambiguous quoted span',
      {
        extraClaims: [{ text: "'success isn't a given,' he wrote", kind: 'quote', quote: "success isn't a given", section: 'narrative' }],
        claims: [{ claim: { quote: "success isn't a given" }, kind: 'framing' }],
      },
      'claims[0].claim: claim quoting "success isn\'t a given" is ambiguous: 2 match; name one by id',
    ],
    ['an unknown actor in an assertion', { claims: [{ claim: { quote: "success isn't a given" }, addAssertedBy: [{ actor: 'Sheryl Sandberg', channel: 'public' }] }] }, 'claims[0].addAssertedBy[0].actor: no actor "Sheryl Sandberg" in the story'],
    ['an actor to create without kind', { actors: [{ actor: 'Meta employees' }] }, 'actors[0].actor: no actor "Meta employees" in the story; give a kind to create it'],
    ['an unknown source number', { sources: [{ source: 9, kind: 'memo' }] }, 'sources[0].source: no source [9] in the story'],
    ['an unknown derivedFrom source', { sources: [{ source: 2, derivedFrom: [{ source: 'audio' }] }] }, 'sources[0].derivedFrom[0].source: no source "audio" in the story'],
    ['an extra source whose key is taken', { extraSources: [{ key: 'memo', title: 'M', publisher: 'Meta', kind: 'memo' }, { key: 'memo', title: 'N', publisher: 'Meta', kind: 'memo' }] }, 'extraSources[1].key: the story already has a source source:meta-surveillance-layoffs:memo'],
    [
      'an extra source recorded after it became public',
      { extraSources: [{ key: 'tape', title: 'T', recordedAt: '2026-05-22', publishedAt: '2026-05-21', kind: 'audio' }] },
      'extraSources[0].recordedAt: recorded on 2026-05-22, after it became public on 2026-05-21',
    ],
    ['an extra source by an unknown publisher', { extraSources: [{ key: 'memo', title: 'M', publisher: 'Acme', kind: 'memo' }] }, 'extraSources[0].publisher: no actor "Acme"'],
    ['an extra claim citing a missing source', { extraClaims: [{ text: 'A prediction.', kind: 'prediction', section: 'what', sourceRefs: [1, 5] }] }, 'extraClaims[0].sourceRefs[1]: no source [5] in the story'],
    ['an extra claim that exists', { extraClaims: [{ text: 'routine monitoring', kind: 'quote', section: 'what' }, { text: 'routine monitoring', kind: 'quote', section: 'what' }] }, 'extraClaims[1].text: the story already has this claim'],
    ['an unknown tension position', { tensions: [{ tension: { position: 3 }, sideA: [{ quote: 'really smart people' }] }] }, 'tensions[0].tension: no tension at position 3 in the story'],
    ['an unknown side claim', { tensions: [{ tension: { position: 0 }, sideB: ['claim:meta-surveillance-layoffs:000000000000'] }] }, 'tensions[0].sideB[0]: no claim claim:meta-surveillance-layoffs:000000000000 in the story'],
    ['an unknown event', { events: [{ event: 'event:meta-surveillance-layoffs:nope', participants: [] }] }, 'events[0].event: no event event:meta-surveillance-layoffs:nope in the story'],
    ['an unknown question concern', { questions: [{ question: { position: 1 }, concerns: [{ event: { text: 'Nothing happened.' } }] }] }, 'questions[0].concerns[0].event: no event with text "Nothing happened." in the story'],
  ])('name the file and JSON path of %s', (_name, overlay, message) => {
    const error = overlayError(() => apply(overlay));
    expect(error.file).toBe(FILE);
    expect(error.message).toContain(`${FILE}: ${message}`);
  });
});

describe('readOverlay', () => {
  it.each([
    ['{ "format": ', '(top level): expected JSON, found a syntax error'],
    ['{ "format": "claimgraph/overlay@2" }', 'format: '],
    [`{ "format": "${OVERLAY_FORMAT}", "claims": [{ "claim": { "text": "x" }, "kind": "rumour" }] }`, 'claims[0].kind: '],
    [`{ "format": "${OVERLAY_FORMAT}", "events": [{ "event": { "position": 0 }, "participants": [], "when": 1 }] }`, 'events[0]: '],
    [`{ "format": "${OVERLAY_FORMAT}", "extraSources": [{ "key": "Memo", "title": "t", "publisher": "p", "kind": "memo" }] }`, 'extraSources[0].key: expected a key'],
    [`{ "format": "${OVERLAY_FORMAT}", "claims": [{ "claim": "x" }] }`, 'claims[0].claim: '],
    [
      `{ "format": "${OVERLAY_FORMAT}", "claims": [{ "claim": { "quote": "x" }, "assertedBy": [{ "actor": "Meta", "channel": "public", "at": "2026-02-30" }] }] }`,
      'claims[0].assertedBy[0].at: expected a calendar date YYYY-MM-DD',
    ],
  ])('refuses %s', (text, message) => {
    const error = overlayError(() => readOverlay(text, { file: FILE }));
    expect(error.message).toContain(`${FILE}: ${message}`);
    expect(error.path).toEqual(expect.any(Array));
  });

  it('fills in defaults for an overlay that only names its format', () => {
    expect(readOverlay(`{ "format": "${OVERLAY_FORMAT}" }`, { file: FILE })).toMatchObject({ actors: [], claims: [], questions: [] });
    expect(apply({})).toEqual(seed);
  });
});
