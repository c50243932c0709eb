import path from 'node:path';
import { projectRoot } from '../config/config';
import { cypherFile } from '../db/cypher-file';
import type { Database } from '../db/database';
import { loadStory } from './load-story-file';
import { writeStoryGraph, type WriteSummary } from './write-story-graph';

/**
 * The story every fresh claimgraph starts with, read as any story is: its document plus the
 * overlay beside it. seed/meta-surveillance-layoffs.graph.json stays as the hand-curated reference
 * that tests/seed-overlay.test.ts holds this pair to.
 */
export const SEED_FILES = [path.join(projectRoot, 'seed', 'meta-surveillance-layoffs.v1.txt')];

export interface SeedResult {
  file: string;
  storyId: string;
  /** Undefined when the story was already there and `force` was not asked for. */
  written: WriteSummary | undefined;
}

/** Ingests the seed stories the graph does not hold yet (or all of them again, with `force`). */
export async function seedStories(db: Database, options: { force?: boolean } = {}): Promise<SeedResult[]> {
  const results: SeedResult[] = [];
  for (const file of SEED_FILES) {
    const { document: doc, source } = await loadStory(file);
    const [existing] = await db.read(cypherFile('ingest/latest-version'), { storyId: doc.story.id });
    const present = typeof existing?.latestVersion === 'number' && existing.latestVersion >= doc.story.version;
    const written = present && !options.force ? undefined : await writeStoryGraph(db, doc, source);
    results.push({ file, storyId: doc.story.id, written });
  }
  return results;
}
