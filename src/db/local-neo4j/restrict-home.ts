import { chmod, lstat, readdir } from 'node:fs/promises';
import path from 'node:path';

/** A file the server removed while we walked (a rotated log, a finished transaction log) needs nothing. */
const unlessGone = (error: NodeJS.ErrnoException) => {
  if (error.code !== 'ENOENT') throw error;
};

async function ownerOnly(target: string): Promise<void> {
  const stats = await lstat(target).catch(unlessGone);
  if (!stats || stats.isSymbolicLink()) return;
  if ((stats.mode & 0o077) !== 0) await chmod(target, stats.mode & 0o700).catch(unlessGone);
  if (!stats.isDirectory()) return;
  for (const name of (await readdir(target).catch(unlessGone)) ?? []) await ownerOnly(path.join(target, name));
}

/**
 * Takes group and other permissions off a home and everything in it: its store files, auth.ini and
 * logs hold the whole graph and its users. Run on every install and start, so homes made before
 * (or files a server wrote without `ownerOnlyCommand`) are mended too.
 */
export async function restrictHome(home: string): Promise<void> {
  await ownerOnly(home);
}
