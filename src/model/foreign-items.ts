import type { NodeType } from './graph-vocabulary';

/** The collections of a story graph document whose items belong to its story alone; actors are shared. */
export const STORY_ITEM_TYPES = {
  sources: 'source',
  claims: 'claim',
  events: 'event',
  questions: 'question',
  perspectives: 'perspective',
  tensions: 'tension',
} as const satisfies Record<string, NodeType>;

type Collection = keyof typeof STORY_ITEM_TYPES;

export interface ForeignItem {
  collection: Collection;
  index: number;
  id: string;
  /** The path of the id within the item, for an id nested in it (a claim's mention). */
  at: (string | number)[];
}

type StoryItems = { story: { id: string } } & Record<Exclude<Collection, 'claims'>, readonly { id: string }[]> & {
  claims: readonly { id: string; mentions: readonly { id: string }[] }[];
};

/** `<story>` of `story:<story>`: the part every item id of the story carries. */
const storyKey = (storyId: string) => storyId.slice(storyId.indexOf(':') + 1);

/**
 * The items of a document whose id does not carry its story (`<type>:<story>:<key>`): another
 * story's item, or an id naming no story. Refusing them keeps a document from reaching any item but
 * its own, without a database read and so without a race against another writer.
 */
export function foreignItems(doc: StoryItems): ForeignItem[] {
  const foreign: ForeignItem[] = [];
  for (const [collection, type] of Object.entries(STORY_ITEM_TYPES) as [Collection, NodeType][]) {
    const prefix = `${type}:${storyKey(doc.story.id)}:`;
    doc[collection].forEach(({ id }, index) => {
      if (!id.startsWith(prefix)) foreign.push({ collection, index, id, at: ['id'] });
    });
  }
  // A claim's mentions are items of its story too.
  const mentionPrefix = `mention:${storyKey(doc.story.id)}:`;
  doc.claims.forEach(({ mentions }, index) =>
    mentions.forEach(({ id }, j) => {
      if (!id.startsWith(mentionPrefix)) foreign.push({ collection: 'claims', index, id, at: ['mentions', j, 'id'] });
    }),
  );
  return foreign;
}

/** What is wrong with a foreign item, in words. */
export const describeForeignItem = (storyId: string, item: ForeignItem) =>
  `${storyId} names ${item.id}, which is not one of its items: a story's items are named <type>:${storyKey(storyId)}:<key>`;
