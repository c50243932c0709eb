import { readFileSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { StoryGraphDocument } from '../../../model/story-graph';
import { parseStory } from '../parse-story';
import { SECTION_NAMES } from '../sections';
import { StoryParseError } from '../story-parse-error';
import { readFixture } from '../../../../tests/fixtures/stories/story-fixtures';

/** CLAIMGRAPH_FUZZ_RUNS=20000 for a long hunt; the default keeps the suite quick. */
const numRuns = Number(process.env.CLAIMGRAPH_FUZZ_RUNS ?? 300);

const documents = [
  readFileSync(path.resolve(__dirname, '../../../../seed/meta-surveillance-layoffs.v1.txt'), 'utf8'),
  readFixture('lumina-health-breach.v1.txt'),
  readFixture('lumina-health-breach.v2.txt'),
];

/** Either a document the model accepts, or a located StoryParseError: never anything else. */
function parsesOrRefuses(text: string, lenient = false): void {
  try {
    const { document } = parseStory(text, { file: 'fuzz.txt', lenient });
    expect(StoryGraphDocument.safeParse(document).success).toBe(true);
  } catch (error) {
    if (!(error instanceof StoryParseError)) throw error;
    // The parser wraps its own bugs too; those must not occur.
    expect(error.message).not.toContain('internal parser error');
    expect(error.file).toBe('fuzz.txt');
    expect(error.line).toBeGreaterThanOrEqual(1);
    expect(error.line).toBeLessThanOrEqual(text.split(/\r\n|\r|\n/).length + 1);
  }
}

const junk = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.constantFrom(
    ...SECTION_NAMES,
    '',
    '[1]',
    '[99]',
    "'",
    '‘quoted’',
    ' vs. ',
    ': ',
    ' — ',
    '- 2026-02-30: bad date [1]',
    '- [1] t — p (2026-01-01)',
    'Evolution: x',
    'Name (internal)',
    '\u0000',
  ),
);

type Mutation = (lines: string[]) => string[];
const pick = (lines: string[], n: number) => n % lines.length;
const editLine = (at: number, change: (line: string) => string): Mutation => (lines) =>
  lines.map((line, i) => (i === pick(lines, at) ? change(line) : line));
const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.nat().map((at): Mutation => (lines) => lines.filter((_, i) => i !== pick(lines, at))),
  fc.nat().map((at): Mutation => (lines) => lines.flatMap((line, i) => (i === pick(lines, at) ? [line, line] : [line]))),
  fc.tuple(fc.nat(), fc.nat()).map(([a, b]): Mutation => (lines) => {
    const [i, j] = [pick(lines, a), pick(lines, b)];
    return lines.map((line, k) => (k === i ? (lines[j] ?? '') : k === j ? (lines[i] ?? '') : line));
  }),
  fc.tuple(fc.nat(), junk).map(([at, text]): Mutation => (lines) => {
    const cut = at % (lines.length + 1);
    return [...lines.slice(0, cut), text, ...lines.slice(cut)];
  }),
  fc.tuple(fc.nat(), fc.nat(), junk).map(([at, col, text]) =>
    editLine(at, (line) => line.slice(0, col % (line.length + 1)) + text + line.slice(col % (line.length + 1))),
  ),
  fc.tuple(fc.nat(), fc.nat(), fc.nat({ max: 30 })).map(([at, col, length]) =>
    editLine(at, (line) => line.slice(0, col % (line.length + 1)) + line.slice((col % (line.length + 1)) + length)),
  ),
  fc.nat().map((at): Mutation => (lines) => lines.slice(0, at % (lines.length + 1))),
);

describe('the parser on hostile input', () => {
  it('parses or refuses arbitrary strings', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 500 }), (text) => parsesOrRefuses(text)), { numRuns });
  });

  it('parses or refuses documents assembled from the format\'s own pieces', () => {
    const header = fc.constantFrom('T · history\nVersion 1\n2026-01-01 00:00 UTC · 1 items', 'T · history\nVersion 0\nx');
    const body = fc.array(fc.oneof(junk, fc.constantFrom(...documents.flatMap((doc) => doc.split('\n')))), { maxLength: 60 });
    fc.assert(fc.property(header, body, (head, lines) => parsesOrRefuses([head, ...lines].join('\n'))), { numRuns });
  });

  it.each([false, true])('parses or refuses mutations of valid documents (lenient: %s)', (lenient) => {
    const mutated = fc
      .tuple(fc.constantFrom(...documents), fc.array(mutation, { minLength: 1, maxLength: 4 }))
      .map(([doc, mutations]) => mutations.reduce((lines, mutate) => mutate(lines), doc.split('\n')).join('\n'));
    fc.assert(fc.property(mutated, (text) => parsesOrRefuses(text, lenient)), { numRuns });
  });
});
