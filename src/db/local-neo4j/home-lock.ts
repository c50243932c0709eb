import { mkdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { setTimeout as sleep } from 'node:timers/promises';
import type { HomeLayout } from './home-layout';
import { processExists } from './process-exists';

const POLL_MS = 500;
/** Longer than the slowest first install seen; past it an unreleased lock is taken to be abandoned. */
const ABANDONED_AFTER_MS = 30 * 60_000;

/** Lock files this process holds: a leftover lock carrying our pid (recycled in a container) is then seen as stale. */
const held = new Set<string>();

async function isStale(lockFile: string): Promise<boolean> {
  try {
    const owner = Number((await readFile(lockFile, 'utf8')).trim());
    const age = Date.now() - (await stat(lockFile)).mtimeMs;
    const ownerGone = !Number.isInteger(owner) || owner <= 0 || !processExists(owner);
    return ownerGone || (owner === process.pid && !held.has(lockFile)) || age > ABANDONED_AFTER_MS;
  } catch (error) {
    // Released between our attempt and this look: not stale, just free; the next attempt takes it.
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return false;
    throw error;
  }
}

/**
 * Runs fn while holding <home>/run/start.lock, so two claimgraph processes never install into
 * or start the same home at once (two JVMs on one store: one fails, and its pid file lies).
 */
export async function withHomeLock<T>(
  layout: HomeLayout,
  log: (line: string) => void,
  fn: () => Promise<T>,
): Promise<T> {
  await mkdir(layout.run, { recursive: true });
  let waitingLogged = false;
  for (;;) {
    try {
      await writeFile(layout.lockFile, `${process.pid}\n`, { flag: 'wx' });
      break;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
    if (await isStale(layout.lockFile)) {
      await rm(layout.lockFile, { force: true });
      continue;
    }
    if (!waitingLogged) {
      log(`Waiting for another claimgraph process to finish installing, starting or stopping ${layout.home}…`);
      waitingLogged = true;
    }
    await sleep(POLL_MS);
  }
  held.add(layout.lockFile);
  try {
    return await fn();
  } finally {
    held.delete(layout.lockFile);
    await rm(layout.lockFile, { force: true });
  }
}
