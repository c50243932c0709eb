import fc from 'fast-check';
import { StoryGraphDocument } from '../../../model/story-graph';
import { parseStory } from '../parse-story';
import { StoryParseError } from '../story-parse-error';
import { arbitraryText, assembledDocument, mutatedDocument } from '../../../../tests/support/story-mutations';

/** CLAIMGRAPH_FUZZ_RUNS=20000 for a long hunt; the default keeps the suite quick. */
const numRuns = Number(process.env.CLAIMGRAPH_FUZZ_RUNS ?? 300);

/** Either a document the model accepts, or a located StoryParseError: never anything else. */
function parsesOrRefuses(text: string, lenient = false): void {
  try {
    const { document } = parseStory(text, { file: 'fuzz.txt', lenient });
    expect(StoryGraphDocument.safeParse(document).success).toBe(true);
  } catch (error) {
    if (!(error instanceof StoryParseError)) throw error;
    // The parser wraps its own bugs too; those must not occur.
    expect(error.message).not.toContain('internal parser error');
    expect(error.file).toBe('fuzz.txt');
    expect(error.line).toBeGreaterThanOrEqual(1);
    expect(error.line).toBeLessThanOrEqual(text.split(/\r\n|\r|\n/).length + 1);
  }
}

describe('the parser on hostile input', () => {
  it('parses or refuses arbitrary strings', () => {
    fc.assert(fc.property(arbitraryText, (text) => parsesOrRefuses(text)), { numRuns });
  });

  it('parses or refuses documents assembled from the format\'s own pieces', () => {
    fc.assert(fc.property(assembledDocument, (text) => parsesOrRefuses(text)), { numRuns });
  });

  it.each([false, true])('parses or refuses mutations of valid documents (lenient: %s)', (lenient) => {
    fc.assert(fc.property(mutatedDocument, (text) => parsesOrRefuses(text, lenient)), { numRuns });
  });
});
