import { parseArgs } from 'node:util';
import { loadConfig } from '../../config/config';
import { connectDatabase } from '../../db/connect';
import { loadStory, loadStoryFile } from '../../ingest/load-story-file';
import { StoryParseError } from '../../ingest/parse/story-parse-error';
import { writeStoryGraph, type Tally, type WriteSummary } from '../../ingest/write-story-graph';
import type { Command } from '../command';
import { progressReporter } from '../progress';
import { UsageError } from '../usage-error';

const usage = `Usage: claimgraph ingest [--dry-run] <file…>

Loads story documents (text, see README "Story document format"; a curation overlay
<story>.overlay.json beside a document is applied) or story graph documents (*.json) into the
configured Neo4j: each file in one transaction, all of it or none of it. Ingesting the same version
again changes nothing; a newer version keeps the older ones' history; an older one is refused.

Options:
  --dry-run   parse and check one file, print its story graph document as JSON, write nothing
  -h, --help  show this help

Exit code: 0 when every file was ingested, 1 when any failed (the others are still ingested).
`;

function formatTallies(title: string, tallies: Record<string, Tally>): string[] {
  const rows = Object.entries(tallies).sort(([a], [b]) => a.localeCompare(b));
  return [
    title,
    ...rows.map(([key, t]) => `  ${key.padEnd(16)} ${String(t.total).padStart(7)} in story  ${String(t.created).padStart(7)} created  ${String(t.total - t.created).padStart(7)} already there`),
  ];
}

function summarize(summaries: WriteSummary[]): string {
  const sum = (pick: (s: WriteSummary) => Record<string, Tally>) =>
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
    options: { 'dry-run': { type: 'boolean', default: false } },
    allowPositionals: true,
  });
  if (files.length === 0) throw new UsageError('name at least one file');
  if (values['dry-run']) {
    if (files.length > 1) throw new UsageError('--dry-run takes one file');
    process.stdout.write(`${JSON.stringify(await loadStoryFile(files[0] ?? ''), null, 2)}\n`);
    return 0;
  }

  const db = await connectDatabase(loadConfig(), (line) => process.stderr.write(`${line}\n`));
  const progress = progressReporter(files.length, 'Ingesting');
  const written: WriteSummary[] = [];
  const failed: string[] = [];
  const started = Date.now();
  try {
    for (const [index, file] of files.entries()) {
      try {
        const { document, source } = await loadStory(file);
        const summary = await writeStoryGraph(db, document, source);
        written.push(summary);
        if (files.length === 1) process.stderr.write(`${file}: ${summary.storyId} version ${summary.version}\n`);
      } catch (error) {
        failed.push(file);
        const message = error instanceof Error ? error.message : String(error);
        // Parse errors name their file and line already; others get the file put in front.
        process.stderr.write(`${error instanceof StoryParseError ? message : `${file}: ${message}`}\n`);
      }
      progress.tick(index + 1, failed.length > 0 ? `${failed.length} failed` : '');
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
