import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { StoryGraphDocument } from '../model/story-graph';
import { jsonLineOf } from './json-line';
import { applyOverlay } from './overlay/apply-overlay';
import { OverlayError } from './overlay/overlay-error';
import { readOverlay } from './overlay/read-overlay';
import { parseStoryDocument, storySlugFromFileName } from './parse/parse-story-document';
import { StoryParseError } from './parse/story-parse-error';

/** 1-based line of a character offset. */
const lineAt = (text: string, offset: number) => text.slice(0, offset).split('\n').length;

/** A story graph document (JSON), checked against the model; errors name the file and where. */
export function readStoryGraphJson(text: string, file: string): StoryGraphDocument {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    const position = /position (\d+)/.exec(String(error));
    const line = position ? lineAt(text, Number(position[1])) : 1;
    throw new StoryParseError(file, line, 'valid JSON', String((error as Error).message));
  }
  const parsed = StoryGraphDocument.safeParse(json);
  if (parsed.success) return parsed.data;
  const [issue] = parsed.error.issues;
  const path = issue?.path ?? [];
  const where = path.length > 0 ? path.join('.') : 'the document';
  throw new StoryParseError(file, jsonLineOf(text, path), `${where} to be valid`, issue?.message ?? 'an invalid value');
}

/** The curation overlay of a story: `<story>.overlay.json` beside its documents, for every version. */
export const overlayFileFor = (file: string) => path.join(path.dirname(file), `${storySlugFromFileName(file)}.overlay.json`);

/** A file's text, or undefined when there is no such file. */
export async function readOptional(file: string): Promise<string | undefined> {
  try {
    return await readFile(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
}

/** An overlay's problem located at the line of the JSON path it names. */
function located(error: unknown, overlayFile: string, overlayText: string): unknown {
  if (!(error instanceof OverlayError)) return error;
  const where = error.path.length > 0 ? error.path.join('.') : 'the overlay';
  return new StoryParseError(overlayFile, jsonLineOf(overlayText, error.path), `${where} to fit the story`, error.problem, { cause: error });
}

export interface LoadedStory {
  document: StoryGraphDocument;
  /** The story document's own text, kept with the version it became (absent for JSON input). */
  source?: StorySource;
}

/** A file's name and text. */
export interface NamedText {
  file: string;
  text: string;
}

/** A story document as the graph keeps it with its version: its text and the overlay applied to it. */
export interface StorySource extends NamedText {
  overlay?: NamedText;
}

/**
 * A story document's text through the parser, with the story's id taken from the file name
 * (`<story>.v<N>.txt`) and its curation overlay, if given, applied on top. Errors name `file`
 * (where the text was read from) and, for the overlay, the overlay's path.
 */
export function storyFromText(text: string, file: string, overlay?: NamedText): StoryGraphDocument {
  const parsed = parseStoryDocument(text, { file, storySlug: storySlugFromFileName(file) });
  if (overlay === undefined) return parsed;
  try {
    return applyOverlay(parsed, readOverlay(overlay.text, { file: overlay.file }), { file: overlay.file });
  } catch (error) {
    throw located(error, overlay.file, overlay.text);
  }
}

/**
 * Reads one story file: a story graph document (`*.json`) as it is, or a story document (text)
 * through `storyFromText`, with the overlay beside it (`<story>.overlay.json`) if there is one.
 */
export async function loadStory(file: string): Promise<LoadedStory> {
  const text = await readFile(file, 'utf8');
  if (file.endsWith('.json')) return { document: readStoryGraphJson(text, file) };
  const overlayFile = overlayFileFor(file);
  const overlayText = await readOptional(overlayFile);
  const overlay = overlayText === undefined ? undefined : { file: overlayFile, text: overlayText };
  const document = storyFromText(text, file, overlay);
  return { document, source: { file: path.basename(file), text, ...(overlay && { overlay: { file: path.basename(overlayFile), text: overlay.text } }) } };
}

/** The story graph document of a story file (see `loadStory`). */
export async function loadStoryFile(file: string): Promise<StoryGraphDocument> {
  return (await loadStory(file)).document;
}
