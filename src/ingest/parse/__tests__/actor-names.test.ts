import { readFileSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { lineOf, luminaV1, replaceLine } from '../../../../tests/fixtures/stories/story-fixtures';
import { jsonLineOf } from '../../json-line';
import { readStoryGraphJson } from '../../load-story-file';
import { parseStory } from '../parse-story';

/**
 * Names must display as what they are: a bidi control, zero-width character or other invisible
 * format or control character in an actor's name, alias or a publisher is refused at its line, and
 * names differing only in Unicode normalization are one actor, spelled in NFC.
 */

const seedGraphText = readFileSync(path.resolve(__dirname, '../../../../seed/meta-surveillance-layoffs.graph.json'), 'utf8');
const seedGraph = JSON.parse(seedGraphText) as { actors: { name: string; aliases: string[] }[]; sources: { publisher: string }[] };

/** Every format (Cf) character, and the control characters a name could smuggle in. */
const INVISIBLE: string[] = [];
for (let code = 0; code <= 0x10ffff; code += 1) {
  if (code >= 0xd800 && code <= 0xdfff) continue;
  if (/[\p{Cf}\p{Cc}]/u.test(String.fromCodePoint(code))) INVISIBLE.push(String.fromCodePoint(code));
}
const invisible = fc.oneof(
  fc.constantFrom('\u200b', '\u200c', '\u200d', '\u200e', '\u200f', '\u202a', '\u202b', '\u202c', '\u202d', '\u202e', '\u2066', '\u2067', '\u2068', '\u2069', '\ufeff'),
  fc.constantFrom(...INVISIBLE),
);

/** `name` with `character` put between two of its characters, where trimming cannot take it off. */
const smuggled = (name: string, at: number, character: string) => {
  const index = 1 + (at % Math.max(1, name.length - 1));
  return `${name.slice(0, index)}${character}${name.slice(index)}`;
};

/** A StoryParseError at `line` whose message names the character's code point. */
const refusedAt = (line: number, character: string) =>
  expect.objectContaining({
    name: 'StoryParseError',
    line,
    message: expect.stringContaining(`U+${character.codePointAt(0)?.toString(16).toUpperCase().padStart(4, '0')}`),
  });

describe('an invisible character in a name is refused at its line', () => {
  it('in a story graph document: actor names, aliases and publishers', () => {
    const fields = [
      ...seedGraph.actors.map((_, index) => ['actors', index, 'name']),
      ...seedGraph.actors.flatMap((actor, index) => actor.aliases.map((_, alias) => ['actors', index, 'aliases', alias])),
      ...seedGraph.sources.map((_, index) => ['sources', index, 'publisher']),
    ] as (string | number)[][];
    fc.assert(
      fc.property(fc.constantFrom(...fields), fc.nat(), invisible, (at, position, character) => {
        const graph = JSON.parse(seedGraphText) as Record<string | number, unknown>;
        const parent = at.slice(0, -1).reduce<Record<string | number, unknown>>((node, key) => node[key] as Record<string | number, unknown>, graph);
        const key = at.at(-1) as string | number;
        parent[key] = smuggled(String(parent[key]), position, character);
        const text = JSON.stringify(graph, null, 2);
        expect(() => readStoryGraphJson(text, 'names.graph.json')).toThrow(refusedAt(jsonLineOf(text, at), character));
      }),
      { numRuns: 300 },
    );
  });

  it('in a story document: perspective name lines and publishers', () => {
    const lineNumber = (text: string) => luminaV1.split('\n').indexOf(text) + 1;
    const sourceLine = luminaV1.split('\n').findIndex((line) => line.startsWith('- [4] ')) + 1;
    // Names a line gives its holders; a parenthesis that does not read as people's names is no actor.
    const names = [
      { line: lineNumber('Ledgerline (Priya Raman)'), name: 'Ledgerline' },
      { line: lineNumber('Dana Whitfield / Lumina Health (public)'), name: 'Dana Whitfield' },
      { line: lineNumber('Dana Whitfield / Lumina Health (public)'), name: 'Lumina Health' },
      { line: sourceLine, name: 'Priya Raman X' },
      { line: lineNumber('Northern Data Protection Authority'), name: 'Northern Data Protection Authority' },
    ];
    fc.assert(
      // A line break inside a line makes two lines: a different document, not a name with a break in it.
      fc.property(fc.constantFrom(...names), fc.nat(), invisible.filter((character) => !/[\r\n]/.test(character)), ({ line, name }, position, character) => {
        const edited = replaceLine(luminaV1, line, lineOf(luminaV1, line).replace(name, smuggled(name, position, character)));
        expect(() => parseStory(edited, { file: 'names.txt' })).toThrow(refusedAt(line, character));
      }),
      { numRuns: 300 },
    );
  });
});

describe('names differing only in Unicode normalization', () => {
  const letter = fc.constantFrom('a', 'e', 'o', 'n', 'r', 'é', 'ñ', 'ü', 'ö', 'å', 'ç', 'ø', 'ě', 'ș', 'ṭ');
  const word = fc.array(letter, { minLength: 2, maxLength: 7 }).map((letters) => `Q${letters.join('')}`);
  const name = fc.tuple(word, word).map(([first, last]) => `${first} ${last}`);

  it('are one actor in a story document, spelled in NFC', () => {
    fc.assert(
      fc.property(name, (written) => {
        const [nfc, nfd] = [written.normalize('NFC'), written.normalize('NFD')];
        // The perspective names her in one form; her publisher line and the narrative in the other.
        const edited = luminaV1
          .replace('Ledgerline (Priya Raman)', `Ledgerline (${nfd})`)
          .replaceAll('Priya Raman', nfc);
        const { document } = parseStory(edited, { file: 'names.txt' });
        const named = document.actors.filter((actor) => actor.name.normalize('NFC') === nfc);
        expect(named).toHaveLength(1);
        expect(named[0]?.name).toBe(nfc);
        expect(named[0]?.aliases.every((alias) => alias.normalize('NFC') === alias)).toBe(true);
        expect(document.sources.find((source) => source.ref === 4)?.publisherId).toBe(named[0]?.id);
      }),
      { numRuns: 100 },
    );
  });

  it('are spelled in NFC in a story graph document', () => {
    fc.assert(
      fc.property(name, (written) => {
        const graph = JSON.parse(seedGraphText) as typeof seedGraph;
        const [actor] = graph.actors;
        if (!actor) throw new Error('the seed has actors');
        actor.name = written.normalize('NFD');
        actor.aliases = [written.normalize('NFC'), written.normalize('NFD')];
        const document = readStoryGraphJson(JSON.stringify(graph), 'names.graph.json');
        expect(document.actors[0]?.name).toBe(written.normalize('NFC'));
        expect(document.actors[0]?.aliases.every((alias) => alias === written.normalize('NFC'))).toBe(true);
      }),
      { numRuns: 100 },
    );
  });
});
