import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadStoryFile } from '../src/ingest/load-story-file';
import { DIFF_KINDS, diffStoryVersions } from '../src/model/story-diff';
import { StoryGraphDocument } from '../src/model/story-graph';

/**
 * The seed is ingested from its document and overlay (seed/meta-surveillance-layoffs.v1.txt and
 * .overlay.json), by the same path as any other story; the hand-curated graph JSON beside them is
 * the reference that pair must reproduce exactly. When the parser or the overlay drifts, this test
 * names what drifted instead of dumping two 35-claim documents.
 */

const ROOT = join(__dirname, '..');
const SEED_DOCUMENT = join(ROOT, 'seed/meta-surveillance-layoffs.v1.txt');
const curated = StoryGraphDocument.parse(JSON.parse(readFileSync(join(ROOT, 'seed/meta-surveillance-layoffs.graph.json'), 'utf8')));

const brief = (value: unknown) => {
  const text = JSON.stringify(value) ?? 'undefined';
  return text.length > 160 ? `${text.slice(0, 157)}...` : text;
};

/** One line per difference, reading the curated graph as "expected" and the loaded one as "actual". */
function drift(expected: StoryGraphDocument, actual: StoryGraphDocument): string[] {
  const diff = diffStoryVersions(expected, actual);
  const loadedStory: Record<string, unknown> = actual.story;
  const lines = [
    ...Object.entries(expected.story)
      .filter(([field, value]) => brief(value) !== brief(loadedStory[field]))
      .map(([field, value]) => `story.${field}: curated ${brief(value)}, loaded ${brief(loadedStory[field])}`),
    ...diff.removed.map(({ kind, id, summary }) => `${kind}: missing from the loaded story: ${id} ${brief(summary)}`),
    ...diff.added.map(({ kind, id, summary }) => `${kind}: not in the curated graph: ${id} ${brief(summary)}`),
    ...diff.changed.flatMap(({ kind, id, summary, fields }) =>
      fields.map(({ field, before, after }) => `${kind}: ${id} ${brief(summary)}: ${field}: curated ${brief(before)}, loaded ${brief(after)}`),
    ),
  ];
  // The diff matches items by id and ignores positions, so the order is compared on its own.
  for (const kind of DIFF_KINDS) {
    const shared = (doc: StoryGraphDocument, other: StoryGraphDocument) =>
      doc[kind].map((item) => item.id).filter((id) => other[kind].some((item) => item.id === id));
    const [before, after] = [shared(expected, actual), shared(actual, expected)];
    if (before.join() !== after.join()) lines.push(`${kind}: order differs: curated ${before.join(', ')}; loaded ${after.join(', ')}`);
  }
  return lines;
}

describe('the seed story', () => {
  it('loads from its document and overlay as exactly the curated graph', async () => {
    const loaded = StoryGraphDocument.parse(await loadStoryFile(SEED_DOCUMENT));
    expect(drift(curated, loaded)).toEqual([]);
    expect(loaded).toStrictEqual(curated);
  });

  it('would name a drift item by item', () => {
    const drifted = structuredClone(curated);
    const [first, second, third, ...rest] = drifted.claims;
    if (!first || !second || !third) throw new Error('the seed has claims');
    drifted.claims = [second, first, { ...third, kind: 'statement' }, ...rest.slice(1)];
    const [removed] = rest;
    expect(drift(curated, drifted)).toEqual([
      `claims: missing from the loaded story: ${removed?.id} ${brief(removed?.text)}`,
      `claims: ${third.id} ${brief(third.text)}: kind: curated "quote", loaded "statement"`,
      expect.stringMatching(/^claims: order differs: curated \S+:c9fa79142b68, \S+:d0cdf53b77d9, .*; loaded \S+:d0cdf53b77d9, \S+:c9fa79142b68, /),
    ]);
  });
});
