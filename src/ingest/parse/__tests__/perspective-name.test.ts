import fc from 'fast-check';
import { parsePerspectiveName } from '../perspective-name';

describe('parsePerspectiveName', () => {
  it.each([
    [
      'Mark Zuckerberg / Meta (internal)',
      {
        holders: [{ name: 'Mark Zuckerberg', kind: 'person' }, { name: 'Meta', kind: 'organization' }],
        qualifier: 'internal',
        channel: 'internal',
      },
    ],
    [
      'Meta (public / official communications)',
      { holders: [{ name: 'Meta', kind: 'organization' }], qualifier: 'public / official communications', channel: 'public' },
    ],
    ['Sources close to Meta (leaked)', { holders: [{ name: 'Sources close to Meta', kind: 'organization' }], qualifier: 'leaked', channel: 'leaked' }],
    ['The Neuron (Eric Gerard Ruiz)', { holders: [{ name: 'The Neuron' }, { name: 'Eric Gerard Ruiz', kind: 'person' }] }],
    [
      'Ledgerline (Priya Raman, Tom Ode)',
      { holders: [{ name: 'Ledgerline' }, { name: 'Priya Raman', kind: 'person' }, { name: 'Tom Ode', kind: 'person' }] },
    ],
    // A parenthesis that names an occasion rather than people is a qualifier, never an actor.
    [
      'Jane Roe / Acme Corp (press conference)',
      { holders: [{ name: 'Jane Roe', kind: 'person' }, { name: 'Acme Corp', kind: 'organization' }], qualifier: 'press conference' },
    ],
    ['Jane Roe (Press Conference)', { holders: [{ name: 'Jane Roe' }], qualifier: 'Press Conference' }],
    ['Acme Corp (via spokesperson)', { holders: [{ name: 'Acme Corp' }], qualifier: 'via spokesperson' }],
    ['Acme Corp (Town Hall)', { holders: [{ name: 'Acme Corp' }], qualifier: 'Town Hall' }],
    ['SemiAnalysis', { holders: [{ name: 'SemiAnalysis' }] }],
    ['Labor unions / privacy advocates', { holders: [{ name: 'Labor unions' }, { name: 'privacy advocates' }] }],
  ])('%s', (label, expected) => expect(parsePerspectiveName(label)).toEqual(expected));

  it('finds nobody in a line without a name', () => {
    expect(parsePerspectiveName('(internal)')).toBeUndefined();
    expect(parsePerspectiveName(' / ')).toBeUndefined();
  });

  it('never makes a holder of a lowercase parenthesis, whatever it says', () => {
    const aside = fc.stringMatching(/^[a-z][a-z ,&/-]{0,30}[a-z]$/);
    fc.assert(
      fc.property(aside, (words) => {
        const name = parsePerspectiveName(`Jane Roe / Acme Corp (${words})`);
        expect(name?.holders.map((holder) => holder.name)).toEqual(['Jane Roe', 'Acme Corp']);
        expect(name?.qualifier).toBe(words);
      }),
    );
  });
});
