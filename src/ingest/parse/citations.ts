import type { DocumentLine } from './lines';
import { StoryParseError } from './story-parse-error';

export interface CitedText {
  /** The text without its `[n]` markers. */
  text: string;
  /** The distinct source numbers, in order of first citation. */
  refs: number[];
}

export interface CitationSite {
  ref: number;
  line: number;
}

const MARKER = /\s*\[(\d+)\]/g;

/** Separates `[n]` markers from the text they stand in. */
export function readCitations(raw: string): CitedText {
  const refs = [...raw.matchAll(MARKER)].map((match) => Number(match[1]));
  return { text: raw.replace(MARKER, '').trim(), refs: [...new Set(refs)] };
}

/**
 * Reads citations and checks each against the document's numbered sources. Strict by default; a
 * lenient reader drops citations of missing sources from what it returns and only remembers them.
 */
export class CitationReader {
  /** Every marker read, in document order, including those naming no source. */
  readonly sites: CitationSite[] = [];

  constructor(
    private readonly sourceRefs: ReadonlySet<number>,
    private readonly file: string,
    private readonly lenient: boolean,
  ) {}

  read(raw: string, line: DocumentLine): CitedText {
    const cited = readCitations(raw);
    for (const match of raw.matchAll(MARKER)) {
      const ref = Number(match[1]);
      this.sites.push({ ref, line: line.number });
      if (!this.sourceRefs.has(ref) && !this.lenient) {
        throw new StoryParseError(this.file, line.number, 'citations of listed sources', `[${match[1]}], which is not under Sources`);
      }
    }
    return { text: cited.text, refs: cited.refs.filter((ref) => this.sourceRefs.has(ref)) };
  }
}
