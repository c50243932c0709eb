import os from 'node:os';
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { parseStory } from '../src/ingest/parse/parse-story';
import { loadPerCore } from './graphql/machine';
import { manySourcesDocument } from './parse/many-sources-document';

const usage = `Usage: npm run bench:parse -- [--sources N,N,…]

Parses story documents with N sources each (the fixture story plus N - 5 sources, each from its own
publisher and cited by a sentence naming it) and prints the parse time per size: time that grows in
proportion to N means the parser is linear in the number of sources.

Options:
  --sources N,N,…  document sizes in sources (default 10000,30000,100000)
  -h, --help       show this help
`;

const { values } = parseArgs({ options: { sources: { type: 'string', default: '10000,30000,100000' }, help: { type: 'boolean', short: 'h', default: false } } });
if (values.help) {
  process.stdout.write(usage);
  process.exit(0);
}
const sizes = values.sources.split(',').map(Number);
if (sizes.some((size) => !Number.isSafeInteger(size) || size < 5)) {
  process.stderr.write(`--sources takes whole numbers ≥ 5, got ${JSON.stringify(values.sources)}\n${usage}`);
  process.exit(2);
}

process.stdout.write(`${os.availableParallelism()} cores (${os.cpus()[0]?.model.trim() ?? 'unknown model'}), node ${process.version}\n`);
for (const size of sizes) {
  const text = manySourcesDocument(size - 5);
  const started = performance.now();
  const { document } = parseStory(text, { file: `sources-${size}.v1.txt` });
  const seconds = (performance.now() - started) / 1000;
  const perSource = (seconds * 1e6) / size;
  process.stdout.write(
    `${String(size).padStart(7)} sources (${(text.length / 2 ** 20).toFixed(1)} MiB): ${seconds.toFixed(2).padStart(7)} s, ` +
      `${perSource.toFixed(0)} µs per source; ${document.actors.length} actors, ${document.claims.length} claims; load per core ${loadPerCore().toFixed(2)}\n`,
  );
}
