import { parseArgs } from 'node:util';
import { loadConfig } from '../../config/config';
import { describeStages, importStories } from '../../ingest/import/import-stories';
import type { ImportInput } from '../../ingest/import/import-files';
import { loadStory } from '../../ingest/load-story-file';
import type { Command } from '../command';
import { progressReporter } from '../progress';
import { UsageError } from '../usage-error';

const usage = `Usage: claimgraph import [--replace] <file…>

Builds the graph from story documents in one go, with Neo4j's offline importer
(neo4j-admin database import): for a first load of many stories, many times faster than
\`claimgraph ingest\`. Only into claimgraph's own local Neo4j (not with NEO4J_URI), and only into an
empty database: the server is stopped while the database is built, then started again with the
schema applied. Takes one version of each story; ingest later versions afterwards. Every file is
read and checked before the server is touched: a file that does not parse fails the whole import.

Options:
  --replace   delete everything the database holds and build it from these files alone
  -h, --help  show this help

Exit code: 0 when the graph was built, 1 when nothing was imported.
`;

async function* readAll(files: string[]): AsyncGenerator<ImportInput> {
  const progress = progressReporter(files.length, 'Reading');
  for (const [index, file] of files.entries()) {
    yield { file, story: await loadStory(file) };
    progress.tick(index + 1);
  }
}

async function run(argv: string[]): Promise<number> {
  const { values, positionals: files } = parseArgs({ args: argv, options: { replace: { type: 'boolean', default: false } }, allowPositionals: true });
  if (files.length === 0) throw new UsageError('name at least one file');
  const config = loadConfig();
  if (config.neo4j.uri) {
    throw new Error('claimgraph import builds the database files of claimgraph\'s own Neo4j, but NEO4J_URI names another server; use `claimgraph ingest --batch <n>` there');
  }
  const summary = await importStories(config.localNeo4j, config.neo4j.database, readAll(files), {
    replace: values.replace,
    log: (line) => process.stderr.write(`${line}\n`),
  });
  const rate = (summary.nodes + summary.relationships) / summary.seconds;
  process.stdout.write(
    `Imported ${summary.stories} stories: ${summary.nodes} nodes and ${summary.relationships} relationships in ${summary.seconds.toFixed(1)} s ` +
      `(${Math.round(rate)} nodes+relationships/s; ${describeStages(summary)})\n`,
  );
  return 0;
}

export const importCommand: Command = { name: 'import', summary: 'build an empty graph from many story documents, offline', usage, run };
