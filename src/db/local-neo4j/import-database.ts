import { rm } from 'node:fs/promises';
import path from 'node:path';
import { homeLayout } from './home-layout';
import { resolveJava } from './java-runtime';
import { ownerOnlyCommand } from './owner-only-command';
import { runCommand } from './run-command';

/** One `--nodes` / `--relationships` argument of the import tool. */
export interface ImportFileGroup {
  kind: 'nodes' | 'relationships';
  /** The label or relationship type. */
  name: string;
  files: readonly string[];
  /** Whether values in these files span lines; the importer reads only those files the slow way. */
  multiline: boolean;
}

/** The importer's lines worth passing on: each stage's start and end, and every quarter of its progress. */
const PROGRESS = /^\(\d+\/\d+\) |COMPLETED in |^IMPORT DONE|\s(25|50|75)% ∆/;

function multilineOption(groups: readonly ImportFileGroup[]): string[] {
  const files = groups.filter((group) => group.multiline).flatMap((group) => group.files);
  // Read as regular expressions, which match themselves: the import files' names hold no special characters but dots.
  return files.length === 0 ? [] : ['--multiline-fields-format=v2', `--multiline-fields=${files.join(',')}`];
}

/**
 * Builds `database` of a stopped local server from CSV files with `neo4j-admin database import full`,
 * replacing whatever it held. On failure the database's files are deleted, so the server starts it
 * empty rather than half-built.
 */
export async function importDatabase(
  home: string,
  database: string,
  groups: readonly ImportFileGroup[],
  options: { idType: 'string' | 'integer'; arrayDelimiter: string; reportFile: string; log: (line: string) => void },
): Promise<void> {
  const layout = homeLayout(home);
  const java = await resolveJava();
  const args = [
    '-cp',
    `${layout.lib}/*`,
    'org.neo4j.cli.AdminTool',
    'database',
    'import',
    'full',
    '--overwrite-destination=true',
    `--id-type=${options.idType}`,
    ...multilineOption(groups),
    `--array-delimiter=${options.arrayDelimiter}`,
    `--report-file=${options.reportFile}`,
    ...groups.map((group) => `--${group.kind}=${group.name}=${group.files.join(',')}`),
    '--',
    database,
  ];
  try {
    const importer = ownerOnlyCommand(java, args);
    await runCommand(importer.command, importer.args, {
      env: { ...process.env, NEO4J_HOME: layout.home, NEO4J_CONF: layout.conf },
      what: `Importing into database ${database} (neo4j-admin database import full)`,
      onLine: (line) => {
        if (PROGRESS.test(line)) options.log(`  ${line.replace(/^[-.\s]+/, '').trim()}`);
      },
    });
  } catch (error) {
    await rm(path.join(layout.data, 'databases', database), { recursive: true, force: true });
    await rm(path.join(layout.data, 'transactions', database), { recursive: true, force: true });
    throw error;
  }
}
