import { execFile } from 'node:child_process';
import { readFile, rm } from 'node:fs/promises';
import { promisify } from 'node:util';
import type { HomeLayout } from './home-layout';
import { readFileIfExists } from './read-file-if-exists';

const execFileAsync = promisify(execFile);

export const NEO4J_MAIN_CLASS = 'org.neo4j.server.CommunityEntryPoint';

/** The pid recorded in <home>/run/neo4j.pid, if the file holds one. */
export async function readPidFile(layout: HomeLayout): Promise<number | undefined> {
  const pid = Number((await readFileIfExists(layout.pidFile))?.trim());
  return Number.isInteger(pid) && pid > 0 ? pid : undefined;
}

export async function removePidFile(layout: HomeLayout): Promise<void> {
  await rm(layout.pidFile, { force: true });
}

/** The command line of a live process; empty for a zombie, undefined when there is no such process. */
async function commandLineOf(pid: number): Promise<string | undefined> {
  try {
    return (await readFile(`/proc/${pid}/cmdline`, 'utf8')).split('\0').join(' ');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT' && process.platform === 'linux') return undefined;
  }
  // Without /proc (macOS), ps answers the same question.
  try {
    return (await execFileAsync('ps', ['-p', String(pid), '-o', 'args='])).stdout;
  } catch {
    return undefined;
  }
}

/**
 * Whether pid is the Neo4j server of this home, rather than a pid the system has since
 * handed to an unrelated process (a stale pid file must never get someone else killed).
 */
export async function isServerOf(layout: HomeLayout, pid: number): Promise<boolean> {
  const commandLine = await commandLineOf(pid);
  if (commandLine === undefined) return false;
  // The trailing space keeps home .neo4j/test from matching a server of .neo4j/test2.
  return commandLine.includes(NEO4J_MAIN_CLASS) && `${commandLine} `.includes(`--home-dir=${layout.home} `);
}

/** The running server's pid, and a pid file that names no server of this home as stalePid. */
export async function serverPid(
  layout: HomeLayout,
): Promise<{ pid: number | undefined; stalePid: number | undefined }> {
  const recorded = await readPidFile(layout);
  if (recorded === undefined) return { pid: undefined, stalePid: undefined };
  const alive = await isServerOf(layout, recorded);
  return alive ? { pid: recorded, stalePid: undefined } : { pid: undefined, stalePid: recorded };
}
