import fc from 'fast-check';
import { claimIdentity, sourceIdentity } from '../shared-identities';

/** Issue 11, item 8: one key per real-world source or statement, however each story writes it. */

const word = fc.stringMatching(/^[A-Za-z0-9][A-Za-z0-9,:!?-]{0,11}$/);
const words = fc.array(word, { minLength: 1, maxLength: 8 });
const isoDate = fc.date({ min: new Date('2000-01-01'), max: new Date('2030-12-31'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10));
const source = fc.record({ title: words, publisher: words, publishedAt: isoDate });

const QUOTES: [string, string][] = [
  ["'", "'"],
  ['\u2018', '\u2019'],
  ['"', '"'],
  ['\u201c', '\u201d'],
];

const TRUNCATIONS = ['', '…', '...', ' …'];

/** The same words written another way: case, spacing, quote marks around one word, and for a title, a trailing ellipsis. */
const rewritten = (parts: string[], ellipses: string[] = ['']) =>
  fc
    .record({
      upper: fc.array(fc.boolean(), { minLength: parts.length, maxLength: parts.length }),
      spaces: fc.array(fc.constantFrom(' ', '  ', '\t', ' \n '), { minLength: parts.length, maxLength: parts.length }),
      quoted: fc.nat({ max: parts.length - 1 }),
      quotes: fc.constantFrom(...QUOTES),
      ellipsis: fc.constantFrom(...ellipses),
    })
    .map(({ upper, spaces, quoted, quotes, ellipsis }) => {
      const written = parts.map((part, i) => {
        const cased = upper[i] ? part.toUpperCase() : part.toLowerCase();
        return i === quoted ? `${quotes[0]}${cased}${quotes[1]}` : cased;
      });
      return ` ${written.map((part, i) => (i === 0 ? part : `${spaces[i]}${part}`)).join('')}${ellipsis}`;
    });

test('sources that differ only by case, spacing, quote style or a trailing ellipsis have one identity', () => {
  fc.assert(
    fc.property(
      source.chain((s) => {
        const title = rewritten(s.title, TRUNCATIONS);
        return fc.tuple(fc.constant(s), title, title, rewritten(s.publisher), rewritten(s.publisher));
      }),
      ([s, titleA, titleB, publisherA, publisherB]) => {
        const a = sourceIdentity({ title: titleA, publisher: publisherA, publishedAt: s.publishedAt });
        const b = sourceIdentity({ title: titleB, publisher: publisherB, publishedAt: s.publishedAt });
        expect(a?.id).toMatch(/^source-identity:[0-9a-f]{12}$/);
        expect(b?.id).toBe(a?.id);
      },
    ),
  );
});

test('sources that differ in publisher or date have different identities', () => {
  fc.assert(
    fc.property(source, words, isoDate, (s, otherPublisher, otherDate) => {
      const title = s.title.join(' ');
      const publisher = s.publisher.join(' ');
      const id = sourceIdentity({ title, publisher, publishedAt: s.publishedAt })?.id;
      fc.pre(otherPublisher.join(' ').toLowerCase() !== publisher.toLowerCase() && otherDate !== s.publishedAt);
      expect(sourceIdentity({ title, publisher: otherPublisher.join(' '), publishedAt: s.publishedAt })?.id).not.toBe(id);
      expect(sourceIdentity({ title, publisher, publishedAt: otherDate })?.id).not.toBe(id);
      expect(sourceIdentity({ title, publisher: null, publishedAt: s.publishedAt })?.id).not.toBe(id);
    }),
  );
});

test('words are not shifted between publisher and title: ("a b", "c") is not ("a", "b c")', () => {
  const publishedAt = '2026-05-21';
  expect(sourceIdentity({ publisher: 'The Neuron', title: 'Daily', publishedAt })?.id).not.toBe(
    sourceIdentity({ publisher: 'The', title: 'Neuron Daily', publishedAt })?.id,
  );
});

test('a source with neither publisher nor date has no identity: two stories’ "internal memo"s must not merge', () => {
  fc.assert(
    fc.property(words, (title) => {
      expect(sourceIdentity({ title: title.join(' '), publisher: null, publishedAt: undefined })).toBeNull();
      expect(sourceIdentity({ title: title.join(' '), publisher: 'Meta', publishedAt: undefined })).not.toBeNull();
      expect(sourceIdentity({ title: title.join(' '), publisher: null, publishedAt: '2026-05-20' })).not.toBeNull();
    }),
  );
});

test('claims share an identity by speaker and folded words; narrators (one per story) never share', () => {
  const words = 'really smart people';
  const zuckerberg = (storyId: string, text: string) => claimIdentity({ text, speakerId: 'actor:mark-zuckerberg' }, storyId).id;
  expect(zuckerberg('story:a', words)).toBe(zuckerberg('story:b', "  Really  'smart' PEOPLE"));
  expect(claimIdentity({ text: words, speakerId: 'actor:meta' }, 'story:a').id).not.toBe(zuckerberg('story:a', words));
  const narrated = (story: string) => claimIdentity({ text: words, speakerId: `actor:narrator:${story}` }, `story:${story}`).id;
  expect(narrated('a')).not.toBe(narrated('b'));
  // With no speaker at all, the story keys it: no other story's claim meets it.
  expect(claimIdentity({ text: words, speakerId: null }, 'story:a').id).not.toBe(claimIdentity({ text: words, speakerId: null }, 'story:b').id);
});
