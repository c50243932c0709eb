import fc from 'fast-check';
import { fixturePath, lineOf, luminaV1, replaceLine } from '../../../../tests/fixtures/stories/story-fixtures';
import type { SourceNode } from '../../../model/story-graph';
import { parseStoryDocument } from '../parse-story-document';

/** What the text says about where a source's content comes from, recorded by the parser alone. */

const NARRATIVE_LINE = 14;
const SOURCE_TITLES: Record<number, string> = {
  1: 'Statement on a security incident affecting Lumina Health patients',
  2: 'Telehealth firm Lumina says 2.1M patient records exposed via vendor',
  3: 'Slack logs show Lumina knew of breach weeks before it told patients',
  4: `"We cannot afford a second headline": Whitfield's memo on the breach`,
  5: "Regulator opens inquiry into Lumina Health's breach notification",
};
/** Publishers of exactly one source of the fixture, which name it by themselves. */
const SOLE_PUBLISHERS: Record<number, string> = { 1: 'Lumina Health', 4: 'Priya Raman', 5: 'Health Policy Wire' };
const PUBLISHERS: Record<number, string> = { ...SOLE_PUBLISHERS, 2: 'Ledgerline', 3: 'Ledgerline' };

const parse = (text: string) => parseStoryDocument(text, { file: fixturePath('lumina-health-breach.v1.txt'), storySlug: 'lumina-health-breach' });
const withSentence = (sentence: string) => replaceLine(luminaV1, NARRATIVE_LINE, `${lineOf(luminaV1, NARRATIVE_LINE)} ${sentence}`);
const sourceId = (ref: number) => `source:lumina-health-breach:${ref}`;
const relationsOf = (text: string): Record<number, Pick<SourceNode, 'derivedFrom' | 'anonymousSourcing'>> =>
  Object.fromEntries(parse(text).sources.map((s) => [s.ref, { derivedFrom: s.derivedFrom, anonymousSourcing: s.anonymousSourcing }]));

/** Ways the text names one source unambiguously: a relayed one by its number or title; the relaying one also by a publisher of one source. */
const naming = (ref: number, role: 'source' | 'origin') =>
  fc.constantFrom(
    ...[
      `the report [${ref}]`,
      `${PUBLISHERS[ref]} [${ref}]`,
      `“${SOURCE_TITLES[ref]}”`,
      ...(role === 'origin' || SOLE_PUBLISHERS[ref] === undefined ? [] : [SOLE_PUBLISHERS[ref]]),
    ],
  );
const ACTIVE = ['relayed', 'quoted', 'cited', 'carried', 'reposted', 'was based on', 'drew on'];
const PARTICIPLE = ['citing', 'quoting', 'relaying', 'based on'];
const PASSIVE = ['relayed', 'quoted', 'cited', 'carried'];
const capitalized = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

const phrasing = fc
  .tuple(fc.constantFrom(1, 2, 3, 4, 5), fc.constantFrom(1, 2, 3, 4, 5))
  .filter(([source, origin]) => source !== origin)
  .chain(([source, origin]) =>
    fc.tuple(fc.constant(source), fc.constant(origin), naming(source, 'source'), naming(origin, 'origin'), fc.constantFrom('active', 'participle', 'passive')).chain(
      ([, , named, from, form]) => {
        const verbs = form === 'active' ? ACTIVE : form === 'participle' ? PARTICIPLE : PASSIVE;
        return fc.constantFrom(...verbs).map((verb) => {
          const sentence =
            form === 'active'
              ? `${capitalized(named)} ${verb} ${from} in a follow-up.`
              : form === 'participle'
                ? `${capitalized(named)}, ${verb} ${from}, reported on the breach again.`
                : `${capitalized(from)} was later ${verb} by ${named}.`;
          return { source, origin, sentence, how: form === 'passive' ? `${verb} by` : verb };
        });
      },
    ),
  );

describe('derivations the text states', () => {
  it('records a source the text says relays, quotes, cites or is based on another as derived from it, with the verb', () => {
    fc.assert(
      fc.property(phrasing, ({ source, origin, sentence, how }) => {
        const relations = relationsOf(withSentence(sentence));
        expect(relations[source]?.derivedFrom).toEqual([{ sourceId: sourceId(origin), how }]);
        for (const [ref, { derivedFrom }] of Object.entries(relations)) if (Number(ref) !== source) expect(derivedFrom).toEqual([]);
      }),
      { numRuns: 150 },
    );
  });

  it.each([
    ['a publisher of two sources with no number of its own', 'Ledgerline relayed the statement [1] in a follow-up.'],
    ['an origin named by nothing the story lists', 'Lumina Health cited an outside forensic firm.'],
    ['a source said to cite itself', 'Ledgerline [2] cited Ledgerline [2] again.'],
    ['an origin named only by its publisher, which names no item of theirs', "Ledgerline [3] cited Lumina Health's long silence."],
  ])('records nothing where the text names a side ambiguously or not at all: %s', (_, sentence) => {
    expect(parse(withSentence(sentence)).sources.map((s) => s.derivedFrom)).toEqual([[], [], [], [], []]);
  });

  it('records none in the fixture story, whose text states no relaying', () => {
    expect(parse(luminaV1).sources.map((s) => s.derivedFrom)).toEqual([[], [], [], [], []]);
  });
});

describe('anonymous sourcing', () => {
  it.each([
    ['Ledgerline [3], citing unnamed sources, reported the delay again.', 3, ['citing unnamed sources']],
    ['Sources told Health Policy Wire that the inquiry will widen.', 5, ['Sources told']],
    ['Priya Raman, quoting people familiar with the funding round, said more would follow.', 4, ['people familiar with']],
    ['Ledgerline reported that the analyst spoke on condition of anonymity [2].', 2, ['on condition of anonymity']],
  ])('records the phrase on the source it describes: %s', (sentence, ref, phrases) => {
    const relations = relationsOf(withSentence(sentence));
    expect(relations[ref]?.anonymousSourcing).toEqual(phrases);
    for (const [other, { anonymousSourcing }] of Object.entries(relations)) if (Number(other) !== ref) expect(anonymousSourcing).toBeUndefined();
  });

  it("records the phrases of a perspective's holder and of a source's own title", () => {
    // The perspective of the publisher of [5] (lines 33-34), and [5]'s title (line 42).
    const edited = replaceLine(luminaV1, 42, '- [5] Sources have told Health Policy Wire that a regulator opens an inquiry — Health Policy Wire (2026-03-12)');
    const doc = parse(replaceLine(edited, 33, 'Health Policy Wire', 'Reports the regulator\'s inquiry via anonymous sources.'));
    expect(doc.sources.find((s) => s.ref === 5)?.anonymousSourcing).toEqual(['via anonymous sources', 'Sources have told']);
    expect(doc.sources.filter((s) => s.anonymousSourcing !== undefined).map((s) => s.ref)).toEqual([5]);
  });
});
