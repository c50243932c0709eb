import { createWriteStream, type WriteStream } from 'node:fs';
import { once } from 'node:events';
import neo4j from 'neo4j-driver';

/**
 * One CSV file of `neo4j-admin database import`, written row by row. Its header goes to a file of
 * its own, written last: a column's type is known only once a row has a value in it.
 *
 * Values are typed as the writer's Cypher stores them: whole JS numbers as integers and others as
 * floats (as the driver sends them), neo4j Dates as dates, ISO strings in `datetime` columns as
 * zoned datetimes. A column takes one type, so a column mixing them is refused.
 */

/** Between the elements of an array value; a string element that holds it is refused. */
export const ARRAY_DELIMITER = '\u001f';

type ColumnType = 'string' | 'long' | 'double' | 'boolean' | 'date' | 'datetime' | 'string[]' | 'long[]' | 'double[]';

export interface Column {
  name: string;
  /** The import header's field for it: `id:ID(Claim)`, `:START_ID(Claim)`… for the keys. */
  field?: string;
  /** A fixed type (a datetime given as a string); otherwise inferred from the first value. */
  type?: ColumnType;
}

export class CsvValueError extends Error {
  constructor(
    readonly column: string,
    problem: string,
  ) {
    super(`property ${column}: ${problem}`);
    this.name = 'CsvValueError';
  }
}

const quoted = (text: string) => `"${text.replaceAll('"', '""')}"`;

function typeOf(value: unknown, column: string): ColumnType {
  if (typeof value === 'string') return 'string';
  if (typeof value === 'number') return Number.isInteger(value) ? 'long' : 'double';
  if (typeof value === 'boolean') return 'boolean';
  if (neo4j.isDate(value)) return 'date';
  if (Array.isArray(value)) {
    if (value.every((item) => typeof item === 'string')) return 'string[]';
    if (value.every((item) => Number.isInteger(item))) return 'long[]';
    if (value.every((item) => typeof item === 'number')) return 'double[]';
  }
  throw new CsvValueError(column, `no import type for ${JSON.stringify(value)}`);
}

function formatted(value: unknown, type: ColumnType, column: string): string {
  switch (type) {
    case 'string':
    case 'datetime':
      return quoted(String(value));
    case 'string[]':
      return quoted(
        (value as string[])
          .map((item) => {
            if (item.includes(ARRAY_DELIMITER)) throw new CsvValueError(column, 'a list element holds the control character U+001F');
            return item;
          })
          .join(ARRAY_DELIMITER),
      );
    case 'long[]':
    case 'double[]':
      return (value as number[]).join(ARRAY_DELIMITER);
    default:
      return String(value);
  }
}

export class CsvTable {
  private readonly out: WriteStream;
  private readonly types = new Map<string, ColumnType>();
  private pending: string[] = [];
  rows = 0;

  constructor(
    readonly dataFile: string,
    readonly headerFile: string,
    private readonly columns: readonly Column[],
  ) {
    this.out = createWriteStream(dataFile);
    for (const column of columns) if (column.type) this.types.set(column.name, column.type);
  }

  /**
   * Adds a row. A null or absent value leaves the property out, as SET does with null; so does an
   * empty list, which the import cannot express — `emptyLists` names those columns for the caller.
   */
  add(values: Readonly<Record<string, unknown>>): { emptyLists: string[] } {
    const emptyLists: string[] = [];
    const fields = this.columns.map(({ name }) => {
      const value = values[name];
      if (value === null || value === undefined) return '';
      if (Array.isArray(value) && value.length === 0) {
        emptyLists.push(name);
        return '';
      }
      const seen = this.types.get(name);
      const type = seen ?? typeOf(value, name);
      if (seen === undefined) this.types.set(name, type);
      else if (seen !== 'datetime' && typeOf(value, name) !== seen) throw new CsvValueError(name, `mixes ${seen} with ${typeOf(value, name)} values`);
      return formatted(value, type, name);
    });
    this.pending.push(`${fields.join(',')}\n`);
    this.rows += 1;
    return { emptyLists };
  }

  /** Hands the rows added so far to the file; resolves once the stream can take more. */
  async flush(): Promise<void> {
    if (this.pending.length === 0) return;
    const text = this.pending.join('');
    this.pending = [];
    if (!this.out.write(text)) await once(this.out, 'drain');
  }

  /** Writes the rest and the header; a column that never had a value is typed as a string. */
  async close(): Promise<void> {
    await this.flush();
    this.out.end();
    await once(this.out, 'finish');
    const header = this.columns.map(({ name, field }) => field ?? `${name}:${this.types.get(name) ?? 'string'}`).join(',');
    const headerOut = createWriteStream(this.headerFile);
    headerOut.end(`${header}\n`);
    await once(headerOut, 'finish');
  }
}
