import type { ApiKeyRole } from '../api-keys/api-key-store';

/** One write attempt the API refused. */
export interface RefusedWriteRecord {
  /** When, ISO 8601. */
  at: string;
  /** The API key's id and role; null for a request without a key. */
  by: string | null;
  role: ApiKeyRole | null;
  operationName: string | null;
  /** The Mutation fields the operation asked for, each once. */
  fields: string[];
  /** Its refusal codes, each once: UNAUTHENTICATED, FORBIDDEN, CONFLICT. */
  codes: string[];
}

/** Refusals kept: a process under a flood of refused writes keeps a bounded record of the newest. */
export const REFUSED_WRITES_KEPT = 1_000;

/**
 * The newest refused write attempts of this process, in memory: what an admin reads through
 * Query.refusedWrites. Kept out of the graph on purpose, since a refused write must change nothing
 * there; the durable record is the `refused write` log line.
 */
export class RefusedWriteLog {
  private readonly entries: RefusedWriteRecord[] = [];

  constructor(private readonly kept = REFUSED_WRITES_KEPT) {}

  record(entry: RefusedWriteRecord): void {
    this.entries.push(entry);
    if (this.entries.length > this.kept) this.entries.shift();
  }

  /** Newest first, at most `first`, only those by the key `by` if given. */
  newest(first: number, by: string | null = null): RefusedWriteRecord[] {
    const found: RefusedWriteRecord[] = [];
    for (let index = this.entries.length - 1; index >= 0 && found.length < first; index -= 1) {
      const entry = this.entries[index] as RefusedWriteRecord;
      if (by === null || entry.by === by) found.push(entry);
    }
    return found;
  }
}
