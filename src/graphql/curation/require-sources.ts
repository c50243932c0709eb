import { cypherFile } from '../../db/cypher-file';
import type { WriteTransaction } from '../../db/database';
import { apiError } from '../errors';

/** Refuses with NOT_FOUND, naming them, the evidence sources no source has the id of. */
export async function requireSources(tx: WriteTransaction, ids: readonly string[]): Promise<void> {
  const missing = (await tx.run(cypherFile('curation/missing-sources'), { ids })).map((row) => String(row.id));
  if (missing.length > 0) throw apiError('NOT_FOUND', `No source with id ${missing.map((id) => `"${id}"`).join(', ')}`, { ids: missing });
}
