import neo4j, { type Driver } from 'neo4j-driver';

/** A property value as JSON can hold it: datetimes are tagged so that a restore gives them back their type. */
type DumpValue = string | number | boolean | null | { $datetime: string } | { $date: string } | DumpValue[];

export interface GraphDump {
  /** What wrote the graph and how, for whoever regenerates the dump. */
  origin: string;
  nodes: { labels: string[]; properties: Record<string, DumpValue> }[];
  /** Ends are named by their nodes' `id`: every node claimgraph writes has one. */
  relationships: { type: string; from: string; to: string; properties: Record<string, DumpValue> }[];
}

function dumpValue(value: unknown): DumpValue {
  if (neo4j.isInt(value)) return value.toNumber();
  if (neo4j.isDateTime(value)) return { $datetime: value.toString() };
  if (neo4j.isDate(value)) return { $date: value.toString() };
  if (Array.isArray(value)) return value.map(dumpValue);
  if (value === null || ['string', 'number', 'boolean'].includes(typeof value)) return value as DumpValue;
  throw new Error(`graph-dump cannot keep a ${Object.prototype.toString.call(value)} property`);
}

const dumpProperties = (properties: Record<string, unknown>) =>
  Object.fromEntries(Object.entries(properties).sort(([a], [b]) => a.localeCompare(b)).map(([key, value]) => [key, dumpValue(value)]));

function restoreValue(value: DumpValue): unknown {
  if (Array.isArray(value)) return value.map(restoreValue);
  if (value !== null && typeof value === 'object' && '$date' in value) {
    const [year, month, day] = value.$date.split('-').map(Number);
    return new neo4j.types.Date(year ?? 0, month ?? 0, day ?? 0);
  }
  if (value !== null && typeof value === 'object') return neo4j.types.DateTime.fromStandardDate(new Date(value.$datetime));
  return value;
}

const restoreProperties = (properties: Record<string, DumpValue>) =>
  Object.fromEntries(Object.entries(properties).map(([key, value]) => [key, restoreValue(value)]));

/**
 * Everything in the database as JSON, in a stable order. tests/fixtures/graph-model-1.json was made
 * this way from a graph the previous claimgraph (b2d1327) wrote; see that file's `origin`.
 */
export async function dumpGraph(driver: Driver, origin: string): Promise<GraphDump> {
  const { records: nodes } = await driver.executeQuery('MATCH (n) RETURN labels(n) AS labels, properties(n) AS properties ORDER BY n.id');
  const { records: relationships } = await driver.executeQuery(
    'MATCH (a)-[r]->(b) RETURN type(r) AS type, a.id AS from, b.id AS to, properties(r) AS properties ORDER BY from, type, to',
  );
  // Ties (an edge a version copied with other properties) are put in the order of their JSON.
  const stable = <T>(items: T[], key: (item: T) => string) =>
    items.map((item) => [key(item), JSON.stringify(item), item] as const).sort(([a, x], [b, y]) => a.localeCompare(b) || x.localeCompare(y)).map(([, , item]) => item);
  return {
    origin,
    nodes: nodes.map((row) => ({ labels: [...(row.get('labels') as string[])].sort(), properties: dumpProperties(row.get('properties')) })),
    relationships: stable(
      relationships.map((row) => ({
        type: row.get('type') as string,
        from: row.get('from') as string,
        to: row.get('to') as string,
        properties: dumpProperties(row.get('properties')),
      })),
      (edge) => `${edge.from} ${edge.type} ${edge.to}`,
    ),
  };
}

/**
 * Writes a dump into an empty database, in one transaction. Labels and types come from the checked-in
 * fixture, not from users, and Cypher takes neither as a parameter.
 */
export async function restoreGraph(driver: Driver, dump: GraphDump): Promise<void> {
  const session = driver.session({ database: 'neo4j' });
  try {
    await session.executeWrite(async (tx) => {
      for (const { labels, properties } of dump.nodes) {
        await tx.run(`CREATE (n:${labels.map((label) => `\`${label}\``).join(':')}) SET n = $properties`, { properties: restoreProperties(properties) });
      }
      for (const { type, from, to, properties } of dump.relationships) {
        await tx.run(`MATCH (a {id: $from}) MATCH (b {id: $to}) CREATE (a)-[r:\`${type}\`]->(b) SET r = $properties`, {
          from,
          to,
          properties: restoreProperties(properties),
        });
      }
    });
  } finally {
    await session.close();
  }
}
