import { cypherFile, type CypherQuery } from '../../db/cypher-file';
import type { Params, Row, WriteTransaction } from '../../db/database';
import { fieldJson, type ClaimFieldValues } from '../../model/claim-fields';
import type { CorrectionRecord, CorrectionsByField } from './correction-rows';

type Run = (query: CypherQuery, params: Params) => Promise<Row[]>;

/** What the story's newest version says of claims' correctable fields, by claim id (claim-document-values.cypher). */
export async function documentValues(run: Run, claimIds: readonly string[]): Promise<Map<string, ClaimFieldValues>> {
  const rows = await run(cypherFile('curation/claim-document-values'), { ids: [...new Set(claimIds)], version: null });
  return new Map(rows.map((row) => [String(row.id), row.node as unknown as ClaimFieldValues]));
}

/**
 * Sets the named fields' corrections of one claim, or drops them (null): the one write correctClaim,
 * resolveCurationConflict and a revert of either (a Change's `before`) make.
 */
export async function setClaimCorrections(tx: WriteTransaction, claimId: string, corrections: CorrectionsByField): Promise<void> {
  const rows = Object.entries(corrections).map(([field, correction]) => ({ field, correction: correction ?? null }));
  await tx.run(cypherFile('curation/set-claim-corrections'), { claimId, corrections: rows });
}

/**
 * Whether a newer version changed a corrected field: the document no longer says what it said when
 * the correction was made, nor what the correction says (a document that came round to it needs no one).
 */
export function isOpenConflict(correction: CorrectionRecord, now: ClaimFieldValues): boolean {
  const document = fieldJson(correction.field, now[correction.field]);
  return document !== correction.documentValue && document !== correction.correctedValue;
}
