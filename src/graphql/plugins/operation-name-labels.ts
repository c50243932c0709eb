/** What an unnamed operation is labelled, as @graphql-yoga/plugin-prometheus names it. */
const ANONYMOUS = 'Anonymous';
export const OTHER_OPERATIONS = 'other';
/** A GraphQL name has no length limit; one of 10,000 characters would be repeated on every line of its series. */
const LONGEST_LABELLED_NAME = 100;

/**
 * The `operationName` label values of /metrics, bounded: clients choose operation names, and each new
 * one adds a series to every metric (1,500 names once grew /metrics from 3.7 KB to 10.9 MB). The
 * persisted operations' names are always labelled; of other names the first `others` seen are, and
 * the rest share the label `other`.
 */
export class OperationNameLabels {
  private readonly labelled: Set<string>;
  private othersLeft: number;

  constructor(persisted: Iterable<string>, others: number) {
    this.labelled = new Set([ANONYMOUS, ...persisted]);
    this.othersLeft = others;
  }

  /** The label value for an operation of this name. */
  of(name: string | undefined): string {
    const label = name || ANONYMOUS;
    if (this.labelled.has(label)) return label;
    if (this.othersLeft === 0 || label.length > LONGEST_LABELLED_NAME) return OTHER_OPERATIONS;
    this.othersLeft -= 1;
    this.labelled.add(label);
    return label;
  }
}
