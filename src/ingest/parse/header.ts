import { GRAPHQL_INT_MAX, MAX_STORY_VERSION } from '../../model/story-graph';
import { isCalendarDate } from './calendar-date';
import { type DocumentLine, unexpectedLine } from './lines';
import { StoryParseError } from './story-parse-error';

export interface StoryHeader {
  title: string;
  version: number;
  /** ISO 8601 in UTC, e.g. `2026-05-22T02:22:00Z`. */
  updatedAt: string;
  itemCount: number;
}

/** The three lines every story document opens with; the sections start right after them. */
export const HEADER_LINES = 3;

const TITLE_SUFFIX = ' · history';
const UPDATE_LINE = /^(\S+) (\S+) UTC · (.+)$/;

export function parseHeader(lines: readonly DocumentLine[], file: string): StoryHeader {
  const [titleLine, versionLine, updateLine] = lines;
  const fail = (index: number, expected: string) => unexpectedLine(file, lines, index, expected);

  const titleText = titleLine?.text.trim() ?? '';
  const title = titleText.slice(0, -TITLE_SUFFIX.length).trim();
  if (!titleText.endsWith(TITLE_SUFFIX) || title === '') throw fail(0, `a title line ending in "${TITLE_SUFFIX}"`);
  const versionMatch = /^Version (\d+)$/.exec(versionLine?.text.trim() ?? '');
  const version = Number(versionMatch?.[1]);
  if (!versionMatch || !Number.isSafeInteger(version) || version < 1 || version > MAX_STORY_VERSION) {
    throw fail(1, `a line "Version N" with N from 1 to ${MAX_STORY_VERSION}`);
  }

  const update = UPDATE_LINE.exec(updateLine?.text.trim() ?? '');
  if (!updateLine || !update) throw fail(2, 'an update line "YYYY-MM-DD HH:MM UTC · N items"');
  const [, date = '', time = '', items = ''] = update;
  const at = (expected: string, found: string) => new StoryParseError(file, updateLine.number, expected, found);
  if (!isCalendarDate(date)) throw at('a calendar date YYYY-MM-DD', JSON.stringify(date));
  if (!/^([01]\d|2[0-3]):[0-5]\d$/.test(time)) throw at('a time HH:MM between 00:00 and 23:59', JSON.stringify(time));
  const count = /^(\d+) items?$/.exec(items);
  const itemCount = Number(count?.[1]);
  if (!count || !Number.isSafeInteger(itemCount) || itemCount > GRAPHQL_INT_MAX) {
    throw at(`an item count "N items" with N a number up to ${GRAPHQL_INT_MAX}`, JSON.stringify(items));
  }

  return {
    title,
    version,
    updatedAt: `${date}T${time}:00Z`,
    itemCount,
  };
}
