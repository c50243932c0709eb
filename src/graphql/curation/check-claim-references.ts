import { cypherFile } from '../../db/cypher-file';
import type { WriteTransaction } from '../../db/database';
import { apiError } from '../errors';
import type { CorrectClaim } from './claim-correction-inputs';

/**
 * Refuses a write to a claim naming a speaker or a source its claim's story does not hold
 * (BAD_USER_INPUT): a correction's, or a split's speaker. Nothing is written.
 */
export async function checkClaimReferences(tx: WriteTransaction, input: Pick<CorrectClaim, 'claimId' | 'speakerId' | 'citations'>): Promise<void> {
  const [row] = await tx.run(cypherFile('curation/claim-references'), {
    claimId: input.claimId,
    speakerId: input.speakerId ?? null,
    sourceIds: (input.citations ?? []).map((citation) => citation.sourceId),
  });
  if (row?.unknownSpeaker === true) {
    throw apiError('BAD_USER_INPUT', `speakerId: ${input.speakerId} is no actor of the claim's story.`, { field: 'speakerId' });
  }
  const unknown = (row?.unknownSources ?? []) as string[];
  if (unknown.length > 0) {
    throw apiError('BAD_USER_INPUT', `citations: ${unknown.join(', ')} ${unknown.length === 1 ? 'is' : 'are'} no numbered source of the claim's story.`, {
      field: 'citations',
      ids: unknown,
    });
  }
}
