import { parseStory } from '../parse-story';
import { parseStoryDocument } from '../parse-story-document';
import { StoryParseError } from '../story-parse-error';
import { lineOf, luminaV1, replaceLine } from '../../../../tests/fixtures/stories/story-fixtures';

const FILE = 'stories/lumina-health-breach.v1.txt';

function parseError(text: string): StoryParseError {
  try {
    parseStoryDocument(text, { file: FILE });
  } catch (error) {
    if (error instanceof StoryParseError) return error;
    throw error;
  }
  throw new Error('expected the document to be refused');
}

const edit = (number: number, transform: (line: string) => string) =>
  replaceLine(luminaV1, number, transform(lineOf(luminaV1, number)));

describe('parse errors name the file, the line, what was expected and what was found', () => {
  it('formats its message as file:line: expected …, found …', () => {
    const error = parseError(edit(3, (line) => line.replace('5 items', 'five items')));
    expect(error).toMatchObject({
      name: 'StoryParseError',
      file: FILE,
      line: 3,
      expected: 'an item count "N items" with N a number up to 2147483647',
      found: '"five items"',
    });
    expect(error.message).toBe(`${FILE}:3: expected an item count "N items" with N a number up to 2147483647, found "five items"`);
  });

  it.each<[string, string, number, RegExp]>([
    ['an empty file', '', 1, /expected a story document, found an empty file/],
    ['a file of blank lines', '\n  \n\t\n', 1, /found an empty file/],
    ['binary junk', '\u0089PNG\r\n\u001a\n\u0000\u0000', 1, /expected text, found binary data \(U\+0089\)/],
    ['a NUL byte in the narrative', edit(13, (line) => `${line.slice(0, 20)}\u0000${line.slice(20)}`), 13, /binary data \(U\+0000\) at column 21/],
    ['an undecodable byte', edit(30, (line) => `${line}\uFFFD`), 30, /binary data \(U\+FFFD\)/],
    ['a title line without " · history"', edit(1, (line) => line.replace(' · history', '')), 1, /expected a title line ending in " · history"/],
    ['a version that is not a number', edit(2, () => 'Version two'), 2, /expected a line "Version N"/],
    ['a missing version line', replaceLine(luminaV1, 2), 2, /expected a line "Version N" with N from 1 to 1000000, found "2026-03-12 18:40 UTC/],
    ['a malformed update line', edit(3, () => '2026-03-12 · 5 items'), 3, /expected an update line/],
    ['an impossible header date', edit(3, (line) => line.replace('2026-03-12', '2026-13-40')), 3, /expected a calendar date YYYY-MM-DD, found "2026-13-40"/],
    ['an impossible header time', edit(3, (line) => line.replace('18:40', '24:10')), 3, /expected a time HH:MM/],
    ['a document that is only a header', luminaV1.split('\n').slice(0, 3).join('\n'), 4, /expected section "What", found the end of the file/],
    ['text before the first section', replaceLine(luminaV1, 4, 'Preamble', 'What'), 4, /expected section "What", found "Preamble"/],
    ['a missing section', replaceLine(luminaV1, 6), 7, /expected section "Why it matters", found section "Open questions"/],
    ['sections out of order', replaceLine(replaceLine(luminaV1, 12, 'Timeline'), 15, 'Narrative'), 12, /expected section "Narrative", found section "Timeline"/],
    ['a repeated section', `${luminaV1.trimEnd()}\nWhat\n`, 43, /expected a line of section "Sources", found a second "What" heading \(first on line 4\)/],
    ['a document cut before its sources', luminaV1.split('\n').slice(0, 36).join('\n'), 37, /expected section "Sources", found the end of the file/],
    ['an empty What', replaceLine(luminaV1, 5), 5, /expected a paragraph under "What", found section "Why it matters"/],
    ['a timeline entry without a date', edit(17, (line) => line.replace('- 2026-02-05: ', '- ')), 17, /expected a timeline entry "- YYYY-MM-DD: text \[n\]"/],
    ['a timeline entry with an impossible date', edit(18, (line) => line.replace('2026-03-02', '2026-02-30')), 18, /expected a calendar date YYYY-MM-DD, found "2026-02-30"/],
    ['a timeline entry with no text', edit(19, () => '- 2026-03-12: [5]'), 19, /expected text after the date/],
    ['a source line without publisher', edit(40, (line) => line.replace(' — Ledgerline', ' Ledgerline')), 40, /expected a title and a publisher separated by " — "/],
    ['a source line without date', edit(41, (line) => line.replace(' (2026-03-11)', '')), 41, /expected a publication date "\(YYYY-MM-DD\)"/],
    ['a source line with an impossible date', edit(42, (line) => line.replace('2026-03-12', '2026-04-31')), 42, /found "2026-04-31"/],
    ['a source line without number', edit(39, (line) => line.replace('[2] ', '')), 39, /expected a source line "- \[n\] title — publisher \(YYYY-MM-DD\)"/],
    ['a source numbered 0', edit(39, (line) => line.replace('[2]', '[0]')), 39, /expected a source number from 1 to 1000000, found \[0\]/],
    ['a duplicate source number', edit(41, (line) => line.replace('[4]', '[3]')), 41, /expected a distinct source number, found \[3\] again \(first on line 40\)/],
    ['a citation of a missing source', edit(10, (line) => line.replace('[2]', '[7]')), 10, /expected citations of listed sources, found \[7\], which is not under Sources/],
    ['a citation of a missing source in a stance', edit(27, (line) => line.replace('[3]', '[9]')), 27, /found \[9\]/],
    ['a repeated question', replaceLine(luminaV1, 10, lineOf(luminaV1, 9)), 10, /expected a distinct open question, found a repeat of line 9/],
    ['a repeated timeline entry', replaceLine(luminaV1, 17, lineOf(luminaV1, 16)), 17, /expected a distinct timeline entry, found a repeat of line 16/],
    ['a perspective without stance', replaceLine(luminaV1, 32), 32, /expected a stance paragraph for "Northern Data Protection Authority", found "Evolution:/],
    ['a perspective name line at the end of its section', replaceLine(luminaV1, 33, lineOf(luminaV1, 33), 'Health Policy Wire'), 35, /expected a stance paragraph for "Health Policy Wire", found section "Tensions"/],
    ['a perspective without stance, first in its section', replaceLine(luminaV1, 23), 23, /expected a stance paragraph for "Dana Whitfield \/ Lumina Health \(public\)", found "Evolution:/],
    ['two evolution lines', replaceLine(luminaV1, 24, lineOf(luminaV1, 24), lineOf(luminaV1, 24)), 25, /expected a perspective name line, found "Evolution: Unchanged/],
    ['a tension without "vs."', edit(36, (line) => line.replace(' vs. ', ' and ')), 36, /expected a tension "- side A vs. side B: explanation \[n\]"/],
    ['a tension with an empty side', edit(36, (line) => line.replace('Careful forensic investigation', '[3]')), 36, /expected side A of the tension/],
    ['a question too long for the model', edit(11, () => `${'why '.repeat(5_001)}? [1]`), 11, /questions\.2\.text/],
  ])('%s', (_name, text, line, message) => {
    const error = parseError(text);
    expect(error.message).toMatch(message);
    expect({ line: error.line, file: error.file }).toEqual({ line, file: FILE });
  });

  it('refuses a story slug that cannot key ids', () => {
    expect(() => parseStoryDocument(luminaV1, { file: FILE, storySlug: 'Lumina Health' })).toThrow(
      new StoryParseError(FILE, 1, 'a story slug of lowercase letters, digits and dashes', '"Lumina Health"'),
    );
  });

  it('reads CRLF line endings and a byte order mark like plain lines', () => {
    const crlf = `\uFEFF${luminaV1.replace(/\n/g, '\r\n')}`;
    expect(parseStoryDocument(crlf, { file: FILE })).toEqual(parseStoryDocument(luminaV1, { file: FILE }));
    expect(parseError(crlf.replace('[7]', '').replace('(2026-03-10)', '(2026-03-1)')).line).toBe(40);
  });
});

describe('lenient parsing', () => {
  const broken = replaceLine(edit(10, (line) => line.replace('[2]', '[7]')), 18, '- 2026-03-02: Lumina Health publishes its breach statement. [1][8]');

  it('keeps citations of missing sources out of the graph and lists them with their lines', () => {
    const { document, info } = parseStory(broken, { file: FILE, lenient: true });
    expect(document.questions[1]?.sourceRefs).toEqual([]);
    expect(document.events[2]?.sourceRefs).toEqual([1]);
    expect(info.citations.filter((site) => site.ref > 6)).toEqual([
      { ref: 7, line: 10 },
      { ref: 8, line: 18 },
    ]);
  });

  it('is not what parseStoryDocument does', () => {
    expect(parseError(broken).line).toBe(10);
  });
});
