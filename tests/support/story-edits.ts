import fc from 'fast-check';

/**
 * Edits an editor makes between two versions of a story document in the fixture's format, each a
 * change of its lines that keeps the document valid: reword a sentence, change a perspective's
 * evolution, drop or add a timeline entry, change a source's title or date, move a citation.
 */
export interface StoryEdit {
  name: string;
  apply: (lines: string[]) => string[];
}

/** An edit that fast-check prints by its name in a counterexample. */
const edit = (name: string, apply: StoryEdit['apply']): StoryEdit => ({ name, apply, [fc.toStringMethod]: () => name }) as StoryEdit;

const WORDS = ['quietly', 'patients', 'regulators', 'vendor', 'records', 'weeks', 'memo', 'staff', 'board', 'later'] as const;
const phrase = fc.array(fc.constantFrom(...WORDS), { minLength: 2, maxLength: 5 }).map((words) => words.join(' '));

/** Indexes of the lines of one section (after its heading, up to the next heading). */
function sectionLines(lines: string[], heading: string, headings: readonly string[]): number[] {
  const start = lines.indexOf(heading);
  if (start < 0) return [];
  const end = lines.findIndex((line, i) => i > start && headings.includes(line));
  return [...Array((end < 0 ? lines.length : end) - start - 1).keys()].map((k) => start + 1 + k);
}

const HEADINGS = ['What', 'Why it matters', 'Open questions', 'Narrative', 'Timeline', 'Perspectives', 'Tensions', 'Sources'] as const;
const linesOf = (lines: string[], heading: string) => sectionLines(lines, heading, HEADINGS);
const pick = <T>(items: T[], n: number): T | undefined => (items.length === 0 ? undefined : items[n % items.length]);
const replaced = (lines: string[], at: number | undefined, line: string) => lines.map((old, i) => (i === at ? line : old));

const reword = fc.tuple(fc.nat(), phrase).map(([n, words]): StoryEdit => edit(
  `reword a sentence with "${words}"`,
  (lines) => {
    const at = pick([...linesOf(lines, 'What'), ...linesOf(lines, 'Narrative')], n);
    const line = at === undefined ? '' : (lines[at] ?? '');
    // Before the line's first citation, so that the sentence keeps its citations.
    const cut = line.indexOf(' [');
    return cut < 0 ? lines : replaced(lines, at, `${line.slice(0, cut)}, ${words}${line.slice(cut)}`);
  },
));

const evolution = fc.tuple(fc.nat(), phrase).map(([n, words]): StoryEdit => edit(
  `change an evolution to "${words}"`,
  (lines) => replaced(lines, pick(linesOf(lines, 'Perspectives').filter((i) => lines[i]?.startsWith('Evolution: ')), n), `Evolution: ${words}.`),
));

const timelineEntries = (lines: string[]) => linesOf(lines, 'Timeline').filter((i) => lines[i]?.startsWith('- '));

const dropEntry = fc.nat().map((n): StoryEdit => edit(
  'drop a timeline entry',
  (lines) => {
    const at = pick(timelineEntries(lines), n);
    return lines.filter((_, i) => i !== at);
  },
));

const addEntry = fc.tuple(fc.nat(), fc.integer({ min: 1, max: 28 }), phrase, fc.integer({ min: 1, max: 5 })).map(
  ([n, day, words, ref]): StoryEdit => edit(
    `add a timeline entry on 03-${day}`,
    (lines) => {
      const at = pick(timelineEntries(lines), n) ?? lines.length;
      const entry = `- 2026-03-${String(day).padStart(2, '0')}: Lumina Health ${words}. [${ref}]`;
      return [...lines.slice(0, at), entry, ...lines.slice(at)];
    },
  ),
);

const SOURCE_LINE = /^- \[(\d+)\] (.*) — (.*) \((\d{4}-\d{2}-\d{2})\)$/;

const source = fc.tuple(fc.nat(), phrase, fc.integer({ min: 1, max: 28 }), fc.boolean()).map(([n, words, day, title]): StoryEdit => edit(
  title ? `retitle a source "${words}"` : `redate a source to 02-${day}`,
  (lines) => {
    const at = pick(linesOf(lines, 'Sources').filter((i) => SOURCE_LINE.test(lines[i] ?? '')), n);
    const [, ref, oldTitle, publisher, date] = SOURCE_LINE.exec(lines[at ?? -1] ?? '') ?? [];
    if (at === undefined || ref === undefined) return lines;
    const newTitle = title ? `${oldTitle} as ${words}` : oldTitle;
    const newDate = title ? date : `2026-02-${String(day).padStart(2, '0')}`;
    return replaced(lines, at, `- [${ref}] ${newTitle} — ${publisher} (${newDate})`);
  },
));

const moveCitation = fc.tuple(fc.nat(), fc.integer({ min: 1, max: 5 })).map(([n, ref]): StoryEdit => edit(
  `move a citation to [${ref}]`,
  (lines) => {
    const cited = lines.flatMap((line, i) => (i > 2 && !line.startsWith('- [') && /\[\d+\]/.test(line) ? [i] : []));
    const at = pick(cited, n);
    return at === undefined ? lines : replaced(lines, at, (lines[at] ?? '').replace(/\[\d+\]/, `[${ref}]`));
  },
));

export const storyEdit: fc.Arbitrary<StoryEdit> = fc.oneof(reword, evolution, dropEntry, addEntry, source, moveCitation);

/** Version 2 of a version-1 document: its header's number raised and the edits applied in order. */
export function nextVersion(v1: string, edits: StoryEdit[]): string {
  const lines = v1.split('\n').map((line) => (line === 'Version 1' ? 'Version 2' : line));
  return edits.reduce((current, edit) => edit.apply(current), lines).join('\n');
}
