import { readFileSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { projectRoot } from '../../src/config/config';
import { SECTION_NAMES } from '../../src/ingest/parse/sections';
import { readFixture } from '../fixtures/stories/story-fixtures';

/**
 * Generators of hostile story documents, shared by the parser's fuzz tests and the ingester's:
 * arbitrary text, documents assembled from the format's own lines, and line-level mutations of
 * valid documents.
 */

/** Valid story documents the mutations start from. */
export const VALID_DOCUMENTS: readonly string[] = [
  readFileSync(path.join(projectRoot, 'seed', 'meta-surveillance-layoffs.v1.txt'), 'utf8'),
  readFixture('lumina-health-breach.v1.txt'),
  readFixture('lumina-health-breach.v2.txt'),
];

/** Pieces of the format's syntax, and bytes that break naive parsing. */
export const junk: fc.Arbitrary<string> = fc.oneof(
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

export type Mutation = (lines: string[]) => string[];
const pick = (lines: string[], n: number) => n % lines.length;
const editLine = (at: number, change: (line: string) => string): Mutation => (lines) =>
  lines.map((line, i) => (i === pick(lines, at) ? change(line) : line));

/** One line-level edit: drop, duplicate, swap, insert junk, splice junk into, cut from, or truncate. */
export const mutation: fc.Arbitrary<Mutation> = fc.oneof(
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

/** Any text at all. */
export const arbitraryText: fc.Arbitrary<string> = fc.string({ unit: 'binary', maxLength: 500 });

/** A plausible header over lines drawn from valid documents and junk. */
export const assembledDocument: fc.Arbitrary<string> = fc
  .tuple(
    fc.constantFrom('T · history\nVersion 1\n2026-01-01 00:00 UTC · 1 items', 'T · history\nVersion 0\nx'),
    fc.array(fc.oneof(junk, fc.constantFrom(...VALID_DOCUMENTS.flatMap((doc) => doc.split('\n')))), { maxLength: 60 }),
  )
  .map(([head, lines]) => [head, ...lines].join('\n'));

/** A valid document after one to four mutations. */
export const mutatedDocument: fc.Arbitrary<string> = fc
  .tuple(fc.constantFrom(...VALID_DOCUMENTS), fc.array(mutation, { minLength: 1, maxLength: 4 }))
  .map(([doc, mutations]) => mutations.reduce((lines, mutate) => mutate(lines), doc.split('\n')).join('\n'));
