import { OverlayError } from './overlay-error';
import { StoryOverlay } from './story-overlay';

/** Parses and validates an overlay file's text; every problem names the file and the JSON path. */
export function readOverlay(text: string, { file }: { file: string }): StoryOverlay {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new OverlayError(file, [], `expected JSON, found a syntax error (${error instanceof Error ? error.message : String(error)})`);
  }
  const parsed = StoryOverlay.safeParse(json);
  if (parsed.success) return parsed.data;
  const [issue] = parsed.error.issues;
  const path = (issue?.path ?? []).map((part) => (typeof part === 'symbol' ? String(part) : part));
  throw new OverlayError(file, path, issue?.message ?? 'invalid overlay', { cause: parsed.error });
}
