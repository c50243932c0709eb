import { readFile } from 'node:fs/promises';
import { StoryGraphDocument } from '../model/story-graph';
import { jsonLineOf } from './json-line';
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

/**
 * Reads one story file: a story graph document (`*.json`) as it is, or a story document (text)
 * through the parser, with the story's id taken from the file name (`<story>.v<N>.txt`).
 */
export async function loadStoryFile(file: string): Promise<StoryGraphDocument> {
  const text = await readFile(file, 'utf8');
  if (file.endsWith('.json')) return readStoryGraphJson(text, file);
  return parseStoryDocument(text, { file, storySlug: storySlugFromFileName(file) });
}
