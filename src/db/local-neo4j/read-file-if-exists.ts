import { readFile } from 'node:fs/promises';

/** A file's text, or undefined when there is no such file: most state files of a home are absent until first needed. */
export async function readFileIfExists(file: string): Promise<string | undefined> {
  try {
    return await readFile(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
}
