import { readFileSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { lineOf, luminaV1, readFixture, replaceLine } from '../../../tests/fixtures/stories/story-fixtures';
import { StoryGraphDocument } from '../../model/story-graph';
import { type ConsistencyFinding, type ConsistencyReport, consistencyReport, describeFinding, formatConsistencyReport } from '../consistency-report';
import { parseStory } from '../parse/parse-story';

const seedFile = 'seed/meta-surveillance-layoffs.v1.txt';
const seedText = readFileSync(path.resolve(__dirname, '../../..', seedFile), 'utf8');
const seed = parseStory(seedText, { file: seedFile, storySlug: 'meta-surveillance-layoffs' });

describe('consistencyReport', () => {
  it('finds the seed timeline out of order, its uncited sentences and its tension sides without citations', () => {
    const report = consistencyReport(seed.document, seed.info);
    expect(report.findings.map(({ kind, line }) => [kind, line])).toEqual([
      ['timeline-out-of-order', 21],
      ['uncited-statement', 7],
      ['uncited-statement', 15],
      ['uncited-statement', 16],
      ['uncited-tension-side', 36],
      ['uncited-tension-side', 36],
      ['uncited-tension-side', 38],
      ['uncited-tension-side', 38],
      ['date-conflict', 5],
      ['date-conflict', 5],
      ['date-conflict', 15],
    ]);
    expect(report.findings[0]).toEqual({
      kind: 'timeline-out-of-order',
      eventId: seed.document.events[3]?.id,
      date: '2026-05-20',
      after: '2026-05-21',
      line: 21,
    });
  });

  it('finds the two places where the seed prose dates events otherwise than its timeline, each where it is written', () => {
    const [, layoffs, leak, reassurance] = seed.document.events;
    const conflicts = consistencyReport(seed.document, seed.info).findings.filter((f) => f.kind === 'date-conflict');
    const sameDay = { phrase: 'the same day', relation: 'same-day', eventId: layoffs?.id, date: '2026-05-20', eventLine: 19 };
    const leakDay = { otherEventId: leak?.id, otherDate: '2026-05-21', otherEventLine: 20 };
    expect(conflicts).toEqual([
      // "Meta laid off approximately 8,000 employees — the same day the leaked audio became public"
      { kind: 'date-conflict', line: 5, ...sameDay, ...leakDay },
      // "Days later, Zuckerberg issued an internal reassurance …", dated 05-20 in the timeline
      { kind: 'date-conflict', line: 5, phrase: 'Days later', relation: 'later', eventId: reassurance?.id, date: '2026-05-20', eventLine: 21, ...leakDay },
      // "Meta executed layoffs affecting roughly 8,000 employees — the same day the leaked audio surfaced publicly"
      { kind: 'date-conflict', line: 15, ...sameDay, ...leakDay },
    ]);
    expect(conflicts.map(describeFinding)).toEqual([
      '"the same day" puts on one day what the timeline dates 2026-05-20 (line 19) and 2026-05-21 (line 20)',
      '"Days later" dates after 2026-05-21 (line 20) what the timeline dates 2026-05-20 (line 21)',
      '"the same day" puts on one day what the timeline dates 2026-05-20 (line 19) and 2026-05-21 (line 20)',
    ]);
  });

  it('finds no date conflict in the invented story, whose prose agrees with its timeline', () => {
    for (const name of ['lumina-health-breach.v1.txt', 'lumina-health-breach.v2.txt']) {
      const { document, info } = parseStory(readFixture(name), { file: name });
      expect(consistencyReport(document, info).findings.filter((f) => f.kind === 'date-conflict')).toEqual([]);
    }
  });

  it('finds a prose date "On <date>" that the timeline contradicts, for any day written', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 31 }), (day) => {
        const text = replaceLine(luminaV1, 14, lineOf(luminaV1, 14).replace('On March 11,', `On March ${day},`));
        const { document, info } = parseStory(text, { file: 'lumina.txt' });
        const conflicts = consistencyReport(document, info).findings.filter((f) => f.kind === 'date-conflict');
        const written = `2026-03-${String(day).padStart(2, '0')}`;
        const expected = { kind: 'date-conflict', line: 14, phrase: `On March ${day}`, relation: 'on-date', date: '2026-03-11', otherDate: written };
        expect(conflicts).toEqual(day === 11 ? [] : [expect.objectContaining(expected)]);
      }),
    );
  });

  it('finds "the next day" that the timeline does not put on the day after, and accepts "days later" after it', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 28 }), fc.boolean(), (day, later) => {
        const date = `2026-03-${String(day).padStart(2, '0')}`;
        const prose = later ? lineOf(luminaV1, 14).replace('an inquiry the next day', 'an inquiry days later') : lineOf(luminaV1, 14);
        const text = replaceLine(replaceLine(luminaV1, 19, `- ${date}: Northern Data Protection Authority opens an inquiry. [5]`), 14, prose);
        const { document, info } = parseStory(text, { file: 'lumina.txt' });
        const conflicts = consistencyReport(document, info).findings.filter((f) => f.kind === 'date-conflict');
        const agrees = later ? date > '2026-03-11' : date === '2026-03-12';
        const phrase = later ? 'days later' : 'the next day';
        expect(conflicts).toEqual(agrees ? [] : [expect.objectContaining({ line: 14, phrase, date, otherDate: '2026-03-11', otherEventLine: 20 })]);
      }),
    );
  });

  it('checks a timing against nothing when its clause matches several timeline events equally', () => {
    // "the audio leak" shares its words with the meeting entry ("audio later leaked") and the leak entry alike.
    const line16 = seed.info.sentences.filter((sentence) => sentence.line === 16);
    expect(line16[0]?.text).toMatch(/^In the days following the layoffs and the audio leak, /);
    expect(consistencyReport(seed.document, seed.info).findings.filter((f) => f.line === 16 && f.kind === 'date-conflict')).toEqual([]);
  });

  it('lists citations of missing sources and sources cited nowhere from a lenient parse', () => {
    const broken = replaceLine(
      replaceLine(luminaV1, 10, lineOf(luminaV1, 10).replace('[2]', '[7]')),
      42,
      lineOf(luminaV1, 42),
      '- [6] An unused source — Nobody (2026-03-01)',
    );
    const { document, info } = parseStory(broken, { file: 'lumina.txt', lenient: true });
    const report = consistencyReport(document, info);
    expect(report.findings.filter((f) => f.kind === 'citation-of-missing-source' || f.kind === 'uncited-source')).toEqual([
      { kind: 'citation-of-missing-source', ref: 7, line: 10 },
      { kind: 'uncited-source', sourceId: 'source:lumina-health-s-patient-data-breach-and-the-four-week-disclosure-gap:6', ref: 6, line: 43 },
    ]);
  });

  it('works on a graph alone, where only graph facts are known', () => {
    const graph = structuredClone(seed.document);
    const statement = graph.claims.find((claim) => claim.kind === 'statement');
    if (statement) statement.sourceRefs = [];
    graph.questions.forEach((question) => (question.sourceRefs = []));
    const report = consistencyReport(graph);
    expect(report.file).toBeUndefined();
    expect(report.findings.map((f) => f.kind)).toEqual([
      'timeline-out-of-order',
      'uncited-statement',
      ...Array(4).fill('uncited-tension-side'),
    ]);
    expect(report.findings[1]).toMatchObject({ claimId: statement?.id, section: 'what', line: undefined });
  });

  it('reports a document of 200,000 uncited sentences, more than a call can take as arguments', () => {
    const narrative = luminaV1.split('\n').indexOf('Narrative') + 1;
    const sentences = Array.from({ length: 200_000 }, (_, index) => `Sentence ${index} cites nothing.`).join(' ');
    const large = replaceLine(luminaV1, narrative + 1, sentences, lineOf(luminaV1, narrative + 1));
    const { document, info } = parseStory(large, { file: 'large.txt', lenient: true });
    const uncitedIn = (report: ConsistencyReport) => report.findings.filter((finding) => finding.kind === 'uncited-statement');
    const small = parseStory(luminaV1, { file: 'lumina.txt', lenient: true });
    const before = uncitedIn(consistencyReport(small.document, small.info));
    const uncited = uncitedIn(consistencyReport(document, info));
    expect(uncited).toHaveLength(before.length + 200_000);
    expect(uncited.find((finding) => finding.line === narrative + 1)).toMatchObject({ text: 'Sentence 0 cites nothing.' });
  });

  it('finds nothing to report in a consistent story', () => {
    const { document } = parseStory(luminaV1, { file: 'lumina.txt' });
    const fixed = structuredClone(document);
    fixed.events.sort((a, b) => a.date.localeCompare(b.date)).forEach((event, position) => (event.position = position));
    fixed.tensions.forEach((tension) => {
      tension.sideA.sourceRefs = [1];
      tension.sideB.sourceRefs = [1];
    });
    expect(consistencyReport(fixed).findings).toEqual([]);
  });
});

