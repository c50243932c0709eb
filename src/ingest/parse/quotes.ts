export interface QuotedSpan {
  /** Index of the opening quote mark in the text. */
  start: number;
  /** Index just past the closing quote mark. */
  end: number;
  /** The quoted words without quote marks or the comma or period that closes them. */
  span: string;
}

const CLOSING: Record<string, string> = { "'": "'", '‘': '’', '"': '"', '“': '”' };
const WORD = /[\p{L}\p{N}]/u;
/** What may stand right before an opening straight quote: a straight quote after a letter is an apostrophe. */
const BEFORE_OPENING = /[\s([{\u2014\u2013/-]/u;

/**
 * Quoted phrases in '…', ‘…’, "…" or “…”. Apostrophes inside words (`Meta's`, `isn’t`) are not
 * quote marks: an opening mark must start a word and a closing one must end one.
 */
export function findQuotes(text: string): QuotedSpan[] {
  const quotes: QuotedSpan[] = [];
  let open: { mark: string; index: number } | undefined;
  for (let index = 0; index < text.length; index += 1) {
    const mark = text[index] ?? '';
    const before = text[index - 1];
    const after = text[index + 1];
    if (open === undefined) {
      const straight = mark === "'" || mark === '"';
      const opensWord = after !== undefined && !/\s/.test(after);
      if (mark in CLOSING && opensWord && (!straight || before === undefined || BEFORE_OPENING.test(before))) {
        open = { mark, index };
      }
    } else if (mark === CLOSING[open.mark] && before !== undefined && !/\s/.test(before) && !WORD.test(after ?? '')) {
      const span = text
        .slice(open.index + 1, index)
        .trim()
        .replace(/[,.;:]+$/, '')
        .trim();
      if (WORD.test(span)) quotes.push({ start: open.index, end: index + 1, span });
      open = undefined;
    }
  }
  return quotes;
}
