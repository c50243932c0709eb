import { randomUUID } from 'node:crypto';

/** A Change as it is written, before the statement that records it adds the item's revision (and story). */
export interface NewChange {
  id: string;
  /** Record time, ISO 8601. */
  at: string;
  /** Who: the API key's id, or `cli` for the claimgraph command. */
  by: string;
  reason: string;
  field: string;
  /** JSON of the field's value before and after; a `before` of null is stored as no property. */
  before: string | null;
  after: string;
  itemId: string;
  /** The mutation (or command) that wrote it, and the client's idempotency key (scoped by API key id), if any. */
  mutation: string;
  idempotencyKey: string | null;
}

const json = (value: unknown) => (value === undefined || value === null ? null : JSON.stringify(value));

/**
 * The audit trail's entry for one write, with the values as JSON a revert can restore from. Every
 * writer of Changes (curation-write.ts, the API key store) builds them here, so they read alike.
 */
export function newChange(write: {
  at: string;
  by: string;
  reason: string;
  field: string;
  before: unknown;
  after: unknown;
  itemId: string;
  mutation: string;
  idempotencyKey?: string | null;
}): NewChange {
  return { ...write, id: `change:${randomUUID()}`, before: json(write.before), after: json(write.after) ?? 'null', idempotencyKey: write.idempotencyKey ?? null };
}
