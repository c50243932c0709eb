import { randomBytes } from 'node:crypto';
import { newChange } from '../audit/new-change';
import { cypherFile } from '../db/cypher-file';
import type { Database, Row, WriteTransaction } from '../db/database';
import { generateApiKey } from './api-key-secret';

/** The roles a key may carry, weakest first: readers read as the server allows anyone; editors also curate; admins also manage keys. */
export const API_KEY_ROLES = ['reader', 'editor', 'admin'] as const;
export type ApiKeyRole = (typeof API_KEY_ROLES)[number];

export const isApiKeyRole = (value: string): value is ApiKeyRole => (API_KEY_ROLES as readonly string[]).includes(value);

/** Whether a key of role `held` may do what needs `needed`: each role may do all that a weaker one may. */
export const roleAtLeast = (held: ApiKeyRole, needed: ApiKeyRole): boolean => API_KEY_ROLES.indexOf(held) >= API_KEY_ROLES.indexOf(needed);

/** A key's name is for people reading `keys list`: one line of printable text. */
export const API_KEY_NAME_PATTERN = /^[^\p{Cc}]{1,100}$/u;

/** Who changes a key, through what, and why: its Change in the audit trail says so. */
export interface KeyChangeActor {
  /** The admin's API key id, or `cli`. */
  by: string;
  /** The mutation or command. */
  via: string;
  reason: string;
}

/** The `claimgraph keys` command, run by an operator who holds the database's credentials. */
export const cliActor = (action: string): KeyChangeActor => ({ by: 'cli', via: `keys ${action}`, reason: `claimgraph keys ${action}` });

/** Refused: the change would leave no active admin key, and with it nobody to manage keys through the API. */
export class LastAdminKeyError extends Error {
  constructor(id: string) {
    super(`${id} is the last active admin key: make another admin key first (claimgraph keys create --role admin, or createApiKey).`);
    this.name = 'LastAdminKeyError';
  }
}

/** A key as it is shown: never its hash. */
export interface ApiKeyRecord {
  id: string;
  name: string;
  role: ApiKeyRole;
  createdAt: string;
  revokedAt: string | null;
}

/** Who an accepted key says the client is. */
export interface ApiKeyIdentity {
  id: string;
  role: ApiKeyRole;
}

const record = (row: Row): ApiKeyRecord => ({
  id: String(row.id),
  name: String(row.name),
  role: row.role as ApiKeyRole,
  createdAt: String(row.createdAt),
  revokedAt: row.revokedAt == null ? null : String(row.revokedAt),
});

/** A key after a change, and the change's entry in the audit trail (null when nothing changed). */
export interface KeyChange {
  record: ApiKeyRecord;
  change: Row | null;
}

/** Records a key's change in the audit trail, in the transaction that made it. */
async function recordKeyChange(tx: WriteTransaction, actor: KeyChangeActor, id: string, field: string, before: unknown, after: unknown): Promise<Row> {
  const change = newChange({ at: new Date().toISOString(), by: actor.by, reason: actor.reason, field: `apiKey:${field}`, before, after, itemId: id, mutation: actor.via });
  const [row] = await tx.run(cypherFile('api-keys/record-key-change'), { change });
  return (row as Row).change as Row;
}

/**
 * API keys in Neo4j as `(:ApiKey {id, name, hash, role, createdAt, revokedAt})`, through the
 * database door. Every change of a key is a Change in the audit trail (`apiKey:created`,
 * `apiKey:role`, `apiKey:revokedAt`) in the same transaction, by whoever `actor` names: the CLI
 * and the admin mutations share this code.
 */
export class ApiKeyStore {
  constructor(private readonly db: Database) {}

  /** Stores a new key's hash; the key itself is in the answer only, to be shown once. */
  async create(name: string, role: ApiKeyRole = 'reader', actor = cliActor('create')): Promise<{ key: string; record: ApiKeyRecord; change: Row }> {
    const { key, hash } = generateApiKey();
    const id = `key_${randomBytes(8).toString('hex')}`;
    return this.db.write(async (tx) => {
      const [row] = await tx.run(cypherFile('api-keys/create-api-key'), { id, name, hash, role });
      if (!row) throw new Error(`The key ${id} was not stored`);
      const created = record(row);
      return { key, record: created, change: await recordKeyChange(tx, actor, id, 'created', null, created) };
    });
  }

  /** The keys, oldest first: all of them, or the first `first` (Query.apiKeys' bound). */
  async list(first = Number.MAX_SAFE_INTEGER): Promise<ApiKeyRecord[]> {
    return (await this.db.read(cypherFile('api-keys/list-api-keys'), { first })).map(record);
  }

  /**
   * Gives the key another role (a revoked one too: it stays revoked); undefined when no key has this
   * id. Throws LastAdminKeyError rather than demote the last active admin key.
   */
  async setRole(id: string, role: ApiKeyRole, actor = cliActor('role')): Promise<KeyChange | undefined> {
    return this.changeKey(id, actor, role !== 'admin', async (tx, before) => {
      if (before.role === role) return { record: before, change: null };
      const [row] = await tx.run(cypherFile('api-keys/set-api-key-role'), { id, role });
      return { record: record(row as Row), change: await recordKeyChange(tx, actor, id, 'role', before.role, role) };
    });
  }

  /** Revokes the key (again: no change); undefined when no key has this id. Throws LastAdminKeyError rather than revoke the last active admin key. */
  async revoke(id: string, actor = cliActor('revoke')): Promise<KeyChange | undefined> {
    return this.changeKey(id, actor, true, async (tx, before) => {
      if (before.revokedAt !== null) return { record: before, change: null };
      const [row] = await tx.run(cypherFile('api-keys/revoke-api-key'), { id });
      const revoked = record(row as Row);
      return { record: revoked, change: await recordKeyChange(tx, actor, id, 'revokedAt', null, revoked.revokedAt) };
    });
  }

  /** One change of an existing key, under the keys' lock; `takesAdmin`: the change ends the key's being an active admin, if it is one. */
  private changeKey(
    id: string,
    actor: KeyChangeActor,
    takesAdmin: boolean,
    change: (tx: WriteTransaction, before: ApiKeyRecord) => Promise<KeyChange>,
  ): Promise<KeyChange | undefined> {
    return this.db.write(async (tx) => {
      const [row] = await tx.run(cypherFile('api-keys/lock-api-keys'), { id });
      if (!row) return undefined;
      const before = record(row);
      if (takesAdmin && before.role === 'admin' && before.revokedAt === null) {
        const [others] = await tx.run(cypherFile('api-keys/other-admin-keys'), { id });
        if (Number(others?.others) === 0) throw new LastAdminKeyError(id);
      }
      return change(tx, before);
    });
  }

  /** The unrevoked key with this hash, if any. */
  async findActive(hash: string): Promise<ApiKeyIdentity | undefined> {
    const [row] = await this.db.read(cypherFile('api-keys/active-api-key'), { hash });
    return row ? { id: String(row.id), role: row.role as ApiKeyRole } : undefined;
  }
}
