import { readFileSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { loadStoryFile } from '../../src/ingest/load-story-file';
import { parseStoryDocument } from '../../src/ingest/parse/parse-story-document';
import { foldText } from '../../src/model/ids';
import type { ClaimNode, MentionNode, StoryGraphDocument } from '../../src/model/story-graph';
import { fixturePath, luminaV1, readFixture, replaceLine } from '../fixtures/stories/story-fixtures';

/**
 * Whatever the graph says a story says, the story says: the fidelity rules of issue 11, held on
 * the seed (document and overlay) and on both versions of the fixture story.
 */

const SEED = path.join(__dirname, '..', '..', 'seed', 'meta-surveillance-layoffs.v1.txt');
const seedText = readFileSync(SEED, 'utf8');
const parseFixture = (text: string) => parseStoryDocument(text, { file: fixturePath('lumina-health-breach.v1.txt'), storySlug: 'lumina-health-breach' });

let seed: StoryGraphDocument;
beforeAll(async () => {
  seed = await loadStoryFile(SEED);
});

const stories = (): [string, StoryGraphDocument, string][] => [
  ['the seed', seed, seedText],
  ['the fixture v1', parseFixture(luminaV1), luminaV1],
  ['the fixture v2', parseFixture(readFixture('lumina-health-breach.v2.txt')), readFixture('lumina-health-breach.v2.txt')],
];

const MARKER = /\s*\[(\d+)\]/g;

/** A line without its citation markers, and for each of its characters the index in the line as written. */
function stripMarkers(line: string): { text: string; at: number[] } {
  let text = '';
  const at: number[] = [];
  let from = 0;
  for (const match of line.matchAll(MARKER)) {
    for (let i = from; i < (match.index ?? 0); i += 1) {
      text += line[i];
      at.push(i);
    }
    from = (match.index ?? 0) + match[0].length;
  }
  for (let i = from; i < line.length; i += 1) {
    text += line[i];
    at.push(i);
  }
  return { text, at };
}

/** The citation markers that first follow `index` of a line as written, as one run. */
function markersAfter(line: string, index: number): number[] {
  const rest = line.slice(index);
  const first = /\[\d+\](?:\s*\[\d+\])*/.exec(rest);
  return first ? [...new Set([...first[0].matchAll(/\[(\d+)\]/g)].map((m) => Number(m[1])))] : [];
}

const mentionsOf = (doc: StoryGraphDocument) => doc.claims.flatMap((claim) => claim.mentions.map((mention) => ({ claim, mention })));

/** Where a mention's words stand in its line as written: start and end indexes, or undefined. */
function place(lines: string[], mention: MentionNode): { start: number; end: number; line: string } | undefined {
  const line = lines[mention.line - 1] ?? '';
  const stripped = stripMarkers(line);
  const index = stripped.text.indexOf(mention.text);
  if (index < 0) return undefined;
  // A sentence's markers stand before its closing punctuation: the words end at their last letter.
  const words = mention.text.replace(/[\s.,;:!?…]+$/u, '');
  return { start: stripped.at[index] ?? 0, end: (stripped.at[index + words.length - 1] ?? 0) + 1, line };
}

describe.each([0, 1, 2])('fidelity of story %#', (which) => {
  const story = () => stories()[which] as [string, StoryGraphDocument, string];

  it('places every mention verbatim on its line', () => {
    const [, doc, text] = story();
    const lines = text.split('\n');
    for (const { mention } of mentionsOf(doc)) expect([mention.line, mention.text, place(lines, mention) !== undefined]).toEqual([mention.line, mention.text, true]);
  });

  it('gives a mention the citations that close its words, and calls them direct only where no other claim stands between', () => {
    const [, doc, text] = story();
    const lines = text.split('\n');
    const all = mentionsOf(doc).map((entry) => ({ ...entry, at: place(lines, entry.mention) }));
    for (const { claim, mention, at } of all) {
      if (!at) continue;
      expect([claim.text, mention.citationRefs]).toEqual([claim.text, markersAfter(at.line, at.end)]);
      if (mention.citationScope !== 'direct') continue;
      const close = at.line.indexOf('[', at.end);
      const between = all.filter(
        (other) =>
          other.claim !== claim && other.mention.line === mention.line && other.at && other.at.start >= at.end && other.at.start < (close < 0 ? Infinity : close),
      );
      expect([claim.text, between.map((other) => other.claim.text)]).toEqual([claim.text, []]);
    }
  });

  it('has a speaker for every claim: the narrator, or an actor its lines name', () => {
    const [, doc, text] = story();
    const lines = text.split('\n');
    for (const claim of doc.claims) {
      expect(claim.speakerId).not.toBeNull();
      if (claim.speakerId === doc.story.narratorId) continue;
      const speaker = doc.actors.find((actor) => actor.id === claim.speakerId);
      const names = [speaker?.name ?? '', ...(speaker?.aliases ?? [])].filter((name) => name !== '');
      const named = claim.mentions.some((mention) => names.some((name) => (lines[mention.line - 1] ?? '').includes(name)));
      expect([claim.text, claim.speakerId, named]).toEqual([claim.text, claim.speakerId, true]);
    }
  });

  it('makes no claim of a bare quoted fragment, and a quote claim is verbatim and has a speaker other than the narrator', () => {
    const [, doc] = story();
    for (const claim of doc.claims) {
      expect(claim.text).not.toMatch(/^['‘"“][^'’"”]*['’"”][,.]?$/);
      if (claim.kind === 'quote') expect([claim.text, claim.verbatim, claim.speakerId === doc.story.narratorId]).toEqual([claim.text, true, false]);
    }
  });

  it('has one claim per speaker and statement', () => {
    const [, doc] = story();
    const keys = doc.claims.map((claim: ClaimNode) => `${claim.speakerId} ${foldText(claim.quote ?? claim.text)}`);
    expect(keys).toEqual([...new Set(keys)]);
  });

  it('makes no actor of a perspective qualifier', () => {
    const [, doc] = story();
    const names = new Set(doc.actors.flatMap((actor) => [actor.name, ...actor.aliases]));
    for (const perspective of doc.perspectives) if (perspective.qualifier) expect(names.has(perspective.qualifier)).toBe(false);
  });

  it('credits no quote to a publisher the text does not name as its speaker', () => {
    const [, doc, text] = story();
    const lines = text.split('\n');
    const publishers = new Set(doc.sources.flatMap((source) => (source.publisherId === null ? [] : [source.publisherId])));
    for (const claim of doc.claims.filter((c) => c.kind === 'quote' && publishers.has(c.speakerId ?? ''))) {
      const speaker = doc.actors.find((actor) => actor.id === claim.speakerId);
      const names = [speaker?.name ?? '', ...(speaker?.aliases ?? [])];
      expect(claim.mentions.some((m) => names.some((name) => name !== '' && m.text.includes(name)))).toBe(true);
      void lines;
    }
  });
});

describe('the seed errors of issue 11', () => {
  const claimsQuoting = (span: string) => seed.claims.filter((claim) => claim.quote === span || claim.text.includes(`'${span}'`) && claim.kind === 'quote');

  it("K7, K8, K6: a scare-quoted label is no claim of its own ('helping…', 'training…', 'learning from our best people')", () => {
    for (const label of ['helping employees work better', 'training their replacement', 'learning from our best people', 'routine monitoring']) {
      expect([label, seed.claims.filter((claim) => claim.quote === label).map((claim) => claim.text)]).toEqual([label, []]);
    }
  });

  it('K2, K12: a clause without a subject is no claim', () => {
    const fragments = seed.claims.filter((claim) => /^(decided|suggesting)\b/.test(claim.text));
    expect(fragments.map((claim) => claim.text)).toEqual([]);
  });

  it("K1: 'really smart people' is one claim of Zuckerberg's, with the passage crediting Meta recorded on its mention, and the audio as its evidence", () => {
    const [claim, ...others] = claimsQuoting('really smart people');
    expect(others).toEqual([]);
    expect(claim).toMatchObject({ kind: 'quote', verbatim: true, speakerId: 'actor:mark-zuckerberg', sourceRefs: [2] });
    const sections = claim?.mentions.map((m) => [m.section, m.line, m.citationScope, m.attributedToId]);
    expect(sections).toEqual(
      expect.arrayContaining([
        ['what', 5, 'inherited', undefined],
        ['narrative', 14, 'direct', undefined],
        ['tensions', 38, 'inherited', 'actor:meta'],
      ]),
    );
  });

  it("K3, K4: Meta's public framing is never backed directly by the leaked recording", () => {
    for (const claim of seed.claims.filter((c) => /public framing/.test(c.text) && c.speakerId !== seed.story.narratorId)) {
      expect(claim.text).toBe('no claim of Meta about its public framing');
    }
    for (const claim of seed.claims.filter((c) => /^Meta's public framing/.test(c.text))) {
      for (const mention of claim.mentions) if (mention.citationRefs.includes(2)) expect(mention.citationScope).toBe('inherited');
    }
  });

  it("K5: the all-hands disclosure is the narrator's account in What and Narrative, and Zuckerberg's words are said internally and leaked later", () => {
    const narrator = seed.story.narratorId;
    const what = seed.claims.find((claim) => claim.text.startsWith('Meta secretly monitored'));
    const narrative = seed.claims.find((claim) => claim.text.startsWith('In late April 2026'));
    expect([what?.speakerId, narrative?.speakerId]).toEqual([narrator, narrator]);
    const disclosed = seed.claims.find((claim) => claim.text.startsWith('the company had been collecting'));
    expect(disclosed).toMatchObject({
      verbatim: false,
      speakerId: 'actor:mark-zuckerberg',
      assertedBy: [
        {
          actorId: 'actor:mark-zuckerberg',
          channel: 'internal',
          at: '2026-04-30',
          disclosures: [{ channel: 'leaked', at: '2026-05-21', sourceId: 'source:meta-surveillance-layoffs:all-hands-audio' }],
        },
      ],
    });
  });

  it('channels over time: nothing is asserted on the leaked channel; a leak is a later disclosure of an internal assertion', () => {
    const assertions = seed.claims.flatMap((claim) => claim.assertedBy.map((a) => ({ claim: claim.text, ...a })));
    expect(assertions.filter((a) => a.channel === 'leaked')).toEqual([]);
    const really = claimsQuoting('really smart people')[0];
    expect(really?.assertedBy).toEqual([
      {
        actorId: 'actor:mark-zuckerberg',
        channel: 'internal',
        at: '2026-04-30',
        disclosures: [{ channel: 'leaked', at: '2026-05-21', sourceId: 'source:meta-surveillance-layoffs:all-hands-audio' }],
      },
    ]);
  });

  it('item 9: tension sides hold what their line states, so 3 tensions make 4 oppositions, not 19', () => {
    const pairs = seed.tensions.reduce((sum, t) => sum + t.sideA.claimIds.length * t.sideB.claimIds.length, 0);
    expect(pairs).toBe(4);
    for (const tension of seed.tensions) {
      const line = seed.claims.filter((claim) => [...tension.sideA.claimIds, ...tension.sideB.claimIds].includes(claim.id));
      for (const claim of line) expect(claim.mentions.some((m) => m.section === 'tensions' && m.text !== '' && tension.text.includes(m.text))).toBe(true);
    }
  });

  it('counts claims, not mentions: one statement repeated across sections is one claim', () => {
    const mentions = seed.claims.reduce((sum, claim) => sum + claim.mentions.length, 0);
    expect(mentions).toBeGreaterThan(seed.claims.length);
  });
});

describe('the speaker rule on generated sentences', () => {
  const QUOTE = 'we moved as fast as we could';
  const WHAT_LINE = 5;
  const subjects = ['Dana Whitfield', 'Whitfield', "Whitfield's statement", "Whitfield's critics", 'The spokesperson', 'Someone at the company'];
  const verbs = ['said', 'wrote', 'told reporters', 'argued', 'stated', 'posted', 'insisted', 'repeated', 'joked about', 'ignored', 'doubted'];
  const SAYING = new Set(['said', 'wrote', 'told reporters', 'argued', 'stated', 'posted', 'insisted']);

  it('makes a quote a claim of the actor a verb of saying next to it names, and of no one otherwise', () => {
    fc.assert(
      fc.property(fc.constantFrom(...subjects), fc.constantFrom(...verbs), fc.boolean(), (subject, verb, afterwards) => {
        const sentence = afterwards ? `'${QUOTE},' ${subject} ${verb} [1].` : `${subject} ${verb} that '${QUOTE}' [1].`;
        const doc = parseFixture(replaceLine(luminaV1, WHAT_LINE, sentence));
        const claims = doc.claims.filter((claim) => claim.quote === QUOTE);
        // "Whitfield's critics said …" gives the words to the critics, whom no actor names; "Whitfield's statement said …" to her.
        const attributed = subject.includes('Whitfield') && !subject.includes('critics') && SAYING.has(verb);
        if (attributed) {
          expect(claims.map((c) => [c.speakerId, c.verbatim, c.kind])).toEqual([['actor:dana-whitfield', true, 'quote']]);
        } else {
          expect(claims).toEqual([]);
        }
      }),
      { numRuns: 200 },
    );
  });

  it("keeps a parenthesized label after a framing noun out of the claims, as the narrator's characterization", () => {
    fc.assert(
      fc.property(fc.constantFrom('framing', 'account', 'description', 'summary'), fc.constantFrom('Whitfield', 'Lumina Health'), (noun, owner) => {
        const doc = parseFixture(replaceLine(luminaV1, WHAT_LINE, `${owner}'s ${noun} ('${QUOTE}') drew criticism [1].`));
        expect(doc.claims.filter((claim) => claim.quote === QUOTE)).toEqual([]);
      }),
      { numRuns: 20 },
    );
  });
});

describe('actors named by a definite description', () => {
  it("finds 'the security team' as the actor whose name ends in those words, and gives it the words it is said to call the intrusion", () => {
    const doc = parseFixture(luminaV1);
    const [claim, ...others] = doc.claims.filter((c) => c.quote === 'a confirmed exfiltration');
    expect(others).toEqual([]);
    expect(claim).toMatchObject({ speakerId: 'actor:lumina-health-security-team', verbatim: true });
    expect(claim?.mentions.map((m) => [m.section, m.text])).toEqual([
      ['narrative', "the security team calling it 'a confirmed exfiltration'"],
      ['tensions', 'a confirmed exfiltration'],
    ]);
    expect(doc.tensions[0]?.sideB.claimIds).toContain(claim?.id);
    // The sentence names no channel; the team's perspective does: "Lumina Health security team (internal)".
    expect(claim?.assertedBy).toEqual([{ actorId: 'actor:lumina-health-security-team', channel: 'internal', disclosures: [] }]);
  });

  it("takes no description of a single word ('the authority')", () => {
    const doc = parseFixture(replaceLine(luminaV1, 13, "On February 3, the authority said it was 'a confirmed exfiltration' [3]."));
    expect(doc.claims.filter((c) => c.quote === 'a confirmed exfiltration')).toEqual([]);
  });
});

describe('one claim, many mentions, on generated repetitions', () => {
  const QUOTE = 'acted as quickly as the facts allowed';
  /** Lines of the fixture a repetition can be appended to, and how each repetition may be worded. */
  const places = [7, 13, 14, 23, 26];
  const wordings = [
    `Whitfield later repeated that '${QUOTE}' [1].`,
    `'${QUOTE},' she said again [1].`,
    `Critics mocked the '${QUOTE}' line [2].`,
    `Lumina Health's statement ('${QUOTE}') drew scorn [3].`,
  ];

  it('makes every repetition of a quote a mention of its one claim, spoken by the person the text gives it to', () => {
    fc.assert(
      fc.property(fc.uniqueArray(fc.constantFrom(...places), { maxLength: places.length }), fc.array(fc.constantFrom(...wordings), { minLength: 5, maxLength: 5 }), (at, words) => {
        let text = luminaV1;
        at.forEach((line, i) => {
          text = replaceLine(text, line, `${text.split('\n')[line - 1]} ${words[i]}`);
        });
        const doc = parseFixture(text);
        const claims = doc.claims.filter((claim) => claim.quote === QUOTE || claim.text === QUOTE);
        expect(claims).toHaveLength(1);
        const [claim] = claims;
        expect(claim?.speakerId).toBe('actor:dana-whitfield');
        // Once in What, once in the first tension's side, and once per repetition.
        expect(claim?.mentions).toHaveLength(2 + at.length);
        expect(claim?.mentions.map((m) => m.position)).toEqual([...(claim?.mentions.map((m) => m.position) ?? [])].sort((a, b) => a - b));
      }),
      { numRuns: 60 },
    );
  });
});
