import { HEADER_LINES } from './header';
import { type DocumentLine, describeLine, unexpectedLine } from './lines';
import { StoryParseError } from './story-parse-error';

/** The sections of a story document, in the only order the format allows. */
export const SECTION_NAMES = [
  'What',
  'Why it matters',
  'Open questions',
  'Narrative',
  'Timeline',
  'Perspectives',
  'Tensions',
  'Sources',
] as const;
export type SectionName = (typeof SECTION_NAMES)[number];

export interface DocumentSection {
  name: SectionName;
  heading: DocumentLine;
  /** The section's non-blank lines; blank lines carry no meaning in the format. */
  lines: DocumentLine[];
  /** The next section's heading; undefined for the last section. */
  end?: DocumentLine;
  /** The line number where the section stops: its successor's heading, or one past the last line. */
  endNumber: number;
}

export type DocumentSections = Record<SectionName, DocumentSection>;

const isSectionName = (text: string): text is SectionName => (SECTION_NAMES as readonly string[]).includes(text);

/** Cuts the lines after the header into sections, each introduced by its name alone on a line. */
export function splitSections(lines: readonly DocumentLine[], file: string): DocumentSections {
  const found: DocumentSection[] = [];
  for (const line of lines.slice(HEADER_LINES)) {
    const text = line.text.trim();
    const current = found[found.length - 1];
    if (isSectionName(text)) {
      const next = SECTION_NAMES[found.length];
      if (text !== next) throw misplacedHeading(file, line, text, next, found);
      if (current) Object.assign(current, { end: line, endNumber: line.number });
      found.push({ name: text, heading: line, lines: [], endNumber: lines.length + 1 });
    } else if (text !== '') {
      if (!current) throw new StoryParseError(file, line.number, `section "${SECTION_NAMES[0]}"`, describeLine(line));
      current.lines.push(line);
    }
  }
  const missing = SECTION_NAMES[found.length];
  if (missing !== undefined) throw unexpectedLine(file, lines, lines.length, `section "${missing}"`);
  return Object.fromEntries(found.map((section) => [section.name, section])) as DocumentSections;
}

function misplacedHeading(
  file: string,
  line: DocumentLine,
  name: SectionName,
  next: SectionName | undefined,
  found: readonly DocumentSection[],
): StoryParseError {
  const expected = next === undefined ? 'a line of section "Sources"' : `section "${next}"`;
  const earlier = found.find((section) => section.name === name);
  const what = earlier ? `a second "${name}" heading (first on line ${earlier.heading.number})` : `section "${name}"`;
  return new StoryParseError(file, line.number, expected, what);
}

/** The error for the section's line at `index`, or for where the section stops when it has too few lines. */
export function sectionLineError(file: string, section: DocumentSection, index: number, expected: string): StoryParseError {
  const line = section.lines[index];
  if (line) return new StoryParseError(file, line.number, expected, describeLine(line));
  const end = section.end ? `section "${section.end.text.trim()}"` : describeLine(undefined);
  return new StoryParseError(file, section.endNumber, expected, end);
}
