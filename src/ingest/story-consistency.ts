import { consistencyReport, type ConsistencyReport } from './consistency-report';
import type { LoadedStory } from './load-story-file';
import { parseStory } from './parse/parse-story';
import { storySlugFromFileName } from './parse/parse-story-document';

/**
 * The consistency report of a story as loaded: with its document's text, a lenient re-parse adds
 * line numbers, uncited prose and citations of missing sources; without, the graph alone speaks.
 */
export function storyConsistency({ document, source }: LoadedStory): ConsistencyReport {
  if (!source) return consistencyReport(document);
  const { info } = parseStory(source.text, { file: source.file, storySlug: storySlugFromFileName(source.file), lenient: true });
  return consistencyReport(document, info);
}
