import { hostname } from 'node:os';
import { randomUUID } from 'node:crypto';
import { cypherFile } from '../../db/cypher-file';
import type { Database } from '../../db/database';
import { GraphModelRefusal } from './graph-model-refusal';

/**
 * A migration renews its lease at every story version it writes; one not renewed for this long is
 * taken for a crashed process and may be taken over (a single version is written in seconds).
 */
export const MIGRATION_LEASE_STALE_MINUTES = 10;

/** Who holds a lease: the host and process, and a random part so two processes of one pid namespace differ. */
export const leaseHolder = () => `${hostname()}:${process.pid}:${randomUUID().slice(0, 8)}`;

/**
 * Takes the lease on migrating the graph, on its GraphModel marker, or refuses with who holds it:
 * two claimgraphs that open an old graph at once must not both delete and rewrite it. The marker
 * (which markGraphModel writes last, dropping the lease) is locked before the lease is read, so
 * two takers queue on it and the second sees the first's lease.
 */
export async function takeMigrationLease(db: Database, holder: string): Promise<void> {
  const [row] = await db.write((tx) => tx.run(cypherFile('migrate/take-migration-lease'), { holder, staleMinutes: MIGRATION_LEASE_STALE_MINUTES }));
  if (row?.taken === true) return;
  throw new GraphModelRefusal(
    `another claimgraph (${String(row?.holder)}) has been migrating this graph since ${String(row?.since)}; wait for it to finish, then start again. ` +
      `A lease not renewed for ${MIGRATION_LEASE_STALE_MINUTES} minutes (last renewed ${String(row?.renewedAt)}) is taken for a crash and taken over`,
  );
}

/** Renews the lease; refuses if another process took it over meanwhile (this one was taken for dead). */
export async function renewMigrationLease(db: Database, holder: string): Promise<void> {
  const [row] = await db.write((tx) => tx.run(cypherFile('migrate/renew-migration-lease'), { holder }));
  if (row?.renewed !== true) throw new GraphModelRefusal(`this claimgraph's migration lease was taken over by ${String(row?.holder)}; it stops here and leaves the migration to it`);
}

/** Gives the lease back if this holder still has it (after a refusal or a failure; marking the graph drops it too). */
export async function releaseMigrationLease(db: Database, holder: string): Promise<void> {
  await db.write((tx) => tx.run(cypherFile('migrate/release-migration-lease'), { holder }));
}
