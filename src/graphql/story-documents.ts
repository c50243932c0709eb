import { cypherFile } from '../db/cypher-file';
import type { Database } from '../db/database';
import { StoryGraphDocument } from '../model/story-graph';
import { apiError } from './errors';

/**
 * The story graph documents of the asked versions, in the order asked, as they were ingested;
 * a version the story never had is NOT_FOUND.
 */
export async function storyVersionDocuments(
  db: Database,
  storyId: string,
  numbers: number[],
): Promise<StoryGraphDocument[]> {
  const rows = await db.read(cypherFile('queries/story-version-documents'), { storyId, numbers });
  const documents = new Map(
    rows.map((row) => [Number(row.number), StoryGraphDocument.parse(JSON.parse(String(row.document)))]),
  );
  return numbers.map((number) => {
    const document = documents.get(number);
    if (!document) throw apiError('NOT_FOUND', `${storyId} has no version ${number}`, { storyId, version: number });
    return document;
  });
}
