import { isCalendarDate } from './calendar-date';
import type { CitationReader } from './citations';
import { describeLine } from './lines';
import type { DocumentSection } from './sections';
import { StoryParseError } from './story-parse-error';

export interface TimelineEntry {
  line: number;
  date: string;
  text: string;
  refs: number[];
}

const ENTRY = /^- (\S+): (.*)$/;

/** Timeline entries in document order, which the format does not require to be chronological. */
export function parseTimeline(section: DocumentSection, citations: CitationReader, file: string): TimelineEntry[] {
  return section.lines.map((line) => {
    const fail = (expected: string, found = describeLine(line)) => new StoryParseError(file, line.number, expected, found);
    const match = ENTRY.exec(line.text.trim());
    if (!match || !/^\d{4}-\d{2}-\d{2}$/.test(match[1] ?? '')) throw fail('a timeline entry "- YYYY-MM-DD: text [n]"');
    const [, date = '', rest = ''] = match;
    if (!isCalendarDate(date)) throw fail('a calendar date YYYY-MM-DD', JSON.stringify(date));
    const { text, refs } = citations.read(rest, line);
    if (text === '') throw fail('text after the date of a timeline entry');
    return { line: line.number, date, text, refs };
  });
}
