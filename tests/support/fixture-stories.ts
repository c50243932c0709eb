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

/**
 * Version 3 of the fixture story: version 2 with the key attributes of its first claim, source and
 * event changed (kind, section, publication date, date and precision), so that reads at version 2
 * must take those from the items' older states.
 */
export function luminaWithChangedAttributes(v2: StoryGraphDocument): StoryGraphDocument {
  const [claim, ...claims] = v2.claims;
  const [source, ...sources] = v2.sources;
  const [event, ...events] = v2.events;
  if (!claim || !source || !event) throw new Error('the fixture story has claims, sources and events');
  return {
    ...v2,
    story: { ...v2.story, version: 3, updatedAt: '2026-03-20T00:00:00Z' },
    claims: [{ ...claim, kind: claim.kind === 'prediction' ? 'framing' : 'prediction', section: claim.section === 'questions' ? 'tensions' : 'questions' }, ...claims],
    sources: [{ ...source, kind: source.kind === 'report' ? 'memo' : 'report', publishedAt: '2025-12-01' }, ...sources],
    events: [{ ...event, date: '2025-11-01', datePrecision: 'month' }, ...events],
  };
}

/** The stories beside the seed that analyses across stories read: the workplace story (sharing actors with the seed) and both versions of the breach story. */
export async function ingestStoriesBesideSeed(db: Database): Promise<{ workplace: StoryGraphDocument; lumina: StoryGraphDocument[] }> {
  const workplace = await loadStoryFile(path.join(projectRoot, 'tests', 'fixtures', 'stories', 'workplace-monitoring-ai.v1.txt'));
  await writeStoryGraph(db, workplace);
  return { workplace, lumina: await ingestLumina(db, [1, 2]) };
}
