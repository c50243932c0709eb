import { readFileSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { loadStoryFile } from '../../src/ingest/load-story-file';
import { parseStoryDocument } from '../../src/ingest/parse/parse-story-document';
import { foldText } from '../../src/model/ids';
import type { ClaimNode, MentionNode, StoryGraphDocument } from '../../src/model/story-graph';
import { fixturePath, luminaV1, readFixture, relayCircleFile, replaceLine } from '../fixtures/stories/story-fixtures';

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
  ['the relay-circle fixture', parseStoryDocument(readFixture('relay-circle.v1.txt'), { file: relayCircleFile, storySlug: 'relay-circle' }), readFixture('relay-circle.v1.txt')],
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

/** "the line … has, in The Neuron's framing, '…'" as the claim it states: "the line … has '…'". */
const withoutInsertedAttribution = (words: string) => words.replace(/,\s+in\s+[^,]+,\s+(?=['‘"“])/u, ' ');

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

  it('makes no claim of a bare quoted fragment, and a quote claim is verbatim (or its quote is, in its mentions) and has a speaker other than the narrator', () => {
    const [, doc] = story();
    for (const claim of doc.claims) {
      expect(claim.text).not.toMatch(/^['‘"“][^'’"”]*['’"”][,.]?$/);
      if (claim.kind !== 'quote') continue;
      // Verbatim as a whole, or the narrator's words a quotation completes ("the line … has 'gotten a lot blurrier'"): then only its quote is.
      const completes = claim.text !== claim.quote;
      expect([claim.text, claim.verbatim, claim.speakerId === doc.story.narratorId]).toEqual([claim.text, !completes, false]);
      const asWritten = claim.mentions.some((m) => (completes ? withoutInsertedAttribution(m.text) === claim.text : m.text.includes(claim.quote ?? '')));
      expect([claim.text, asWritten]).toEqual([claim.text, true]);
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

  it('item 9: tension sides hold what their line states, so 3 tensions make 5 oppositions, not 19', () => {
    // Tension 1: Meta's label against Zuckerberg's label and quote; 2: the narrator's label and Zuckerberg's reassurance against the structural logic; 3: one against one.
    const pairs = seed.tensions.reduce((sum, t) => sum + t.sideA.claimIds.length * t.sideB.claimIds.length, 0);
    expect(pairs).toBe(5);
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

describe("the independent audit's errors (seed/meta-surveillance-layoffs.audit-independent.md §2)", () => {
  const ZUCKERBERG = 'actor:mark-zuckerberg';
  const META = 'actor:meta';
  const reassurance = () => seed.claims.filter((claim) => claim.speakerId === ZUCKERBERG && /no further|additional company-wide layoffs/.test(claim.text));
  const mentionAt = (claim: ClaimNode | undefined, line: number) => claim?.mentions.find((mention) => mention.line === line);

  it("#1: Zuckerberg's reassurance, worded differently on L5 and L16, is one claim", () => {
    const [claim, ...others] = reassurance();
    expect(others.map((c) => c.text)).toEqual([]);
    expect(claim?.text).toBe('no further company-wide layoffs are expected for the remainder of 2026');
    expect(claim?.mentions.map((m) => m.line)).toEqual(expect.arrayContaining([5, 16]));
  });

  it('#2: the open question on L12 mentions the reassurance, its [4] direct', () => {
    const at12 = mentionAt(reassurance()[0], 12);
    expect(at12).toMatchObject({ section: 'questions', text: 'Zuckerberg pledged no further company-wide layoffs for 2026', citationRefs: [4], citationScope: 'direct' });
  });

  it("#3: the timeline's attributed quote on L19 is a mention of 'success isn't a given', its citations inherited", () => {
    const claim = seed.claims.find((c) => c.quote === "success isn't a given");
    expect(mentionAt(claim, 19)).toMatchObject({ section: 'timeline', citationRefs: [3, 1], citationScope: 'inherited' });
  });

  it("#4: tension 2's side A reaches Zuckerberg's reassurance, so a CONTRADICTS edge touches it", () => {
    const [claim] = reassurance();
    const tension = seed.tensions.find((t) => t.text.startsWith("Zuckerberg's post-layoff reassurance"));
    expect(tension?.sideA.claimIds).toContain(claim?.id);
    expect(mentionAt(claim, 37)).toMatchObject({ section: 'tensions', citationRefs: [4], citationScope: 'direct' });
  });

  it("#9: The Neuron's 'gotten a lot blurrier' is credited as the whole proposition it completes", () => {
    const claims = seed.claims.filter((c) => c.quote === 'gotten a lot blurrier' || c.text === 'gotten a lot blurrier');
    expect(claims.map((c) => [c.text, c.quote, c.speakerId, c.verbatim])).toEqual([
      ["the line between 'helping employees work better' and 'training their replacement' has 'gotten a lot blurrier'", 'gotten a lot blurrier', 'actor:the-neuron', false],
    ]);
    expect(claims[0]?.mentions.map((m) => m.text)).toEqual(["the line between 'helping employees work better' and 'training their replacement' has, in The Neuron's framing, 'gotten a lot blurrier'"]);
  });

  it("#10: Meta's public characterization of the monitoring (L14) is a paraphrase claim of Meta's on the public channel, evidence [1]", () => {
    const claim = seed.claims.find((c) => c.speakerId === META && mentionAt(c, 14) !== undefined);
    expect(claim).toMatchObject({
      text: 'the monitoring as routine software usage data collection rather than a deliberate program to extract and replicate expert human capability',
      kind: 'statement',
      verbatim: false,
      sourceRefs: [1],
    });
    expect(claim?.assertedBy.map((a) => [a.actorId, a.channel])).toEqual([[META, 'public']]);
  });

  it("#11: Meta's announcement of the 7,000 reassignments (L15) is a paraphrase claim of Meta's, evidence [1]", () => {
    const claim = seed.claims.find((c) => c.speakerId === META && mentionAt(c, 15) !== undefined);
    expect(claim).toMatchObject({ text: 'the reassignment of 7,000 workers to AI-focused teams', kind: 'statement', verbatim: false, sourceRefs: [1] });
    expect(mentionAt(claim, 15)?.text).toBe('Meta had previously announced the reassignment of 7,000 workers to AI-focused teams');
  });
});

describe('reported speech with a noun object, on generated sentences', () => {
  const WHAT_LINE = 5;
  const objects = ['the closure of two clinics', 'a review of every vendor account', 'no further layoffs this year', 'its plans for a second audit'];
  const speech = ['announced', 'pledged', 'promised', 'had announced', 'had previously announced'];
  const other = ['ignored', 'executed', 'postponed', 'had delayed', 'reviewed', 'doubted'];

  it('makes "X announced N" a paraphrase claim of X with N as its text, and leaves non-speech verbs alone', () => {
    fc.assert(
      fc.property(fc.constantFrom(...speech, ...other), fc.constantFrom(...objects), fc.constantFrom('Dana Whitfield', 'Lumina Health'), fc.boolean(), (verb, object, subject, tail) => {
        const sentence = `${subject} ${verb} ${object}${tail ? ', citing pressure from regulators' : ''} [1].`;
        const doc = parseFixture(replaceLine(luminaV1, WHAT_LINE, sentence));
        const claims = doc.claims.filter((claim) => claim.text === object);
        if (speech.includes(verb)) {
          const speaker = subject === 'Dana Whitfield' ? 'actor:dana-whitfield' : 'actor:lumina-health';
          expect(claims.map((c) => [c.speakerId, c.verbatim, c.kind, c.mentions.map((m) => m.text)])).toEqual([[speaker, false, 'statement', [`${subject} ${verb} ${object}`]]]);
        } else {
          expect(claims).toEqual([]);
        }
        expect(doc.claims.filter((claim) => claim.speakerId !== doc.story.narratorId && claim.text.includes(verb))).toEqual([]);
      }),
      { numRuns: 150 },
    );
  });

  it('takes no object that is a time, no relative clause\'s gap, no subject after a preposition', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(
          'Lumina Health announced this week that it had hired auditors [1].',
          'Patients doubted the closure of two clinics that Lumina Health announced the next day [1].',
          'Reporters at Lumina Health announced the closure of two clinics [1].',
          'The closure of two clinics, which Dana Whitfield pledged the following week, never came [1].',
        ),
        (sentence) => {
          const doc = parseFixture(replaceLine(luminaV1, WHAT_LINE, sentence));
          expect([sentence, doc.claims.filter((c) => c.speakerId !== doc.story.narratorId && c.mentions.some((m) => m.line === WHAT_LINE)).map((c) => c.text)]).toEqual([sentence, []]);
        },
      ),
      { numRuns: 8 },
    );
  });

  it('reads "X characterized N as C" (also through "X\'s statement, which had characterized …") and wants the "as"', () => {
    const as = 'the breach as a minor billing incident';
    for (const [sentence, claimed] of [
      [`Lumina Health characterized ${as} [1].`, true],
      [`Lumina Health's statement, which had characterized ${as}, drew scorn [1].`, true],
      [`Lumina Health's critics characterized ${as} [1].`, false],
      ['Lumina Health characterized the breach [1].', false],
    ] as const) {
      const doc = parseFixture(replaceLine(luminaV1, WHAT_LINE, sentence));
      expect([sentence, doc.claims.filter((c) => c.speakerId === 'actor:lumina-health' && c.text === as).length]).toEqual([sentence, claimed ? 1 : 0]);
    }
  });

  it('reads no claim from a question, only from a statement an open question cites', () => {
    const question = 'Did Lumina Health announce the closure of two clinics? [1]';
    expect(parseFixture(replaceLine(luminaV1, 9, question)).claims.filter((c) => c.text === 'the closure of two clinics')).toEqual([]);
    const premise = 'Lumina Health announced the closure of two clinics [1] — but will patients be told? [3]';
    const [claim] = parseFixture(replaceLine(luminaV1, 9, premise)).claims.filter((c) => c.text === 'the closure of two clinics');
    expect(claim?.mentions.map((m) => [m.section, m.citationRefs, m.citationScope])).toEqual([['questions', [1], 'direct']]);
  });
});

describe('a quotation an inserted attribution interrupts', () => {
  const FIXTURE_WHAT_LINE = 5;
  it("credits the whole clause it completes, with the quotation as its quote: \"the delay has, in Whitfield's words, '…'\"", () => {
    fc.assert(
      fc.property(fc.constantFrom('the delay has', 'the wait has', 'the notification process has'), fc.constantFrom('words', 'framing', 'statement'), (subject, noun) => {
        const doc = parseFixture(replaceLine(luminaV1, FIXTURE_WHAT_LINE, `Patients waited; ${subject}, in Whitfield's ${noun}, 'been entirely reasonable' [1].`));
        const claims = doc.claims.filter((c) => c.quote === 'been entirely reasonable');
        expect(claims.map((c) => [c.text, c.speakerId, c.kind, c.verbatim])).toEqual([[`${subject} 'been entirely reasonable'`, 'actor:dana-whitfield', 'quote', false]]);
      }),
      { numRuns: 20 },
    );
  });
});
