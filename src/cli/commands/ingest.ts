import { parseArgs } from 'node:util';
import { loadConfig } from '../../config/config';
import { connectDatabase } from '../../db/connect';
import { loadStory, loadStoryFile, type LoadedStory } from '../../ingest/load-story-file';
import { StoryParseError } from '../../ingest/parse/story-parse-error';
import { writeStoryGraphs, type Tally, type WrittenStory } from '../../ingest/write-story-graphs';
import type { Command } from '../command';
import { progressReporter } from '../progress';
import { UsageError } from '../usage-error';

const usage = `Usage: claimgraph ingest [--dry-run] [--batch <n>] <file…>

Loads story documents (text, see README "Story document format"; a curation overlay
<story>.overlay.json beside a document is applied) or story graph documents (*.json) into the
configured Neo4j: each file in one transaction, all of it or none of it. Ingesting the same version
again changes nothing; a newer version keeps the older ones' history; an older one is refused.

Options:
  --dry-run    parse and check one file, print its story graph document as JSON, write nothing
  --batch <n>  read n files, then write those that parsed in one transaction (a new one wherever a
               story comes again), which is many times faster for many files; a file that does not
               parse or is older than the graph is reported and left out, and a failed transaction
               fails every file in it (default 1: each file in its own transaction)
  -h, --help   show this help

Exit code: 0 when every file was ingested, 1 when any failed (the others are still ingested).
`;

function formatTallies(title: string, tallies: Record<string, Tally>): string[] {
  const rows = Object.entries(tallies).sort(([a], [b]) => a.localeCompare(b));
  return [
    title,
    ...rows.map(([key, t]) => `  ${key.padEnd(16)} ${String(t.total).padStart(7)} in story  ${String(t.created).padStart(7)} created  ${String(t.total - t.created).padStart(7)} already there`),
  ];
}

function summarize(summaries: WrittenStory[]): string {
  const sum = (pick: (s: WrittenStory) => Record<string, Tally>) =>
    summaries.reduce<Record<string, Tally>>((acc, summary) => {
      for (const [key, t] of Object.entries(pick(summary))) {
        const total = (acc[key] ??= { total: 0, created: 0 });
        total.total += t.total;
        total.created += t.created;
      }
      return acc;
    }, {});
  return [...formatTallies('Nodes:', sum((s) => s.nodes)), ...formatTallies('Relationships:', sum((s) => s.relationships))].join('\n');
}

async function run(argv: string[]): Promise<number> {
  const { values, positionals: files } = parseArgs({
    args: argv,
    options: { 'dry-run': { type: 'boolean', default: false }, batch: { type: 'string', default: '1' } },
    allowPositionals: true,
  });
  if (files.length === 0) throw new UsageError('name at least one file');
  const batch = Number(values.batch);
  if (!/^\d+$/.test(values.batch) || !Number.isSafeInteger(batch) || batch < 1) {
    throw new UsageError(`--batch takes a whole number of files ≥ 1, got ${JSON.stringify(values.batch)}`);
  }
  if (values['dry-run']) {
    if (files.length > 1) throw new UsageError('--dry-run takes one file');
    process.stdout.write(`${JSON.stringify(await loadStoryFile(files[0] ?? ''), null, 2)}\n`);
    return 0;
  }

  const db = await connectDatabase(loadConfig(), (line) => process.stderr.write(`${line}\n`));
  const progress = progressReporter(files.length, 'Ingesting');
  const written: WrittenStory[] = [];
  const failed: string[] = [];
  const fail = (file: string, error: unknown) => {
    failed.push(file);
    const message = error instanceof Error ? error.message : String(error);
    // Parse errors name their file and line already; others get the file put in front.
    process.stderr.write(`${error instanceof StoryParseError ? message : `${file}: ${message}`}\n`);
  };
  const started = Date.now();
  try {
    for (let start = 0; start < files.length; start += batch) {
      // Every file of the batch is read and checked before any of it is written.
      const loaded: { file: string; story: LoadedStory }[] = [];
      for (const file of files.slice(start, start + batch)) {
        try {
          loaded.push({ file, story: await loadStory(file) });
        } catch (error) {
          fail(file, error);
        }
      }
      try {
        const { outcomes } = await writeStoryGraphs(db, loaded.map(({ story }) => story));
        outcomes.forEach((outcome, i) => {
          const file = loaded[i]?.file ?? '';
          if ('refused' in outcome) return fail(file, outcome.refused);
          written.push(outcome.written);
          if (files.length === 1) process.stderr.write(`${file}: ${outcome.written.storyId} version ${outcome.written.version}\n`);
        });
      } catch (error) {
        for (const { file } of loaded) fail(file, error);
      }
      progress.tick(Math.min(files.length, start + batch), failed.length > 0 ? `${failed.length} failed` : '');
    }
  } finally {
    await db.driver.close();
  }
  const seconds = (Date.now() - started) / 1000;
  if (written.length > 0) process.stdout.write(`${summarize(written)}\n`);
  process.stdout.write(
    `Ingested ${written.length} of ${files.length} file(s) in ${seconds.toFixed(1)} s${failed.length > 0 ? `; failed: ${failed.join(', ')}` : ''}\n`,
  );
  return failed.length > 0 ? 1 : 0;
}

export const ingestCommand: Command = { name: 'ingest', summary: 'load story documents into the graph', usage, run };
