import { cypherFile } from '../db/cypher-file';
import type { Database } from '../db/database';
import type { LoadedStory } from '../ingest/load-story-file';
import { StoryGraphDocument } from '../model/story-graph';
import { apiError } from './errors';

/**
 * Versions of a story as they were ingested, in the order asked; a version the story never had
 * is NOT_FOUND.
 */
export async function storedVersions(db: Database, storyId: string, numbers: number[]): Promise<LoadedStory[]> {
  const rows = await db.read(cypherFile('queries/story-version-documents'), { storyId, numbers });
  const versions = new Map(
    rows.map((row): [number, LoadedStory] => [
      Number(row.number),
      {
        document: StoryGraphDocument.parse(JSON.parse(String(row.document))),
        ...(typeof row.sourceText === 'string' && { source: { file: String(row.sourceFile), text: row.sourceText } }),
      },
    ]),
  );
  return numbers.map((number) => {
    const version = versions.get(number);
    if (!version) throw apiError('NOT_FOUND', `${storyId} has no version ${number}`, { storyId, version: number });
    return version;
  });
}
