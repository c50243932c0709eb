import type { CitationReader } from './citations';
import { describeLine } from './lines';
import type { DocumentSection } from './sections';
import { StoryParseError } from './story-parse-error';

export interface OpenQuestion {
  line: number;
  text: string;
  refs: number[];
}

/** One question per line; citations may sit anywhere in it, not only at its end. */
export function parseQuestions(section: DocumentSection, citations: CitationReader, file: string): OpenQuestion[] {
  return section.lines.map((line) => {
    const { text, refs } = citations.read(line.text, line);
    if (text === '') throw new StoryParseError(file, line.number, 'the text of an open question', describeLine(line));
    return { line: line.number, text, refs };
  });
}
