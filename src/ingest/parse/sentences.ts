/** Words whose trailing period does not end a sentence. */
const ABBREVIATIONS = new Set(
  'mr mrs ms dr prof st jr sr vs etc inc ltd co corp no gov sen rep gen approx e.g i.e u.s u.k u.n'.split(' '),
);
const TERMINAL = /[.?!…]/;
/** After the terminal punctuation: closing quotes or brackets, then the sentence's own citation markers. */
const SENTENCE_TAIL = /[.?!…]*['"’”)\]]*(?:\s*\[\d+\])*/y;
/** What must follow for the sentence to end: the end of the paragraph, or space and a capital, digit or opening mark. */
const NEXT_SENTENCE = /\s*$|\s+(?=[\p{Lu}\p{N}'"‘“([])/uy;

/**
 * Splits a paragraph into sentences as written (citation markers included); markers after a
 * sentence's final punctuation belong to that sentence.
 */
export function splitSentences(paragraph: string): string[] {
  const sentences: string[] = [];
  let start = 0;
  const cut = (end: number) => {
    const sentence = paragraph.slice(start, end).trim();
    if (sentence !== '') sentences.push(sentence);
    start = end;
  };
  for (let index = 0; index < paragraph.length; index += 1) {
    if (!TERMINAL.test(paragraph[index] ?? '') || isAbbreviation(paragraph, index)) continue;
    SENTENCE_TAIL.lastIndex = index + 1;
    SENTENCE_TAIL.exec(paragraph);
    const end = SENTENCE_TAIL.lastIndex;
    NEXT_SENTENCE.lastIndex = end;
    if (NEXT_SENTENCE.test(paragraph)) {
      cut(end);
      index = end - 1;
    }
  }
  cut(paragraph.length);
  return sentences;
}

function isAbbreviation(paragraph: string, index: number): boolean {
  if (paragraph[index] !== '.') return false;
  const word = /([\p{L}.]+)$/u.exec(paragraph.slice(Math.max(0, index - 12), index))?.[1] ?? '';
  return ABBREVIATIONS.has(word.toLowerCase()) || /^\p{Lu}$/u.test(word);
}
