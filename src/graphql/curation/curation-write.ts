import type { ApiKeyIdentity } from '../../api-keys/api-key-store';
import { newChange } from '../../audit/new-change';
import { cypherFile } from '../../db/cypher-file';
import type { Database, Row, WriteTransaction } from '../../db/database';
import { apiError, notFound } from '../errors';
import type { ChangeRow, CurationRow, VerdictRow } from './curation-rows';

/** What one curation write found under the item's lock. */
export interface CurationState {
  curation: CurationRow;
  verdicts: VerdictRow[];
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

export interface CurationWrite {
  /** The Mutation field: an idempotency key names one write of one mutation on one item. */
  mutation: string;
  label: 'Claim' | 'Source';
  itemId: string;
  expectedRevision: number;
  idempotencyKey: string | null | undefined;
  client: ApiKeyIdentity;
  /** The item's state as a CONFLICT shows it to the client, in the API's shapes. */
  current(state: CurationState): Record<string, unknown>;
  /** Writes the change itself, under the lock and after the revision check; `at` is the write's record time. */
  write(tx: WriteTransaction, state: CurationState, at: string): Promise<ChangeRecord>;
}

/** The answer of a curation write: its Change, and whether it is an earlier write's, repeated by idempotency key. */
export interface CurationOutcome {
  change: ChangeRow;
  replayed: boolean;
}

/**
 * Runs one curation write in one transaction: locks the item's Curation node (lock-item.cypher),
 * answers a repeat of an idempotency key with the first write's Change, refuses a stale
 * `expectedRevision` with CONFLICT and the current state, else writes and records the Change
 * (record-change.cypher), which raises the revision. Any refusal throws, so the transaction rolls
 * back and nothing is written.
 */
export async function runCurationWrite(db: Database, request: CurationWrite): Promise<CurationOutcome> {
  // Idempotency keys are the client's own: two API keys may use the same one.
  const idempotencyKey = request.idempotencyKey == null ? null : `${request.client.id}:${request.idempotencyKey}`;
  return db.write(async (tx) => {
    const [locked] = await tx.run(cypherFile('curation/lock-item'), { itemId: request.itemId, label: request.label });
    if (!locked) throw notFound(request.label.toLowerCase(), request.itemId);
    const [row] = await tx.run(cypherFile('curation/curation-state'), { itemId: request.itemId, idempotencyKey });
    const state = { curation: row?.curation, verdicts: row?.verdicts } as unknown as CurationState;
    const done = row?.done as unknown as ChangeRow | null;
    if (done) {
      if (done.mutation !== request.mutation || done.itemId !== request.itemId) {
        throw apiError('BAD_USER_INPUT', `The idempotencyKey was used for another write (${done.mutation} of ${done.itemId}); use a new one.`, {
          changeId: done.id,
        });
      }
      return { change: done, replayed: true };
    }
    if (state.curation.revision !== request.expectedRevision) {
      throw apiError(
        'CONFLICT',
        `${request.itemId} is at revision ${state.curation.revision}, not ${request.expectedRevision}: another change came first. Read it and decide again.`,
        { current: request.current(state) },
      );
    }
    const at = new Date().toISOString();
    const record = await request.write(tx, state, at);
    const change = newChange({
      at,
      by: request.client.id,
      reason: record.reason,
      field: record.field,
      before: record.before,
      after: record.after,
      itemId: request.itemId,
      mutation: request.mutation,
      idempotencyKey,
    });
    const [written] = await tx.run(cypherFile('curation/record-change'), { change, reverts: record.reverts ?? null });
    return { change: (written as Row).change as unknown as ChangeRow, replayed: false };
  });
}
