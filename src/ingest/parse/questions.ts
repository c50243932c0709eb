import { type CitationReader, readCitations } from './citations';
import { describeLine } from './lines';
import type { DocumentSection } from './sections';
import { StoryParseError } from './story-parse-error';

/** A part of a question line and the citations that close it: "Zuckerberg pledged … [4]", "— but does that hold …? [1]". */
export interface QuestionClause {
  text: string;
  refs: number[];
  /** Where `text` starts on its line as written. */
  offset: number;
}

export interface OpenQuestion {
  line: number;
  text: string;
  refs: number[];
  clauses: QuestionClause[];
}

/** A run of citation markers, which closes the words before it. */
const MARKER_RUN = /(?:\s*\[\d+\])+/g;
/** Punctuation that joins a clause to the one before it ("[4] — but …"). */
const JOINING = /^[\s—–,;:-]*/;

/** One question per line; citations may sit anywhere in it, not only at its end. */
export function parseQuestions(section: DocumentSection, citations: CitationReader, file: string): OpenQuestion[] {
  return section.lines.map((line) => {
    const { text, refs } = citations.read(line.text, line);
    if (text === '') throw new StoryParseError(file, line.number, 'the text of an open question', describeLine(line));
    return { line: line.number, text, refs, clauses: clausesOf(line.text, refs) };
  });
}

/** The line cut after each run of markers; a clause's refs are the checked ones of its run. */
function clausesOf(raw: string, checked: readonly number[]): QuestionClause[] {
  const clauses: QuestionClause[] = [];
  let from = 0;
  const cut = (end: number, run: string) => {
    const lead = JOINING.exec(raw.slice(from, end))?.[0].length ?? 0;
    const text = raw.slice(from + lead, end).trimEnd();
    const refs = readCitations(run).refs.filter((ref) => checked.includes(ref));
    if (text !== '') clauses.push({ text, refs, offset: from + lead });
  };
  for (const run of raw.matchAll(MARKER_RUN)) {
    cut(run.index ?? 0, run[0]);
    from = (run.index ?? 0) + run[0].length;
  }
  cut(raw.length, '');
  return clauses;
}
