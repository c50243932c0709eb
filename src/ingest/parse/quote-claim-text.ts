import type { QuotedSpan } from './quotes';

/**
 * The text of a quote claim: from where the sentence names the speaker up to the closing quote mark
 * ("Zuckerberg privately justified the surveillance as learning from 'really smart people,'"), so
 * the claim reads on its own; just the quotation, marks included, when no naming leads up to it or
 * another quotation stands in between.
 */
export function quoteClaimText(text: string, quote: QuotedSpan, quotes: readonly QuotedSpan[], leadStart?: number): string {
  const interrupted = quotes.some((other) => leadStart !== undefined && other.start >= leadStart && other.start < quote.start);
  const start = leadStart === undefined || interrupted ? quote.start : leadStart;
  const opened = [...text.slice(start, quote.end)].filter((c) => c === '(').length;
  const closed = [...text.slice(start, quote.end)].filter((c) => c === ')').length;
  // "framing ('routine monitoring')": a parenthesis opened before the quotation closes right after it.
  const end = opened > closed && text[quote.end] === ')' ? quote.end + 1 : quote.end;
  return text.slice(start, end);
}
