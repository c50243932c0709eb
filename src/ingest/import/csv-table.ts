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

/** Characters of rows gathered before they are written. */
const FLUSH_LENGTH = 1 << 20;

const quoted = (text: string) => `"${text.includes('"') ? text.replaceAll('"', '""') : text}"`;

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
  /** Each column's type, by position: fixed, or inferred from the first value. */
  private readonly types: (ColumnType | undefined)[];
  private pending: string[] = [];
  private pendingLength = 0;
  rows = 0;
  /** Whether a value spans lines: the importer reads such files more slowly, so it is told which they are. */
  multiline = false;

  constructor(
    readonly dataFile: string,
    readonly headerFile: string,
    private readonly columns: readonly Column[],
  ) {
    this.out = createWriteStream(dataFile);
    this.types = columns.map((column) => column.type);
  }

  /**
   * Adds a row, each column's value taken from the first of `records` that has its name. A null or
   * absent value leaves the property out, as SET does with null; so does an empty list, which the
   * import cannot express — `emptyLists` names those columns for the caller.
   */
  add(...records: Readonly<Record<string, unknown>>[]): { emptyLists: string[] } {
    const emptyLists: string[] = [];
    const fields = this.columns.map(({ name }, index) => {
      const value = records.find((record) => name in record)?.[name];
      if (value === null || value === undefined) return '';
      if (Array.isArray(value) && value.length === 0) {
        emptyLists.push(name);
        return '';
      }
      const type = typeOf(value, name);
      const seen = (this.types[index] ??= type);
      if (type !== seen && !(seen === 'datetime' && type === 'string')) throw new CsvValueError(name, `mixes ${seen} with ${type} values`);
      const field = formatted(value, seen, name);
      if (!this.multiline && (seen === 'string' || seen === 'string[]') && /[\r\n]/.test(field)) this.multiline = true;
      return field;
    });
    const line = `${fields.join(',')}\n`;
    this.pending.push(line);
    this.pendingLength += line.length;
    this.rows += 1;
    return { emptyLists };
  }

  /**
   * Hands the rows added so far to the file once they make a large write (`all`: whatever there is);
   * resolves once the stream can take more. Many small writes cost a system call each.
   */
  async flush(all = false): Promise<void> {
    if (this.pendingLength === 0 || (!all && this.pendingLength < FLUSH_LENGTH)) return;
    const text = this.pending.join('');
    this.pending = [];
    this.pendingLength = 0;
    if (!this.out.write(text)) await once(this.out, 'drain');
  }

  /**
   * Stops without finishing the file, for an import refused part way: the stream is closed (its
   * file opened first, if it was still opening) before the caller removes the folder under it.
   */
  async abort(): Promise<void> {
    if (this.out.closed) return;
    this.out.destroy();
    await once(this.out, 'close');
  }

  /** Writes the rest and the header; a column that never had a value is typed as a string. */
  async close(): Promise<void> {
    await this.flush(true);
    this.out.end();
    await once(this.out, 'finish');
    const header = this.columns.map(({ name, field }, index) => field ?? `${name}:${this.types[index] ?? 'string'}`).join(',');
    const headerOut = createWriteStream(this.headerFile);
    headerOut.end(`${header}\n`);
    await once(headerOut, 'finish');
  }
}
