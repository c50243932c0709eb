import { StoryParseError } from './story-parse-error';

export interface DocumentLine {
  /** 1-based, as editors count. */
  readonly number: number;
  readonly text: string;
}

/**
 * Control characters other than tab and line breaks, C1 controls, unpaired surrogates and
 * U+FFFD (what a UTF-8 decoder leaves of invalid bytes) mean the input is not a text document.
 */
const NON_TEXT =
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\uFFFD\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** Splits a document into numbered lines, refusing empty files and binary data up front. */
export function readLines(text: string, file: string): DocumentLine[] {
  const body = text.startsWith('\uFEFF') ? text.slice(1) : text;
  if (body.trim() === '') throw new StoryParseError(file, 1, 'a story document', 'an empty file');
  const lines = body.split(/\r\n|\r|\n/).map((line, index) => ({ number: index + 1, text: line.trimEnd() }));
  for (const line of lines) {
    const junk = NON_TEXT.exec(line.text);
    if (junk) {
      const code = (junk[0].codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0');
      throw new StoryParseError(file, line.number, 'text', `binary data (U+${code}) at column ${junk.index + 1}`);
    }
  }
  return lines;
}

/** How error messages show a line: quoted and cut short, so one bad line cannot flood a terminal. */
export function describeLine(line: DocumentLine | undefined): string {
  if (line === undefined) return 'the end of the file';
  const text = line.text.trim();
  if (text === '') return 'an empty line';
  return JSON.stringify(text.length > 80 ? `${text.slice(0, 77)}...` : text);
}

/** The error for `lines[index]`, or for the end of the file when the document stops before it. */
export function unexpectedLine(
  file: string,
  lines: readonly DocumentLine[],
  index: number,
  expected: string,
): StoryParseError {
  const line = lines[index];
  const number = line?.number ?? (lines[lines.length - 1]?.number ?? 0) + 1;
  return new StoryParseError(file, number, expected, describeLine(line));
}
