import type { Database, WriteCounters } from '../db/database';
import type { StoryGraphDocument } from '../model/story-graph';
import type { StorySource } from './load-story-file';
import { writeStoryGraphs, type WrittenStory } from './write-story-graphs';

export { ForeignItemError } from './foreign-item-error';
export { VersionConflictError } from './version-conflict-error';
export type { Tally } from './write-story-graphs';

export interface WriteSummary extends WrittenStory {
  /** What the server changed in all; ingesting the same version again creates and deletes nothing. */
  changes: WriteCounters;
}

/**
 * Writes one version of a story in one transaction: all of it or none of it (a batch of one; see
 * `writeStoryGraphs`). A version older than the graph's is refused with a VersionConflictError, a
 * document naming another story's item (or an id naming no story) with a ForeignItemError.
 */
export async function writeStoryGraph(db: Database, doc: StoryGraphDocument, source?: StorySource): Promise<WriteSummary> {
  const { outcomes, changes } = await writeStoryGraphs(db, [{ document: doc, source }]);
  const [outcome] = outcomes;
  if (!outcome) throw new Error('writeStoryGraphs answered no outcome for its one document');
  if ('refused' in outcome) throw outcome.refused;
  return { ...outcome.written, changes };
}
