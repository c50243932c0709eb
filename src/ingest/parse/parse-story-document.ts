import type { StoryGraphDocument } from '../../model/story-graph';
import { parseStory } from './parse-story';

export { storySlugFromFileName } from './story-slug';

/**
 * Parses a story document into a story graph document that passes `StoryGraphDocument.parse`.
 * Pure: no I/O. Any failure is a `StoryParseError` naming `file`, the line and what was expected.
 */
export function parseStoryDocument(text: string, options: { file: string; storySlug?: string }): StoryGraphDocument {
  return parseStory(text, { file: options.file, storySlug: options.storySlug }).document;
}
