import { readFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { consistencyReport, formatConsistencyReport } from '../../ingest/consistency-report';
import { readStoryGraphJson } from '../../ingest/load-story-file';
import { parseStory } from '../../ingest/parse/parse-story';
import { storySlugFromFileName } from '../../ingest/parse/parse-story-document';
import type { Command } from '../command';
import { UsageError } from '../usage-error';

const usage = `Usage: claimgraph check <file…>

Prints the consistency report of story documents (or story graph documents, *.json): timeline
entries out of chronological order, citations of sources that do not exist, sources cited nowhere,
statements without citations, tension sides without citations. Writes nothing.

Exit code: 0 when no file has findings, 1 when any has (or cannot be read), 2 for bad usage.
`;

async function reportOf(file: string) {
  const text = await readFile(file, 'utf8');
  if (file.endsWith('.json')) return consistencyReport(readStoryGraphJson(text, file));
  // Lenient, so that every citation of a missing source is listed instead of stopping at the first.
  const { document, info } = parseStory(text, { file, storySlug: storySlugFromFileName(file), lenient: true });
  return consistencyReport(document, info);
}

async function run(argv: string[]): Promise<number> {
  const { positionals: files } = parseArgs({ args: argv, options: {}, allowPositionals: true });
  if (files.length === 0) throw new UsageError('name at least one file');
  let clean = true;
  for (const file of files) {
    try {
      const report = await reportOf(file);
      process.stdout.write(`${formatConsistencyReport(report)}\n`);
      clean &&= report.findings.length === 0;
    } catch (error) {
      process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
      clean = false;
    }
  }
  return clean ? 0 : 1;
}

export const checkCommand: Command = { name: 'check', summary: 'print the consistency report of story documents', usage, run };
