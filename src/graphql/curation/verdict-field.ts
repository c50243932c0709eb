import { cypherFile } from '../../db/cypher-file';
import type { WriteTransaction } from '../../db/database';
import { contentKey } from '../../model/ids';
import type { VerdictRow } from './curation-rows';

/** One verdict per reviewer and claim: the reviewer's name folded as claim texts are. */
export const verdictIdOf = (claimId: string, reviewer: string) => `verdict:${claimId.slice('claim:'.length)}:${contentKey(reviewer)}`;

/**
 * Sets a claim's `verdict:<reviewer>` field: the verdict recorded (replacing the reviewer's earlier
 * one), or with null removed. recordVerdict writes with it, and revertChange sets a verdict back.
 */
export async function setVerdict(tx: WriteTransaction, claimId: string, reviewer: string, verdict: VerdictRow | null): Promise<void> {
  if (verdict) await tx.run(cypherFile('curation/record-verdict'), { verdict });
  else await tx.run(cypherFile('curation/delete-verdict'), { claimId, id: verdictIdOf(claimId, reviewer) });
}
