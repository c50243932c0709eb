const SPECIAL = /[+\-!(){}[\]^"~*?:\\/&|]/g;
const OPERATORS = new Set(['AND', 'OR', 'NOT', 'TO']);

/**
 * Makes user text a plain Lucene query: every syntax character is escaped and the operator words
 * are lowered, so any input searches for its words instead of failing to parse.
 */
export function plainLuceneQuery(text: string): string {
  return text
    .split(/\s+/)
    .filter((word) => word.length > 0)
    .map((word) => (OPERATORS.has(word) ? word.toLowerCase() : word.replace(SPECIAL, (c) => `\\${c}`)))
    .join(' ');
}
