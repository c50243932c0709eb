import { randomBytes } from 'node:crypto';
import { cypherFile } from '../db/cypher-file';
import type { Database, Row } from '../db/database';
import { generateApiKey } from './api-key-secret';

/** The roles a key may carry, weakest first: readers read as the server allows anyone; editors also curate; admins also manage keys. */
export const API_KEY_ROLES = ['reader', 'editor', 'admin'] as const;
export type ApiKeyRole = (typeof API_KEY_ROLES)[number];

export const isApiKeyRole = (value: string): value is ApiKeyRole => (API_KEY_ROLES as readonly string[]).includes(value);

/** Whether a key of role `held` may do what needs `needed`: each role may do all that a weaker one may. */
export const roleAtLeast = (held: ApiKeyRole, needed: ApiKeyRole): boolean => API_KEY_ROLES.indexOf(held) >= API_KEY_ROLES.indexOf(needed);

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

/** API keys in Neo4j as `(:ApiKey {id, name, hash, role, createdAt, revokedAt})`, through the database door. */
export class ApiKeyStore {
  constructor(private readonly db: Database) {}

  /** Stores a new key's hash; the key itself is in the answer only, to be shown once. */
  async create(name: string, role: ApiKeyRole = 'reader'): Promise<{ key: string; record: ApiKeyRecord }> {
    const { key, hash } = generateApiKey();
    const id = `key_${randomBytes(8).toString('hex')}`;
    const [row] = await this.db.write((tx) => tx.run(cypherFile('api-keys/create-api-key'), { id, name, hash, role }));
    if (!row) throw new Error(`The key ${id} was not stored`);
    return { key, record: record(row) };
  }

  async list(): Promise<ApiKeyRecord[]> {
    return (await this.db.read(cypherFile('api-keys/list-api-keys'))).map(record);
  }

  /** Gives the key another role (a revoked one too: it stays revoked); undefined when no key has this id. */
  async setRole(id: string, role: ApiKeyRole): Promise<ApiKeyRecord | undefined> {
    const [row] = await this.db.write((tx) => tx.run(cypherFile('api-keys/set-api-key-role'), { id, role }));
    return row ? record(row) : undefined;
  }

  /** Revokes the key (again: no change); undefined when no key has this id. */
  async revoke(id: string): Promise<ApiKeyRecord | undefined> {
    const [row] = await this.db.write((tx) => tx.run(cypherFile('api-keys/revoke-api-key'), { id }));
    return row ? record(row) : undefined;
  }

  /** The unrevoked key with this hash, if any. */
  async findActive(hash: string): Promise<ApiKeyIdentity | undefined> {
    const [row] = await this.db.read(cypherFile('api-keys/active-api-key'), { hash });
    return row ? { id: String(row.id), role: row.role as ApiKeyRole } : undefined;
  }
}
