/** Semicolons and spaced dashes separate the clauses within which a cue of saying governs. */
const CLAUSE_BREAK = /;\s|\s[—–]\s/g;
/**
 * What opens a sentence's last clause for citation scope: a clause break, or a comma before a
 * subordinate or appositive phrase ("…, while…", "…, revealing…", "…, a rationale…").
 */
const FINAL_CLAUSE_BREAK = /;\s|\s[—–]\s|,['’"”]?\s(?=(?:while|whereas|with|but|revealing|suggesting|a|an)\s)/g;

export interface Span {
  start: number;
  end: number;
}

/** The clause of `text` around index `at`, between clause breaks. */
export function clauseAround(text: string, at: number): Span {
  let start = 0;
  for (const brk of text.matchAll(CLAUSE_BREAK)) {
    const index = brk.index ?? 0;
    if (index >= at) return { start, end: index };
    start = index + brk[0].length;
  }
  return { start, end: text.length };
}

/** `end`, or one before it where the span from `from` ends with a sentence's stop: what was said, without the stop. */
export const beforeFinalStop = (text: string, from: number, end: number): number => (/[.!?]$/.test(text.slice(from, end)) ? end - 1 : end);

/** Where a sentence's last clause starts: the citations at its end close that clause first. */
export function finalClauseStart(text: string): number {
  let start = 0;
  for (const brk of text.matchAll(FINAL_CLAUSE_BREAK)) start = (brk.index ?? 0) + brk[0].length;
  return start;
}
