import DataLoader from 'dataloader';
import type { CypherQuery } from '../../db/cypher-file';
import type { Database, Params, Row } from '../../db/database';
import type { PlainValue } from '../../db/plain-value';

/** What a loader does with a batch's rows before it answers: prime other loaders with what they carry. */
export type RowsSeen = (rows: readonly Row[]) => void;

/**
 * A loader over a query shaped `UNWIND $ids AS id … RETURN id, items`: one round trip per batch,
 * each key answered with its items (none when the query returned no row for it).
 */
export function listLoader(db: Database, query: CypherQuery, params: Params = {}, seen?: RowsSeen): DataLoader<string, PlainValue[]> {
  return new DataLoader(async (ids) => {
    const rows = await db.read(query, { ...params, ids });
    seen?.(rows);
    const byId = new Map(rows.map((row) => [row.id, row.items]));
    return ids.map((id) => {
      const items = byId.get(id);
      return Array.isArray(items) ? items : [];
    });
  });
}

/** A loader over a query shaped `UNWIND $ids AS id … RETURN id, node`: null where no node has the id. */
export function nodeLoader(db: Database, query: CypherQuery, params: Params = {}, seen?: RowsSeen): DataLoader<string, Row | null> {
  return new DataLoader(async (ids) => {
    const rows = await db.read(query, { ...params, ids });
    seen?.(rows);
    const byId = new Map(rows.map((row) => [row.id, row.node]));
    return ids.map((id) => {
      const node = byId.get(id);
      return node && typeof node === 'object' && !Array.isArray(node) ? node : null;
    });
  });
}

/** Loaders for one query under different arguments (versions), made on first use. */
export function loaderFamily<K, V>(make: (variant: string) => DataLoader<K, V>): (variant: string) => DataLoader<K, V> {
  const loaders = new Map<string, DataLoader<K, V>>();
  return (variant) => {
    let loader = loaders.get(variant);
    if (!loader) {
      loader = make(variant);
      loaders.set(variant, loader);
    }
    return loader;
  };
}
