import type { CitationReader } from './citations';
import type { DocumentLine } from './lines';
import { type PerspectiveName, parsePerspectiveName } from './perspective-name';
import { type DocumentSection, sectionLineError } from './sections';

export interface PerspectiveBlock {
  line: number;
  /** The name line as written. */
  label: string;
  name: PerspectiveName;
  /** The stance line without its citation markers. */
  stance: string;
  /** The stance's line and the citations written in it. */
  stanceLine: number;
  stanceRefs: number[];
  /** The evolution line without its "Evolution:" prefix and citation markers. */
  evolution?: string;
}

const EVOLUTION = /^Evolution:\s*/;

/**
 * Blocks of a name line, a one-line stance and an optional `Evolution: …` line. Citations in the
 * stance and evolution are checked and taken out of their text: a perspective has no source
 * references of its own to keep them in.
 */
export function parsePerspectives(section: DocumentSection, citations: CitationReader, file: string): PerspectiveBlock[] {
  const lines = section.lines;
  const blocks: PerspectiveBlock[] = [];
  const expectedAt = (index: number, expected: string) => sectionLineError(file, section, index, expected);
  for (let index = 0; index < lines.length; ) {
    const nameLine = lines[index] as DocumentLine;
    const label = nameLine.text.trim();
    const name = EVOLUTION.test(label) ? undefined : parsePerspectiveName(label);
    if (!name) throw expectedAt(index, 'a perspective name line');
    const stanceLine = lines[index + 1];
    if (!stanceLine || EVOLUTION.test(stanceLine.text.trim())) throw expectedAt(index + 1, `a stance paragraph for "${label}"`);
    citations.read(nameLine.text, nameLine);
    const { text: stance, refs: stanceRefs } = citations.read(stanceLine.text, stanceLine);
    if (stance === '') throw expectedAt(index + 1, `a stance paragraph for "${label}"`);
    const block: PerspectiveBlock = { line: nameLine.number, label, name, stance, stanceLine: stanceLine.number, stanceRefs };
    const evolutionLine = lines[index + 2];
    if (evolutionLine && EVOLUTION.test(evolutionLine.text.trim())) {
      block.evolution = citations.read(evolutionLine.text.trim().replace(EVOLUTION, ''), evolutionLine).text;
      if (block.evolution === '') throw expectedAt(index + 2, 'text after "Evolution:"');
      index += 3;
    } else index += 2;
    blocks.push(block);
  }
  return blocks;
}
