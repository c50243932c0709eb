import { performance } from 'node:perf_hooks';
import { manySourcesDocument } from '../../../../bench/parse/many-sources-document';
import { parseStory } from '../parse-story';

/**
 * Parsing grows linearly with the number of sources: 20,000 take a few seconds, where a
 * parser doing work per pair of sources took well over a minute (BENCHMARKS.md, "Parsing", has the
 * figures and `npm run bench:parse` the sizes beyond). The bound is loose for a shared, loaded machine.
 */
const BOUND_SECONDS = 20;

test(`a document of 20,000 sources, each a publisher the text names, parses in under ${BOUND_SECONDS} s`, () => {
  const text = manySourcesDocument(20_000);
  const started = performance.now();
  const { document } = parseStory(text, { file: 'many-sources.v1.txt' });
  const seconds = (performance.now() - started) / 1000;
  expect(document.sources).toHaveLength(20_005);
  expect(document.claims.filter((claim) => claim.text.startsWith('Wire Desk '))).toHaveLength(20_000);
  expect(seconds).toBeLessThan(BOUND_SECONDS);
}, 300_000);
