import type { Command } from './command';
import { checkCommand } from './commands/check';
import { importCommand } from './commands/import';
import { ingestCommand } from './commands/ingest';
import { keysCommand } from './commands/keys';
import { migrateCommand } from './commands/migrate';
import { neo4jCommand } from './commands/neo4j';
import { persistCommand } from './commands/persist';
import { seedCommand } from './commands/seed';
import { upCommand } from './commands/up';

/** Every `claimgraph` subcommand, in the order `claimgraph --help` lists them. */
export const commandTable: readonly Command[] = [
  upCommand,
  ingestCommand,
  importCommand,
  checkCommand,
  migrateCommand,
  seedCommand,
  persistCommand,
  keysCommand,
  neo4jCommand,
];
