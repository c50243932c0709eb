import { execFile } from 'node:child_process';
import { readFile, realpath, rm } from 'node:fs/promises';
import path from 'node:path';
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

/** The arguments of a live process; empty for a zombie, undefined when there is no such process. */
async function argumentsOf(pid: number): Promise<string[] | undefined> {
  try {
    return (await readFile(`/proc/${pid}/cmdline`, 'utf8')).split('\0');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT' && process.platform === 'linux') return undefined;
  }
  // Without /proc (macOS), ps answers the same question, with arguments joined by spaces.
  try {
    return (await execFileAsync('ps', ['-p', String(pid), '-o', 'args='])).stdout.trim().split(' ');
  } catch {
    return undefined;
  }
}

/** One directory however it is spelled (through a symlink, with `..`), as long as it exists. */
const samePlace = async (a: string, b: string) => {
  const resolved = async (dir: string) => realpath(dir).catch(() => path.resolve(dir));
  return (await resolved(a)) === (await resolved(b));
};

const HOME_FLAG = '--home-dir=';

/**
 * Whether pid is the Neo4j server of this home, rather than a pid the system has since
 * handed to an unrelated process (a stale pid file must never get someone else killed).
 * The home may have been named through another path to the same directory (a symlink).
 */
export async function isServerOf(layout: HomeLayout, pid: number): Promise<boolean> {
  const args = await argumentsOf(pid);
  const home = args?.find((arg) => arg.startsWith(HOME_FLAG));
  if (args === undefined || !args.includes(NEO4J_MAIN_CLASS) || home === undefined) return false;
  return samePlace(home.slice(HOME_FLAG.length), layout.home);
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
