import { MAX_SOURCE_REF } from '../../model/story-graph';
import { isCalendarDate } from './calendar-date';
import { type DocumentLine, describeLine } from './lines';
import type { DocumentSection } from './sections';
import { StoryParseError } from './story-parse-error';

export interface ParsedSource {
  line: number;
  ref: number;
  title: string;
  /** Everything after the last " — ", as written. */
  publisher: string;
  publishedAt: string;
}

const SOURCE_LINE = '"- [n] title — publisher (YYYY-MM-DD)"';
const SEPARATOR = ' — ';

/** The numbered sources, in document order; numbers must be distinct but need not be consecutive. */
export function parseSources(section: DocumentSection, file: string): ParsedSource[] {
  const firstLineOf = new Map<number, number>();
  return section.lines.map((line) => {
    const source = parseSourceLine(line, file);
    const earlier = firstLineOf.get(source.ref);
    if (earlier !== undefined) {
      throw new StoryParseError(file, line.number, 'a distinct source number', `[${source.ref}] again (first on line ${earlier})`);
    }
    firstLineOf.set(source.ref, line.number);
    return source;
  });
}

function parseSourceLine(line: DocumentLine, file: string): ParsedSource {
  const fail = (expected: string, found = describeLine(line)) => new StoryParseError(file, line.number, expected, found);
  const text = line.text.trim();
  const head = /^- \[(\d+)\] /.exec(text);
  if (!head) throw fail(`a source line ${SOURCE_LINE}`);
  const ref = Number(head[1]);
  if (!Number.isSafeInteger(ref) || ref < 1 || ref > MAX_SOURCE_REF) throw fail(`a source number from 1 to ${MAX_SOURCE_REF}`, `[${head[1]}]`);

  const tail = / \(([^()]*)\)$/.exec(text);
  if (!tail || tail.index < head[0].length) throw fail(`a publication date "(YYYY-MM-DD)" ending the source line ${SOURCE_LINE}`);
  const publishedAt = tail[1] ?? '';
  if (!isCalendarDate(publishedAt)) throw fail('a calendar date YYYY-MM-DD', JSON.stringify(publishedAt));

  const body = text.slice(head[0].length, tail.index);
  const split = body.lastIndexOf(SEPARATOR);
  const title = body.slice(0, Math.max(split, 0)).trim();
  const publisher = body.slice(split + SEPARATOR.length).trim();
  if (split < 0 || title === '' || publisher === '') throw fail(`a title and a publisher separated by "${SEPARATOR}"`);
  return { line: line.number, ref, title, publisher, publishedAt };
}
