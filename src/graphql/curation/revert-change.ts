import { isDeepStrictEqual } from 'node:util';
import type { ApiKeyIdentity } from '../../api-keys/api-key-store';
import { cypherFile } from '../../db/cypher-file';
import { NODE_LABELS } from '../../model/graph-vocabulary';
import { nodeTypeOf } from '../../model/ids';
import type { Database } from '../../db/database';
import { apiError, notFound } from '../errors';
import { changeKindOf } from './change-kinds';
import type { RevertChange } from './curation-inputs';
import type { ChangeRow } from './curation-rows';
import { runCurationWriteOnItems } from './curation-write';

/** A Change's JSON value; a `before` of null is stored as no property at all. */
const parsed = (json: string | null | undefined): unknown => (json == null ? null : JSON.parse(json));

// Curation changes name a claim or a source (API key changes have no kind): the id's prefix says which.
const labelOf = (itemId: string) => (nodeTypeOf(itemId, ['source']) ? NODE_LABELS.source : NODE_LABELS.claim);

/**
 * Undoes a change as a change of its own (runCurationWriteOnItems: the item's lock, its revision,
 * idempotency; a curated link's other item is locked too, in id order as the link mutations lock
 * them, and given the same Change): the field set back to the change's `before` by the field's kind
 * (change-kinds.ts), recorded with the value it replaces as `before` and a REVERTS edge to the change undone. Refused
 * with CONFLICT, writing nothing, when the field has moved on: the newest later change of the field
 * left another value than this one did, so setting it back would silently undo that change too. (A
 * later change that left the same value, such as the revert of a later change, is no obstacle: so
 * changes can be undone one after another, newest first.)
 */
export async function revertChange(db: Database, client: ApiKeyIdentity, input: RevertChange): Promise<{ change: ChangeRow; reverted: ChangeRow }> {
  // A Change is never altered once written, so it may be read before the item is locked.
  const [found] = await db.read(cypherFile('queries/change'), { ids: [input.changeId] });
  if (!found) throw notFound('change', input.changeId);
  const reverted = found.node as unknown as ChangeRow;
  const kind = changeKindOf(reverted.field);
  if (!kind) throw apiError('BAD_USER_INPUT', `A change of ${reverted.field} cannot be reverted; only curation of claims and sources can.`, { field: reverted.field });
  const others = (kind.itemsOf?.(parsed(reverted.before), parsed(reverted.after)) ?? []).filter((id) => id !== reverted.itemId);
  const { change } = await runCurationWriteOnItems(db, {
    mutation: 'revertChange',
    items: [{ label: labelOf(reverted.itemId), itemId: reverted.itemId, expectedRevision: input.expectedRevision }],
    // A link's other item: the link is as much its value, so a write to it through that item waits, and its trail shows the revert.
    alsoChanged: [...new Set(others)].map((itemId) => ({ label: labelOf(itemId), itemId })),
    idempotencyKey: input.idempotencyKey,
    client,
    current: ([state]) => ({ revision: state?.curation.revision }),
    write: async (tx) => {
      const [later] = await tx.run(cypherFile('curation/later-change'), { itemId: reverted.itemId, field: reverted.field, revision: reverted.revision });
      // Compared as values: the key order of a value's JSON depends on what wrote it.
      if (later && !isDeepStrictEqual(parsed(later.after as string | null), parsed(reverted.after))) {
        throw apiError(
          'CONFLICT',
          `${reverted.field} of ${reverted.itemId} was changed again after ${reverted.id}, by ${String(later.id)}: revert that one first, or decide again.`,
          { laterChangeId: later.id },
        );
      }
      await kind.set(tx, reverted.itemId, reverted.field, parsed(reverted.before));
      return { field: reverted.field, before: parsed(reverted.after), after: parsed(reverted.before), reason: input.reason, reverts: reverted.id };
    },
  });
  return { change, reverted };
}
