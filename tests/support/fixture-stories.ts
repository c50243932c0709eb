import path from 'node:path';
import { projectRoot } from '../../src/config/config';
import type { Database } from '../../src/db/database';
import { loadStoryFile } from '../../src/ingest/load-story-file';
import { writeStoryGraph } from '../../src/ingest/write-story-graph';
import type { StoryGraphDocument } from '../../src/model/story-graph';
import { relayCircleFile } from '../fixtures/stories/story-fixtures';

/** The fixture story beside the seed: two versions of a data-breach story, parsed from their text. */
export const luminaFile = (version: 1 | 2) => path.join(projectRoot, 'tests', 'fixtures', 'stories', `lumina-health-breach.v${version}.txt`);

export const loadLumina = (version: 1 | 2): Promise<StoryGraphDocument> => loadStoryFile(luminaFile(version));

/** Ingests the given versions of the fixture story, oldest first; answers their documents. */
export async function ingestLumina(db: Database, versions: (1 | 2)[]): Promise<StoryGraphDocument[]> {
  const documents: StoryGraphDocument[] = [];
  for (const version of versions) {
    const document = await loadLumina(version);
    await writeStoryGraph(db, document);
    documents.push(document);
  }
  return documents;
}

/** The relay-circle fixture (a derivation loop, a false corroboration, a three-hop chain) ingested; answers its document. */
export async function ingestRelayCircle(db: Database): Promise<StoryGraphDocument> {
  const document = await loadStoryFile(relayCircleFile);
  await writeStoryGraph(db, document);
  return document;
}

/** A story's claim whose text starts with `start`. */
export function claimStarting(document: StoryGraphDocument, start: string): StoryGraphDocument['claims'][number] {
  const found = document.claims.find((claim) => claim.text.startsWith(start));
  if (!found) throw new Error(`no claim starting "${start}"`);
  return found;
}
