import fc from 'fast-check';
import { derivationKind } from '../derivations';

describe('derivationKind: relay unless the verb says the deriving source reports in its own words', () => {
  test.each([
    ['analyses the leaked all-hands audio', 'analysis'],
    ['Analyzed the memo', 'analysis'],
    ['comments on the post', 'analysis'],
    ['reviewed the filing', 'analysis'],
    ['drew on', 'analysis'],
    ['summarises the report', 'analysis'],
    ['fact-checks the claim', 'analysis'],
    ['relays leaked all-hands audio', 'relay'],
    ['quotes the memo', 'relay'],
    ['is based on', 'relay'],
    ['relayed by', 'relay'],
    ['citing', 'relay'],
    // The verb must lead: "quotes the analysis" relays.
    ['quotes the analysis of the memo', 'relay'],
    ['reviewer notes', 'relay'],
  ] as const)('%s → %s', (how, kind) => {
    expect(derivationKind(how)).toBe(kind);
  });

  test('no verb, or one it does not know, is a relay: never an origin the text does not show', () => {
    expect(derivationKind(undefined)).toBe('relay');
    expect(derivationKind(null)).toBe('relay');
    fc.assert(
      fc.property(fc.string(), (words) => {
        fc.pre(!/^\s*(analy|comment|review|examin|interpret|summari|discuss|dr[ae]w|respond|fact-check)/iu.test(words));
        expect(derivationKind(words)).toBe('relay');
      }),
    );
  });
});
