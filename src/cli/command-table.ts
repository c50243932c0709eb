import type { Command } from './command';
import { neo4jCommand } from './commands/neo4j';

/** Every `claimgraph` subcommand, in the order `claimgraph --help` lists them. */
export const commandTable: readonly Command[] = [neo4jCommand];
