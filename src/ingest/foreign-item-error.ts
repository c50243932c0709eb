import { describeForeignItem, type ForeignItem } from '../model/foreign-items';

/** A document names an item that is not its story's own; refused before anything is written. */
export class ForeignItemError extends Error {
  override readonly name = 'ForeignItemError';
  readonly itemId: string;

  constructor(
    readonly storyId: string,
    item: ForeignItem,
  ) {
    super(describeForeignItem(storyId, item));
    this.itemId = item.id;
  }
}
