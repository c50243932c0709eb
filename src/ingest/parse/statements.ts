import type { CitationReader } from './citations';
import type { DocumentSection } from './sections';
import { splitSentences } from './sentences';

export type ProseSection = 'what' | 'why_it_matters' | 'narrative';

export interface ProseSentence {
  section: ProseSection;
  line: number;
  /** The sentence without citation markers. */
  text: string;
  refs: number[];
}

/** The sentences of a prose section (each line a paragraph), in document order. */
export function readStatements(section: DocumentSection, kind: ProseSection, citations: CitationReader): ProseSentence[] {
  return section.lines.flatMap((line) =>
    splitSentences(line.text).flatMap((sentence) => {
      const { text, refs } = citations.read(sentence, line);
      return text === '' ? [] : [{ section: kind, line: line.number, text, refs }];
    }),
  );
}
