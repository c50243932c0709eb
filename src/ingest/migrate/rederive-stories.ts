import path from 'node:path';
import { cypherFile } from '../../db/cypher-file';
import type { Database } from '../../db/database';
import { GRAPH_MODEL_VERSION } from '../../model/graph-model-version';
import { readOptional, readStoryGraphJson, storyFromText, type NamedText } from '../load-story-file';
import { storySlugFromFileName } from '../parse/parse-story-document';
import { SEED_FILES } from '../seed';
import type { StoryToWrite } from '../write-story-graphs';
import { GraphModelRefusal } from './graph-model-refusal';

/** One story version as the graph keeps it, and what it becomes under the current model. */
export interface RederivedVersion {
  storyId: string;
  number: number;
  story: StoryToWrite;
}

export interface RederiveOptions {
  /** Folders holding the stories' overlays (`<story>.overlay.json`), searched before anything stored. */
  overlayDirs?: readonly string[];
  /** Stories the user asked to drop: left out, and their stored versions deleted by the migration. */
  dropStories?: readonly string[];
}

interface StoredVersion {
  storyId: string;
  number: number;
  document: string;
  sourceFile: string | null;
  sourceText: string | null;
  overlayFile: string | null;
  overlayText: string | null;
}

const dropAndIngestAgain = (storyId: string) =>
  `drop the story and ingest its documents again: \`claimgraph migrate --drop-story ${storyId}\`, then \`claimgraph ingest <its files…>\``;

/** The first graph model whose versions keep the overlay applied to them (model 1 kept none). */
const FIRST_MODEL_KEEPING_OVERLAYS = 2;

/**
 * The overlay a stored text is re-derived with: the user's current one (`--overlays`, then the seed
 * folder, whose curation ships with claimgraph), else the one stored with the version; null for none.
 * A graph from before versions kept their overlay cannot say whether one was applied: undefined then.
 */
async function overlayOf(version: StoredVersion & { sourceFile: string }, fromModel: number, options: RederiveOptions): Promise<NamedText | null | undefined> {
  const name = `${storySlugFromFileName(version.sourceFile)}.overlay.json`;
  const seedDirs = [...new Set(SEED_FILES.map((file) => path.dirname(file)))];
  for (const dir of [...(options.overlayDirs ?? []), ...seedDirs]) {
    const text = await readOptional(path.join(dir, name));
    if (text !== undefined) return { file: path.join(dir, name), text };
  }
  if (version.overlayText !== null) return { file: version.overlayFile ?? name, text: version.overlayText };
  return fromModel >= FIRST_MODEL_KEEPING_OVERLAYS || options.overlayDirs !== undefined ? null : undefined;
}

async function rederive(version: StoredVersion, fromModel: number, options: RederiveOptions): Promise<StoryToWrite> {
  const where = `${version.storyId} version ${version.number}`;
  const { sourceFile, sourceText } = version;
  if (sourceFile === null || sourceText === null) {
    try {
      return { document: readStoryGraphJson(version.document, `${where} (its stored story graph document)`) };
    } catch (error) {
      throw new GraphModelRefusal(
        `${where} keeps no story document, only a story graph document that graph model ${GRAPH_MODEL_VERSION} no longer takes ` +
          `(${(error as Error).message}); ${dropAndIngestAgain(version.storyId)}`,
      );
    }
  }
  const overlay = await overlayOf({ ...version, sourceFile }, fromModel, options);
  if (overlay === undefined) {
    throw new GraphModelRefusal(
      `${version.storyId} was ingested before claimgraph kept overlays with the graph, so whether a curation overlay ` +
        `(${storySlugFromFileName(sourceFile)}.overlay.json) was applied to it is unknown; run \`claimgraph migrate --overlays <folder>\` ` +
        'with the folder that holds it (or the folder of its documents, if it has none)',
    );
  }
  try {
    const document = storyFromText(sourceText, sourceFile, overlay ?? undefined);
    const kept = overlay && { file: path.basename(overlay.file), text: overlay.text };
    return { document, source: { file: sourceFile, text: sourceText, ...(kept && { overlay: kept }) } };
  } catch (error) {
    throw new GraphModelRefusal(
      `${where}: its stored document no longer gives a story under graph model ${GRAPH_MODEL_VERSION}: ${(error as Error).message}; ` +
        `correct the overlay and run \`claimgraph migrate --overlays <folder>\`, or ${dropAndIngestAgain(version.storyId)}`,
    );
  }
}

/**
 * Every story version the graph keeps, re-derived through today's ingest pipeline from the documents
 * stored with it, oldest first. Reads only; refuses (GraphModelRefusal, every problem listed) when
 * any version cannot be re-derived, so that nothing is changed unless everything can be.
 */
export async function rederiveStories(db: Database, fromModel: number, options: RederiveOptions): Promise<RederivedVersion[]> {
  const dropped = new Set(options.dropStories ?? []);
  const stored = (await db.read(cypherFile('migrate/stored-versions'))) as unknown as StoredVersion[];
  const unknown = [...dropped].filter((storyId) => !stored.some((version) => version.storyId === storyId));
  const problems = new Set(unknown.map((storyId) => `--drop-story ${storyId}: the graph keeps no story with that id`));
  for (const { storyId, version } of await db.read(cypherFile('migrate/stories-without-document'))) {
    if (!dropped.has(String(storyId))) {
      problems.add(`${String(storyId)} version ${String(version)} is in the graph but no stored version keeps its document; ${dropAndIngestAgain(String(storyId))}`);
    }
  }
  const rederived: RederivedVersion[] = [];
  for (const version of stored.filter((candidate) => !dropped.has(candidate.storyId))) {
    try {
      rederived.push({ storyId: version.storyId, number: version.number, story: await rederive(version, fromModel, options) });
    } catch (error) {
      if (!(error instanceof GraphModelRefusal)) throw error;
      problems.add(error.message);
    }
  }
  if (problems.size > 0) {
    throw new GraphModelRefusal(
      `the graph is in graph model ${fromModel} and this claimgraph writes graph model ${GRAPH_MODEL_VERSION}, but it cannot be migrated as it is ` +
        `(nothing was changed):\n${[...problems].map((problem) => `  - ${problem}`).join('\n')}`,
    );
  }
  return rederived;
}
