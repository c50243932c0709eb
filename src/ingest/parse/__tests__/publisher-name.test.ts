import { guessActorKind } from '../actors';
import { parsePublisherName } from '../publisher-name';

describe('parsePublisherName', () => {
  it.each([
    ['Rohan Paul Twitter', { name: 'Rohan Paul', platform: 'Twitter', kind: 'social_post' }],
    ['SemiAnalysis Twitter', { name: 'SemiAnalysis', platform: 'Twitter', kind: 'social_post' }],
    ['Priya Raman X', { name: 'Priya Raman', platform: 'X', kind: 'social_post' }],
    ['Some Channel (YouTube)', { name: 'Some Channel', platform: 'YouTube', kind: 'social_post' }],
    ['Platformer Substack', { name: 'Platformer', platform: 'Substack', kind: 'newsletter' }],
    ['The Neuron', { name: 'The Neuron', kind: 'article' }],
    ['X', { name: 'X', kind: 'article' }],
  ])('%s', (publisher, expected) => expect(parsePublisherName(publisher)).toEqual(expected));
});

describe('guessActorKind', () => {
  it.each([
    ['Rohan Paul', 'person'],
    ['Eric Gerard Ruiz', 'person'],
    ['The Neuron', 'outlet'],
    ['Business Insider', 'outlet'],
    ['SemiAnalysis', 'outlet'],
    ['Northern Data Protection Authority', 'outlet'],
    ['Acme Newsroom', 'outlet'],
    ['Press Conference', 'outlet'],
    ['Stuart Hall', 'person'],
  ])('%s → %s', (name, kind) => expect(guessActorKind(name, 'outlet')).toBe(kind));
});
