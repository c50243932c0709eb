import { parseArgs } from 'node:util';
import { loadConfig } from '../../config/config';
import { openDatabase } from '../../db/connect';
import { ensureGraphModel, type GraphModelOutcome } from '../../ingest/migrate/ensure-graph-model';
import { GRAPH_MODEL_VERSION } from '../../model/graph-model-version';
import type { Command } from '../command';
import { UsageError } from '../usage-error';

const usage = `Usage: claimgraph migrate [--dry-run] [--overlays <folder>]… [--drop-story <story id>]…

Brings a graph written by an older claimgraph to graph model ${GRAPH_MODEL_VERSION}, as every command does when it
opens the graph, with what only you can tell it: every story is derived again from the documents
its versions keep, through today's ingester, and written anew; the marker is written last, so a
migration cut short is done again from the start. Nothing changes unless every story can be derived.

Options:
  --dry-run              derive every story and say what would be migrated; write nothing
  --overlays <folder>    take each story's overlay (<story>.overlay.json) from this folder, before the
                         one kept with its versions; a story ingested before claimgraph kept overlays
                         is migrated only with this option (a story with none there gets none)
  --drop-story <id>      delete this story's stored versions instead of migrating them (then ingest
                         its documents again)
  -h, --help             show this help

Exit code: 0 when the graph is in graph model ${GRAPH_MODEL_VERSION} (or would be, with --dry-run), 1 when refused.
`;

const log = (line: string) => process.stderr.write(`${line}\n`);

function describe(outcome: GraphModelOutcome): string {
  switch (outcome.action) {
    case 'current':
      return `the graph is in graph model ${GRAPH_MODEL_VERSION}; nothing to migrate`;
    case 'marked':
    case 'would-mark':
      return `the graph holds no story; ${outcome.action === 'marked' ? 'marked' : 'would mark'} it as graph model ${GRAPH_MODEL_VERSION}`;
    case 'migrated':
    case 'would-migrate':
      return `${outcome.action === 'migrated' ? 'migrated' : 'would migrate'} ${outcome.versions} versions of ${outcome.stories} stories from graph model ${outcome.from} to ${GRAPH_MODEL_VERSION}`;
  }
}

async function run(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    options: {
      'dry-run': { type: 'boolean', default: false },
      overlays: { type: 'string', multiple: true },
      'drop-story': { type: 'string', multiple: true, default: [] },
    },
    allowPositionals: true,
  });
  if (positionals.length > 0) throw new UsageError(`unexpected argument ${JSON.stringify(positionals[0])}`);
  const db = await openDatabase(loadConfig(), log);
  try {
    const outcome = await ensureGraphModel(db, log, { dryRun: values['dry-run'], overlayDirs: values.overlays, dropStories: values['drop-story'] });
    process.stdout.write(`${describe(outcome)}\n`);
    return 0;
  } finally {
    await db.driver.close();
  }
}

export const migrateCommand: Command = { name: 'migrate', summary: 'bring a graph of an older claimgraph to this one\'s graph model', usage, run };
