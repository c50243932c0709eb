import { parsePerspectiveName } from '../perspective-name';

describe('parsePerspectiveName', () => {
  it.each([
    [
      'Mark Zuckerberg / Meta (internal)',
      { actors: [{ name: 'Mark Zuckerberg', kind: 'person' }, { name: 'Meta', kind: 'organization' }], authors: [], channel: 'internal' },
    ],
    ['Meta (public / official communications)', { actors: [{ name: 'Meta', kind: 'organization' }], authors: [], channel: 'public' }],
    ['Sources close to Meta (leaked)', { actors: [{ name: 'Sources close to Meta', kind: 'organization' }], authors: [], channel: 'leaked' }],
    ['The Neuron (Eric Gerard Ruiz)', { actors: [{ name: 'The Neuron', kind: 'outlet' }], authors: ['Eric Gerard Ruiz'] }],
    ['Ledgerline (Priya Raman, Tom Ode)', { actors: [{ name: 'Ledgerline', kind: 'outlet' }], authors: ['Priya Raman', 'Tom Ode'] }],
    ['SemiAnalysis', { actors: [{ name: 'SemiAnalysis' }], authors: [] }],
    ['Labor unions / privacy advocates', { actors: [{ name: 'Labor unions' }, { name: 'privacy advocates' }], authors: [] }],
  ])('%s', (label, expected) => expect(parsePerspectiveName(label)).toEqual(expected));

  it('finds nobody in a line without a name', () => {
    expect(parsePerspectiveName('(internal)')).toBeUndefined();
    expect(parsePerspectiveName(' / ')).toBeUndefined();
  });
});
