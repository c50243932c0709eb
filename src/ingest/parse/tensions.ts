import { type CitationReader, readCitations } from './citations';
import { type DocumentLine, describeLine } from './lines';
import { type QuotedSpan, findQuotes } from './quotes';
import type { DocumentSection } from './sections';
import { StoryParseError } from './story-parse-error';

export interface TensionSideText {
  /** The side as worded, without citation markers or closing punctuation. */
  label: string;
  refs: number[];
  /** The first quoted span in the label, if any. */
  quote?: QuotedSpan;
}

export interface TensionLine {
  line: number;
  /** The whole line without its bullet and citation markers. */
  text: string;
  refs: number[];
  sideA: TensionSideText;
  sideB: TensionSideText;
  /** What follows side B's colon, without citation markers; empty when side B runs to the end. */
  explanation: string;
}

const TENSION_LINE = '"- side A vs. side B: explanation [n]"';
const LINE_CITATIONS = /(?:\s*\[\d+\])+$/;

export function parseTensions(section: DocumentSection, citations: CitationReader, file: string): TensionLine[] {
  return section.lines.map((line) => parseTensionLine(line, citations, file));
}

/**
 * Side A runs to " vs. ", side B to the first ": " after it, or else to the citations that end the
 * line; neither search looks inside parentheses or quotations.
 */
function parseTensionLine(line: DocumentLine, citations: CitationReader, file: string): TensionLine {
  const fail = (expected: string) => new StoryParseError(file, line.number, expected, describeLine(line));
  const trimmed = line.text.trim();
  const body = trimmed.startsWith('- ') ? trimmed.slice(2) : '';
  const versus = findOutside(body, ' vs. ', 0);
  if (!versus) throw fail(`a tension ${TENSION_LINE}`);
  const colon = findOutside(body, ': ', versus.end);
  const sideBEnd = colon?.start ?? body.length - (LINE_CITATIONS.exec(body)?.[0].length ?? 0);

  const cited = citations.read(body, line);
  const side = (raw: string, which: string): TensionSideText => {
    const { text, refs } = readCitations(raw);
    const label = text.replace(/[\s.,;]+$/, '');
    if (!/[\p{L}\p{N}]/u.test(label)) throw fail(`side ${which} of the tension ${TENSION_LINE}`);
    // The line's reading has checked the markers; a lenient reading may have dropped some.
    const sideRefs = refs.filter((ref) => cited.refs.includes(ref));
    const quote = findQuotes(label)[0];
    return quote ? { label, refs: sideRefs, quote } : { label, refs: sideRefs };
  };
  return {
    line: line.number,
    ...cited,
    sideA: side(body.slice(0, versus.start), 'A'),
    sideB: side(body.slice(versus.end, sideBEnd), 'B'),
    explanation: colon ? readCitations(body.slice(colon.end)).text : '',
  };
}

/** The first occurrence of the needle outside parentheses and quotations, so a quoted "vs." or colon does not split a side. */
function findOutside(text: string, needle: string, from: number): { start: number; end: number } | undefined {
  const quotes = findQuotes(text);
  let depth = 0;
  for (let index = 0; index < text.length; index += 1) {
    const char = text[index];
    if (char === '(') depth += 1;
    else if (char === ')') depth = Math.max(0, depth - 1);
    if (index < from || depth > 0 || quotes.some((q) => index >= q.start && index < q.end)) continue;
    if (text.startsWith(needle, index)) return { start: index, end: index + needle.length };
  }
  return undefined;
}
