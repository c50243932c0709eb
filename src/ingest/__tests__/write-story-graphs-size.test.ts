import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Database } from '../../db/database';
import { StoryGraphDocument } from '../../model/story-graph';
import { writeStoryGraphs } from '../write-story-graphs';

const seed = StoryGraphDocument.parse(JSON.parse(readFileSync(path.resolve(__dirname, '../../../seed/meta-surveillance-layoffs.graph.json'), 'utf8')));

test('a document of 200,000 claims is prepared for writing without overflowing the stack', async () => {
  const [claim] = seed.claims;
  if (!claim) throw new Error('the seed has claims');
  const claims = Array.from({ length: 200_000 }, (_, position) => ({ ...claim, id: `claim:meta-surveillance-layoffs:many-${position}`, position, sourceRefs: [], assertedBy: [], supports: [] }));
  const reached = new Error('reached the database');
  // Preparing the rows happens before the first transaction; the database is never really written.
  const db = { write: () => Promise.reject(reached) } as unknown as Database;
  await expect(writeStoryGraphs(db, [{ document: { ...seed, claims } }])).rejects.toBe(reached);
});
