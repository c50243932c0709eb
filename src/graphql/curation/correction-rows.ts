import type { CorrectableField, CypherCorrectedValue } from '../../model/claim-fields';
import type { ClaimRow } from '../rows';
import type { ChangeRow } from './curation-rows';

/**
 * One correction of one claim field, as its `(:Curation)-[:HAS_CORRECTION]->(:Correction)` node
 * stores it and a Change's `before` and `after` carry it: the values as JSON (fieldJson).
 */
export interface CorrectionRecord extends CypherCorrectedValue {
  claimId: string;
  field: CorrectableField;
  /** What the story's newest version said when the correction was made, or when an editor last kept it against a newer one. */
  documentValue: string;
  correctedValue: string;
  /** The claim's revision the correction was set at: the revision of the Change that set it. */
  revision: number;
  recordedAt: string;
  recordedBy: string;
}

/** A claim's corrections as a write sets them: a field to its correction, or to null to drop it. */
export type CorrectionsByField = Partial<Record<CorrectableField, CorrectionRecord | null>>;

export interface CorrectionRow extends CorrectionRecord {
  change: ChangeRow | null;
}

export interface CurationConflictRow {
  claimId: string;
  field: CorrectableField;
  documentValueWhenCorrected: string;
  documentValue: string;
  correctedValue: string;
  change: ChangeRow | null;
}

export interface ClaimCorrectionPayloadRow {
  claim: ClaimRow;
  change: ChangeRow;
}
