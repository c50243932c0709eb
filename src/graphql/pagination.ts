import { z } from 'zod';
import { cypherFile, type CypherQuery } from '../db/cypher-file';
import type { Database, Params } from '../db/database';
import type { ConnectionRow } from './rows';
import { validate } from './validate';

const CURSOR_PREFIX = 'offset:';

/** Cursors are opaque to clients; inside they hold the offset after the edge they mark. */
export const encodeCursor = (offset: number) => Buffer.from(`${CURSOR_PREFIX}${offset}`).toString('base64url');

const Cursor = z
  .string()
  .max(64)
  .transform((cursor, ctx) => {
    const decoded = Buffer.from(cursor, 'base64url').toString('utf8');
    const offset = decoded.startsWith(CURSOR_PREFIX) ? Number(decoded.slice(CURSOR_PREFIX.length)) : NaN;
    if (!Number.isSafeInteger(offset) || offset < 0 || encodeCursor(offset) !== cursor) {
      ctx.addIssue({ code: 'custom', message: 'not a cursor this API issued' });
      return z.NEVER;
    }
    return offset;
  });

export interface PageRequest {
  offset: number;
  first: number;
}

export const DEFAULT_PAGE_SIZE = 20;

/** `first` and `after` of any connection field, checked against the configured maximum page size. */
export function pageRequest(args: { first?: number | null; after?: string | null }, maxPageSize: number): PageRequest {
  const schema = z.object({
    first: z.number().int().min(1, 'must be at least 1').max(maxPageSize, `must be at most ${maxPageSize}`).nullish(),
    after: Cursor.nullish(),
  });
  const { first, after } = validate(schema, { first: args.first, after: args.after }, 'page');
  return { first: first ?? Math.min(DEFAULT_PAGE_SIZE, maxPageSize), offset: after ?? 0 };
}

export interface Order {
  /** A node property named by the API's own order enum, never by a client. */
  property: string;
  descending: boolean;
}

/** The connection types whose filter lives in `cypher/queries/<type>.cypher`. */
export type ConnectionType = 'stories' | 'actors' | 'claims' | 'events' | 'sources' | 'questions' | 'perspectives' | 'tensions' | 'changes';

const composed = (type: ConnectionType, tail: 'page' | 'count'): CypherQuery => {
  const filter = cypherFile(`queries/${type}`);
  return { name: `${type}/${tail}`, text: `${filter.text}\n${cypherFile(`queries/${tail}`).text}` };
};

/**
 * Runs one page of a filtered, ordered set. It asks for one row more than the page to learn
 * whether another page follows; the total is a separate count, run only if a client asks for it.
 */
export async function paginate<T>(
  db: Database,
  type: ConnectionType,
  filter: Params,
  order: Order,
  page: PageRequest,
): Promise<ConnectionRow<T>> {
  const rows = await db.read(composed(type, 'page'), {
    // Lists without a version read as they are now (page.cypher reads at $version of $storyId).
    version: null,
    storyId: null,
    ...filter,
    orderBy: order.property,
    descending: order.descending,
    offset: page.offset,
    limit: page.first + 1,
  });
  let total: Promise<number> | undefined;
  return {
    // Rows are node property maps written by claimgraph's own writer, in the shape `T` names.
    rows: rows.slice(0, page.first).map((row) => row.node as unknown as T),
    offset: page.offset,
    hasNextPage: rows.length > page.first,
    totalCount: () => {
      total ??= db.read(composed(type, 'count'), filter).then(([row]) => Number(row?.total ?? 0));
      return total;
    },
  };
}

/** Field resolvers shared by every `…Connection` type. */
export const connectionFields = {
  edges: <T>(connection: ConnectionRow<T>) =>
    connection.rows.map((node, index) => ({ cursor: encodeCursor(connection.offset + index + 1), node })),
  nodes: <T>(connection: ConnectionRow<T>) => connection.rows,
  pageInfo: <T>(connection: ConnectionRow<T>) => ({
    hasNextPage: connection.hasNextPage,
    hasPreviousPage: connection.offset > 0,
    startCursor: connection.rows.length > 0 ? encodeCursor(connection.offset + 1) : null,
    endCursor: connection.rows.length > 0 ? encodeCursor(connection.offset + connection.rows.length) : null,
  }),
  totalCount: <T>(connection: ConnectionRow<T>) => connection.totalCount(),
};
