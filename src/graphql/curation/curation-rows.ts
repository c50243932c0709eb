import type { NewChange } from '../../audit/new-change';
import type { ClaimRow, ConnectionRow, SourceRow } from '../rows';

/**
 * Curation as claimgraph stores it, apart from the story's derived nodes so that ingesting a new
 * version or migrating the graph keeps it: one `(:Curation {itemId})` per curated claim or source
 * (`-[:CURATES]->` it), holding its revision and a source's reliability and retraction; a claim's
 * verdicts behind it (`-[:HAS_VERDICT]->(:Verdict)`, a split-off part's behind its ClaimSplit); and the audit trail, a `(:Change)` per write
 * (`-[:CHANGED]->` the item, `-[:RECORDED_IN]->` its story).
 */
export type ReliabilityGrade = 'A' | 'B' | 'C' | 'D' | 'E' | 'F';

export interface CurationRow {
  itemId: string;
  storyId: string;
  revision: number;
  reliabilityGrade?: ReliabilityGrade | null;
  reliabilityRationale?: string | null;
  reliabilitySetAt?: string | null;
  reliabilitySetBy?: string | null;
  retractionReason?: string | null;
  retractionDate?: string | null;
  retractionRecordedAt?: string | null;
  retractionRecordedBy?: string | null;
}

export interface VerdictRow {
  id: string;
  claimId: string;
  /** The part split off the claim the verdict reviews (a ClaimSplit's id); absent for a verdict on the whole claim. */
  splitId?: string;
  reviewer: string;
  ratingValue: number;
  ratingBest: number;
  ratingWorst: number;
  ratingLabel: string;
  date: string;
  rationale: string;
  evidenceSourceIds: string[];
  /** The published fact-check's address; absent where the editor gave none. */
  url?: string;
  recordedAt: string;
  recordedBy: string;
}

/** A Change as read back: as written (new-change.ts), with the revision it made and its story's. */
export interface ChangeRow extends NewChange {
  /** Null for a change of an API key, which belongs to no story. */
  storyId: string | null;
  storyVersion: number | null;
  revision: number;
}

export interface RecordVerdictPayloadRow {
  verdict: VerdictRow;
  claim: ClaimRow;
  change: ChangeRow;
}

export interface SourceCurationPayloadRow {
  source: SourceRow;
  change: ChangeRow;
}

export type ChangeConnectionRow = ConnectionRow<ChangeRow>;