describe('formatConsistencyReport', () => {
  it('leads each finding with file:line, like parse errors', () => {
    expect(formatConsistencyReport(consistencyReport(seed.document, seed.info)).split('\n').slice(0, 3)).toEqual([
      `${seedFile}: 11 consistency findings`,
      `  ${seedFile}:21: timeline entry dated 2026-05-20 follows one dated 2026-05-21`,
      `  ${seedFile}:7: statement in Why it matters cites no source: "Meta's conduct establishes a precedent in which employees are simultaneously ..."`,
    ]);
  });

  it('names the story when there is no file, and says when there is nothing to report', () => {
    expect(formatConsistencyReport({ storyId: 'story:x', findings: [] })).toBe('story:x: no consistency findings');
    expect(
      formatConsistencyReport({ storyId: 'story:x', findings: [{ kind: 'uncited-source', sourceId: 'source:x:2', ref: 2 }] }),
    ).toBe('story:x: 1 consistency finding\n  source [2] is cited nowhere');
  });
});

describe('missing derivations', () => {
  const curated = StoryGraphDocument.parse(JSON.parse(readFileSync(path.resolve(__dirname, '../../..', 'seed/meta-surveillance-layoffs.graph.json'), 'utf8')));
  const withoutDerivations = (ref: number) => ({
    ...curated,
    sources: curated.sources.map((source) => (source.ref === ref ? { ...source, derivedFrom: [] } : source)),
  });
  const missing = (doc: StoryGraphDocument) =>
    consistencyReport(doc, seed.info).findings.filter((finding) => finding.kind === 'missing-derivation');

  it('finds none in the curated seed, whose sources derive from every underlying item they mention', () => {
    expect(missing(curated)).toEqual([]);
  });

  it('finds a source cited where the text writes an underlying item out, without deriving from it', () => {
    // "2026-05-21: Leaked April 30 all-hands audio becomes public; The Neuron publishes analysis … [2][1]"
    expect(missing(withoutDerivations(1))).toEqual([
      {
        kind: 'missing-derivation',
        sourceId: 'source:meta-surveillance-layoffs:1',
        ref: 1,
        underlyingId: 'source:meta-surveillance-layoffs:all-hands-audio',
        underlyingTitle: 'Leaked April 30 all-hands audio',
        line: 40,
      },
    ]);
    expect(describeFinding(missing(withoutDerivations(1))[0] as ConsistencyFinding)).toBe(
      'source [1] mentions the underlying "Leaked April 30 all-hands audio" but does not derive from it',
    );
  });

  it("finds a source whose title names the story's one underlying item of a kind ('memo'), and accepts a derivation through another source", () => {
    // "[3] Mark Zuckerberg told employees in a Wednesday memo that …"
    expect(missing(withoutDerivations(3)).map((finding) => [finding.kind === 'missing-derivation' && finding.underlyingId, finding.line])).toEqual([
      ['source:meta-surveillance-layoffs:layoff-memo', 42],
    ]);
    const viaThree = withoutDerivations(1);
    const one = viaThree.sources.find((source) => source.ref === 1);
    if (one) one.derivedFrom = [{ sourceId: 'source:meta-surveillance-layoffs:2' }, { sourceId: 'source:meta-surveillance-layoffs:3' }];
    expect(missing(viaThree)).toEqual([]);
  });
});
