import path from 'node:path';
import { slugKey } from '../../model/ids';

/**
 * The story slug a document's file name gives: its name without directory, extension and version
 * suffix, so `stories/meta-surveillance-layoffs.v2.txt` keeps the ids of `….v1.txt`.
 */
export function storySlugFromFileName(filePath: string): string {
  const stem = path.basename(filePath).replace(/\.[^.]*$/, '').replace(/\.v\d+$/i, '');
  return slugKey(stem);
}
