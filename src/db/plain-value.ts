import neo4j from 'neo4j-driver';

/** A value as the rest of claimgraph sees it: no driver Integers, temporals as ISO strings. */
export type PlainValue = null | boolean | number | string | PlainValue[] | { [key: string]: PlainValue };

/**
 * Converts what the driver returns into plain JSON values, once, at the door, so that no
 * Neo4j Integer or temporal object ever reaches a resolver or a GraphQL scalar.
 */
export function toPlainValue(value: unknown): PlainValue {
  if (value === null || value === undefined) return null;
  if (typeof value === 'boolean' || typeof value === 'number' || typeof value === 'string') return value;
  if (typeof value === 'bigint') return Number(value);
  if (neo4j.isInt(value)) return value.toNumber();
  if (
    neo4j.isDate(value) ||
    neo4j.isDateTime(value) ||
    neo4j.isLocalDateTime(value) ||
    neo4j.isTime(value) ||
    neo4j.isLocalTime(value) ||
    neo4j.isDuration(value)
  ) {
    return value.toString();
  }
  if (Array.isArray(value)) return value.map(toPlainValue);
  if (neo4j.isNode(value) || neo4j.isRelationship(value)) return toPlainValue(value.properties);
  if (typeof value === 'object') {
    const out: { [key: string]: PlainValue } = {};
    for (const [key, inner] of Object.entries(value)) out[key] = toPlainValue(inner);
    return out;
  }
  throw new TypeError(`Unsupported Neo4j value of type ${typeof value}`);
}

/**
 * JS numbers go to Neo4j as floats; whole numbers are sent as integers instead, so LIMIT, SKIP,
 * positions and source numbers are stored and compared as the integers they are.
 */
export function toNeo4jParam(value: unknown): unknown {
  if (typeof value === 'number') return Number.isSafeInteger(value) ? neo4j.int(value) : value;
  if (Array.isArray(value)) return value.map(toNeo4jParam);
  if (value !== null && typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) {
    return Object.fromEntries(Object.entries(value).map(([key, inner]) => [key, toNeo4jParam(inner)]));
  }
  return value;
}
