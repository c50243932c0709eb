import fc from 'fast-check';
import { MultiPatternSearch } from '../multi-pattern-search';

/** Every occurrence the slow way: an indexOf per pattern, at every position. */
function naiveMatches(patterns: readonly string[], text: string): [number, number, number][] {
  return patterns.flatMap((pattern, index) => {
    if (pattern === '') return [];
    const found: [number, number, number][] = [];
    for (let start = text.indexOf(pattern); start >= 0; start = text.indexOf(pattern, start + 1)) found.push([index, start, start + pattern.length]);
    return found;
  });
}

const sorted = (matches: [number, number, number][]) => [...matches].sort((a, b) => a[1] - b[1] || a[0] - b[0]);

describe('MultiPatternSearch', () => {
  it('finds exactly the occurrences an indexOf per pattern finds, overlapping and repeated patterns included', () => {
    // A small alphabet, so that patterns overlap, nest and repeat often; a surrogate pair and an accent too.
    const unit = fc.constantFrom('a', 'b', 'c', ' ', 'é', '😀');
    const string = (maxLength: number) => fc.array(unit, { maxLength }).map((units) => units.join(''));
    fc.assert(
      fc.property(fc.array(string(5), { maxLength: 12 }), string(60), (patterns, text) => {
        const found: [number, number, number][] = [];
        new MultiPatternSearch(patterns).forEachMatch(text, (pattern, start, end) => found.push([pattern, start, end]));
        expect(sorted(found)).toEqual(sorted(naiveMatches(patterns, text)));
      }),
      { numRuns: 2_000 },
    );
  });

  it('reports matches in order of where they end', () => {
    const ends: number[] = [];
    new MultiPatternSearch(['he', 'she', 'hers', 'his']).forEachMatch('ushers and his', (_, __, end) => ends.push(end));
    expect(ends).toEqual([4, 4, 6, 14]);
  });
});
