import type { StoryGraphDocument } from './story-graph';

export const DIFF_KINDS = ['actors', 'sources', 'claims', 'events', 'questions', 'perspectives', 'tensions'] as const;
export type DiffKind = (typeof DIFF_KINDS)[number];

export interface DiffItem {
  kind: DiffKind;
  id: string;
  /** The item's words (text, title, name or label), for a reader scanning the diff. */
  summary: string;
}

export interface FieldChange {
  field: string;
  before: unknown;
  after: unknown;
}

export interface DiffChange extends DiffItem {
  fields: FieldChange[];
}

export interface StoryDiff {
  from: number;
  to: number;
  added: DiffItem[];
  removed: DiffItem[];
  changed: DiffChange[];
}

type Item = { id: string } & Record<string, unknown>;

const summaryOf = (item: Item) =>
  String(item.text ?? item.title ?? item.name ?? item.label ?? item.id);

/** Positions shift whenever something is inserted above; a move alone is not a change of the item. */
const IGNORED_FIELDS = new Set(['position']);

function fieldChanges(before: Item, after: Item): FieldChange[] {
  const fields = new Set([...Object.keys(before), ...Object.keys(after)]);
  return [...fields]
    .filter((field) => !IGNORED_FIELDS.has(field))
    .filter((field) => JSON.stringify(before[field]) !== JSON.stringify(after[field]))
    .sort()
    .map((field) => ({ field, before: before[field] ?? null, after: after[field] ?? null }));
}

/** What changed between two versions of one story, item by item (items match by id). */
export function diffStoryVersions(from: StoryGraphDocument, to: StoryGraphDocument): StoryDiff {
  const diff: StoryDiff = { from: from.story.version, to: to.story.version, added: [], removed: [], changed: [] };
  for (const kind of DIFF_KINDS) {
    const before = new Map<string, Item>(from[kind].map((item) => [item.id, item]));
    const after = new Map<string, Item>(to[kind].map((item) => [item.id, item]));
    for (const [id, item] of after) {
      const previous = before.get(id);
      if (!previous) diff.added.push({ kind, id, summary: summaryOf(item) });
      else {
        const fields = fieldChanges(previous, item);
        if (fields.length > 0) diff.changed.push({ kind, id, summary: summaryOf(item), fields });
      }
    }
    for (const [id, item] of before) if (!after.has(id)) diff.removed.push({ kind, id, summary: summaryOf(item) });
  }
  return diff;
}
