import type { ApiKeyIdentity } from '../../api-keys/api-key-store';
import { newChange } from '../../audit/new-change';
import { cypherFile } from '../../db/cypher-file';
import type { Database, Row, WriteTransaction } from '../../db/database';
import { apiError, notFound } from '../errors';
import type { CorrectionRecord } from './correction-rows';
import type { ChangeRow, CurationRow, VerdictRow } from './curation-rows';

/** What one curation write found under the item's lock. */
export interface CurationState {
  curation: CurationRow;
  verdicts: VerdictRow[];
  /** A claim's corrections, by field (none for a source). */
  corrections: CorrectionRecord[];
}

/** What a write changed, for its Change: the field, its values before and after (JSON), and why. */
export interface ChangeRecord {
  field: string;
  before: unknown;
  after: unknown;
  reason: string;
  /** The id of the change this one undoes (revertChange), which the Change then points at. */
  reverts?: string;
}

/** One claim or source a write touches, with the revision the client decided on. */
export interface CuratedItem {
  label: 'Claim' | 'Source';
  itemId: string;
  expectedRevision: number;
}

export interface CurationWrite extends CuratedItem {
  /** The Mutation field: an idempotency key names one write of one mutation on one item. */
  mutation: string;
  idempotencyKey: string | null | undefined;
  client: ApiKeyIdentity;
  /** The item's state as a CONFLICT shows it to the client, in the API's shapes. */
  current(state: CurationState): Record<string, unknown>;
  /** Writes the change itself, under the lock and after the revision check; `at` is the write's record time. */
  write(tx: WriteTransaction, state: CurationState, at: string): Promise<ChangeRecord>;
}

/** A write to several items at once (a link between two claims): each is locked, revision-checked and gets a Change. */
export interface CurationWriteOnItems {
  mutation: string;
  /** The items, the first the write's subject: its Change answers the write and carries the idempotency key. */
  items: CuratedItem[];
  /**
   * Items the write changes too without the client having decided on their revision (the other end
   * of a link a revert sets back): locked with `items` in id order and given a Change each, their
   * revision not checked.
   */
  alsoChanged?: Omit<CuratedItem, 'expectedRevision'>[];
  idempotencyKey: string | null | undefined;
  client: ApiKeyIdentity;
  /** The items' state (in `items` order) as a CONFLICT shows it. */
  current(states: CurationState[]): Record<string, unknown>;
  /** Writes the change under every item's lock; the record is each item's Change. */
  write(tx: WriteTransaction, states: CurationState[], at: string): Promise<ChangeRecord>;
}

/** The answer of a curation write: its Change, and whether it is an earlier write's, repeated by idempotency key. */
export interface CurationOutcome {
  change: ChangeRow;
  replayed: boolean;
}

/** runCurationWriteOnItems for the one item most curation writes touch. */
export function runCurationWrite(db: Database, request: CurationWrite): Promise<CurationOutcome> {
  const { label, itemId, expectedRevision } = request;
  return runCurationWriteOnItems(db, {
    ...request,
    items: [{ label, itemId, expectedRevision }],
    current: ([state]) => request.current(state as CurationState),
    write: (tx, [state], at) => request.write(tx, state as CurationState, at),
  });
}

/**
 * Runs one curation write in one transaction: locks each item's Curation node (lock-item.cypher) in
 * id order, so that two writes over the same items cannot deadlock, answers a repeat of an
 * idempotency key with the first write's Change, refuses a stale `expectedRevision` of any item with
 * CONFLICT and the current state, else writes and records a Change per item (record-change.cypher),
 * which raises its revision. Any refusal throws, so the transaction rolls back and nothing is written.
 */
export async function runCurationWriteOnItems(db: Database, request: CurationWriteOnItems): Promise<CurationOutcome> {
  const [subject] = request.items;
  const changed = [...request.items, ...(request.alsoChanged ?? [])];
  if (!subject || new Set(changed.map((item) => item.itemId)).size !== changed.length) {
    throw new Error(`${request.mutation}: a curation write names one or more distinct items`);
  }
  // Idempotency keys are the client's own: two API keys may use the same one.
  const idempotencyKey = request.idempotencyKey == null ? null : `${request.client.id}:${request.idempotencyKey}`;
  return db.write(async (tx) => {
    const byId = new Map<string, { state: CurationState; done: ChangeRow | null }>();
    for (const item of [...changed].sort((a, b) => (a.itemId < b.itemId ? -1 : 1))) {
      const [locked] = await tx.run(cypherFile('curation/lock-item'), { itemId: item.itemId, label: item.label });
      if (!locked) throw notFound(item.label.toLowerCase(), item.itemId);
      const key = item === subject ? idempotencyKey : null;
      const [row] = await tx.run(cypherFile('curation/curation-state'), { itemId: item.itemId, idempotencyKey: key });
      byId.set(item.itemId, { state: { curation: row?.curation, verdicts: row?.verdicts, corrections: row?.corrections } as unknown as CurationState, done: (row?.done ?? null) as unknown as ChangeRow | null });
    }
    const states = request.items.map((item) => byId.get(item.itemId)?.state as CurationState);
    const done = byId.get(subject.itemId)?.done;
    if (done) {
      if (done.mutation !== request.mutation || done.itemId !== subject.itemId) {
        throw apiError('BAD_USER_INPUT', `The idempotencyKey was used for another write (${done.mutation} of ${done.itemId}); use a new one.`, {
          changeId: done.id,
        });
      }
      return { change: done, replayed: true };
    }
    const stale = request.items.filter((item, index) => states[index]?.curation.revision !== item.expectedRevision);
    if (stale.length > 0) {
      const at = stale.map((item) => `${item.itemId} is at revision ${byId.get(item.itemId)?.state.curation.revision}, not ${item.expectedRevision}`);
      throw apiError('CONFLICT', `${at.join('; ')}: another change came first. Read it and decide again.`, { current: request.current(states) });
    }
    const at = new Date().toISOString();
    const record = await request.write(tx, states, at);
    const changes: ChangeRow[] = [];
    for (const item of changed) {
      const change = newChange({
        at,
        by: request.client.id,
        reason: record.reason,
        field: record.field,
        before: record.before,
        after: record.after,
        itemId: item.itemId,
        mutation: request.mutation,
        idempotencyKey: item === subject ? idempotencyKey : null,
      });
      const [written] = await tx.run(cypherFile('curation/record-change'), { change, reverts: record.reverts ?? null });
      changes.push((written as Row).change as unknown as ChangeRow);
    }
    return { change: changes[0] as ChangeRow, replayed: false };
  });
}
