import { parseArgs } from 'node:util';
import { loadConfig } from '../../config/config';
import { connectDatabase } from '../../db/connect';
import { seedStories } from '../../ingest/seed';
import type { Command } from '../command';
import { UsageError } from '../usage-error';

const usage = `Usage: claimgraph seed [--force]

Ingests the seeded story (seed/) into the configured Neo4j if the graph lacks it. Idempotent.

Options:
  --force     ingest it again even if present (changes nothing when the seed is unchanged)
  -h, --help  show this help
`;

async function run(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({ args: argv, options: { force: { type: 'boolean', default: false } }, allowPositionals: true });
  if (positionals.length > 0) throw new UsageError(`unexpected argument ${JSON.stringify(positionals[0])}`);
  const db = await connectDatabase(loadConfig(), (line) => process.stderr.write(`${line}\n`));
  try {
    for (const result of await seedStories(db, { force: values.force })) {
      const what = result.written
        ? `ingested version ${result.written.version}, ${result.written.changes.nodesCreated} nodes and ${result.written.changes.relationshipsCreated} relationships created`
        : 'already present (use --force to ingest again)';
      process.stdout.write(`${result.storyId}: ${what}\n`);
    }
    return 0;
  } finally {
    await db.driver.close();
  }
}

export const seedCommand: Command = { name: 'seed', summary: 'ingest the seeded story if absent', usage, run };
