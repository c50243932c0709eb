import fc from 'fast-check';
import { BELIEF, CREDIBILITY_TABLE, credibilityGrade, type CredibilityInputs } from '../credibility-grade';

const inputs = fc.record({
  origins: fc.nat(6),
  inheritedOnly: fc.boolean(),
  contradiction: fc.nat(6),
  support: fc.nat(6),
});

const belief = (given: CredibilityInputs) => BELIEF[credibilityGrade(given).rating];

describe('hand-worked rows', () => {
  test.each([
    // [origins, inheritedOnly, contradiction, support] → rating, rule
    [0, false, 0, 0, 6, 'NO_EVIDENCE'],
    [0, true, 0, 0, 6, 'NO_EVIDENCE'],
    [0, false, 1, 0, 5, 'CONTRADICTED_WITHOUT_EVIDENCE'],
    // Backing does not save a claim with nothing of its own from evidence against it.
    [0, false, 2, 3, 5, 'CONTRADICTED_WITHOUT_EVIDENCE'],
    [0, false, 0, 1, 3, 'BACKED_BY_ANOTHER_CLAIM'],
    [1, false, 2, 0, 4, 'OUTWEIGHED'],
    [2, false, 3, 0, 4, 'OUTWEIGHED'],
    [1, false, 1, 0, 3, 'EVENLY_CONTESTED'],
    [3, true, 3, 0, 3, 'EVENLY_CONTESTED'],
    [3, false, 2, 0, 2, 'CORROBORATED_BUT_CONTRADICTED'],
    [2, false, 1, 0, 2, 'CORROBORATED_BUT_CONTRADICTED'],
    [2, true, 0, 0, 2, 'CORROBORATED_BY_PASSAGES_ONLY'],
    [2, false, 0, 0, 1, 'CONFIRMED'],
    // Support adds nothing to a claim that stands on its own origins.
    [5, false, 0, 4, 1, 'CONFIRMED'],
    [1, true, 0, 0, 3, 'SINGLE_ORIGIN_BY_PASSAGE_ONLY'],
    [1, false, 0, 0, 2, 'SINGLE_ORIGIN'],
  ] as const)('origins %i, inheritedOnly %s, contradiction %i, support %i: %i by %s', (origins, inheritedOnly, contradiction, support, rating, rule) => {
    expect(credibilityGrade({ origins, inheritedOnly, contradiction, support })).toMatchObject({ rating, rule });
  });

  test('each grade carries its label on the scale', () => {
    expect(credibilityGrade({ origins: 2, inheritedOnly: false, contradiction: 0, support: 0 }).label).toBe('Confirmed by other sources');
    expect(credibilityGrade({ origins: 0, inheritedOnly: false, contradiction: 0, support: 0 }).label).toBe('Truth cannot be judged');
  });
});

test('exactly one row fires for every input', () => {
  fc.assert(
    fc.property(inputs, (given) => {
      expect(CREDIBILITY_TABLE.filter((row) => row.applies(given)).map((row) => row.rule)).toHaveLength(1);
    }),
    { numRuns: 2000 },
  );
});

describe('monotone', () => {
  test('more independent origins never make a claim less believable', () => {
    fc.assert(
      fc.property(inputs, fc.integer({ min: 1, max: 4 }), (given, more) => {
        expect(belief({ ...given, origins: given.origins + more })).toBeGreaterThanOrEqual(belief(given));
      }),
      { numRuns: 2000 },
    );
  });

  test('a stronger contradiction never makes a claim more believable', () => {
    fc.assert(
      fc.property(inputs, fc.integer({ min: 1, max: 4 }), (given, more) => {
        expect(belief({ ...given, contradiction: given.contradiction + more })).toBeLessThanOrEqual(belief(given));
      }),
      { numRuns: 2000 },
    );
  });

  test('stronger backing, and evidence that closes its own words, never make it less believable', () => {
    fc.assert(
      fc.property(inputs, fc.integer({ min: 1, max: 4 }), (given, more) => {
        expect(belief({ ...given, support: given.support + more })).toBeGreaterThanOrEqual(belief(given));
        expect(belief({ ...given, inheritedOnly: false })).toBeGreaterThanOrEqual(belief({ ...given, inheritedOnly: true }));
      }),
      { numRuns: 2000 },
    );
  });

  test('only a claim with no evidence anywhere is graded 6', () => {
    fc.assert(
      fc.property(inputs, (given) => {
        const nothing = given.origins === 0 && given.contradiction === 0 && given.support === 0;
        expect(credibilityGrade(given).rating === 6).toBe(nothing);
      }),
    );
  });
});
