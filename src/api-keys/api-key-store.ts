import { randomBytes } from 'node:crypto';
import { cypherFile } from '../db/cypher-file';
import type { Database, Row } from '../db/database';
import { generateApiKey } from './api-key-secret';

/** The roles a key may carry; only `reader` means anything yet (the API is read-only). */
export type ApiKeyRole = 'reader';

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
