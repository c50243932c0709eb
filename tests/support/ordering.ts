/**
 * Orders as Neo4j sorts: strings by UTF-16 code unit (not by locale, as localeCompare would), false
 * before true, and null after everything in ascending order.
 */
export type SortValue = string | number | boolean | null;
export type SortKey = readonly SortValue[];

function compareValues(a: SortValue, b: SortValue): number {
  if (a === b) return 0;
  if (a === null) return 1;
  if (b === null) return -1;
  return a < b ? -1 : 1;
}

export function compareKeys(a: SortKey, b: SortKey): number {
  for (let i = 0; i < Math.max(a.length, b.length); i += 1) {
    const order = compareValues(a[i] ?? null, b[i] ?? null);
    if (order !== 0) return order;
  }
  return 0;
}

export const sortedBy = <T>(items: readonly T[], key: (item: T) => SortKey): T[] =>
  [...items].sort((a, b) => compareKeys(key(a), key(b)));

/** Plain sorted copy, for comparing lists whose order the API does not promise. */
export const sorted = (values: readonly string[]): string[] => [...values].sort();

/** The keys of consecutive items that break the order, empty when the list keeps it. */
export function orderViolations(keys: readonly SortKey[], direction: 'ASC' | 'DESC' = 'ASC'): [SortKey, SortKey][] {
  const sign = direction === 'ASC' ? 1 : -1;
  const violations: [SortKey, SortKey][] = [];
  keys.forEach((key, i) => {
    const next = keys[i + 1];
    if (next !== undefined && sign * compareKeys(key, next) > 0) violations.push([key, next]);
  });
  return violations;
}
