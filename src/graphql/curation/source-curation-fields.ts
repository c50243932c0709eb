import { cypherFile } from '../../db/cypher-file';
import type { WriteTransaction } from '../../db/database';
import type { CurationRow } from './curation-rows';

/**
 * A source's curated fields as the API shows them (and a Change records them), each part stored as
 * a property of its Curation node: the one table both directions read.
 */
const SOURCE_FIELDS = {
  reliability: { grade: 'reliabilityGrade', rationale: 'reliabilityRationale', setAt: 'reliabilitySetAt', setBy: 'reliabilitySetBy' },
  retraction: { reason: 'retractionReason', date: 'retractionDate', recordedAt: 'retractionRecordedAt', recordedBy: 'retractionRecordedBy' },
} as const satisfies Record<string, Record<string, keyof CurationRow>>;

export type SourceField = keyof typeof SOURCE_FIELDS;
/** A field's value: its parts by the names the API gives them. */
export type SourceFieldValue<F extends SourceField> = Record<keyof (typeof SOURCE_FIELDS)[F], string>;

/** The field as the API shows it, or null where it is not set (its first part is the one always set). */
export function sourceFieldOf<F extends SourceField>(curation: CurationRow | null, field: F): SourceFieldValue<F> | null {
  const parts = Object.entries(SOURCE_FIELDS[field]) as [string, keyof CurationRow][];
  if (!curation?.[parts[0]?.[1] ?? 'itemId']) return null;
  return Object.fromEntries(parts.map(([name, property]) => [name, String(curation[property] ?? '')])) as SourceFieldValue<F>;
}

/**
 * Sets a source's field to `value`, or with null removes it (a null property is no property). The
 * source's mutations write with it, and revertChange sets a field back.
 */
export async function setSourceField<F extends SourceField>(tx: WriteTransaction, sourceId: string, field: F, value: SourceFieldValue<F> | null): Promise<void> {
  const properties = Object.fromEntries(
    Object.entries(SOURCE_FIELDS[field]).map(([name, property]) => [property, value === null ? null : (value as Record<string, string>)[name]]),
  );
  await tx.run(cypherFile('curation/set-source-curation'), { sourceId, properties });
}
