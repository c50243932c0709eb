import { cypherFile, type CypherQuery } from '../db/cypher-file';
import type { Database, WriteCounters, WriteTransaction } from '../db/database';
import { foreignItems } from '../model/foreign-items';
import {
  IDENTITY_LABELS,
  ITEM_STATE,
  NODE_LABELS,
  RELATIONSHIPS,
  STORY_LABELS,
  STORY_VERSION,
  type IdentityLabel,
  type Relationship,
  type StoryLabel,
} from '../model/graph-vocabulary';
import type { StoryGraphDocument } from '../model/story-graph';
import { ForeignItemError } from './foreign-item-error';
import { graphRows, type GraphRows, type NodeRow } from './graph-rows';
import type { StorySource } from './load-story-file';
import { VersionConflictError } from './version-conflict-error';

/** Of what a version holds under one label or relationship type: how much, and how much was new. */
export interface Tally {
  total: number;
  created: number;
}

/** What one story version holds and what of it was new, by label and by relationship type. */
export interface WrittenStory {
  storyId: string;
  version: number;
  nodes: Record<string, Tally>;
  relationships: Record<string, Tally>;
}

export interface StoryToWrite {
  document: StoryGraphDocument;
  /** The story document's text and overlay, kept with the version for its consistency report and for migrations. */
  source?: StorySource;
}

/** A document's fate: written, or refused as older than the graph's version (and then not written). */
export type StoryOutcome = { written: WrittenStory } | { refused: VersionConflictError };

export interface StoryGraphsWrite {
  /** One per document, in the order given. */
  outcomes: StoryOutcome[];
  /** What the server changed, summed over the transactions. */
  changes: WriteCounters;
  transactions: number;
}

/**
 * Rows per statement. Larger statements mean fewer round trips, but each one's rows and their
 * transaction state sit in the server's heap at once; measured with bench:ingest (BENCHMARKS.md).
 */
const ROWS_PER_STATEMENT = 10_000;

/** One story's rows under one label or relationship type, with the version they belong to. */
interface Group<Row> {
  story: string;
  version: number;
  rows: Row[];
}

interface Prepared {
  index: number;
  item: StoryToWrite;
  rows: GraphRows;
  /** Ids of the story's own items, by label: what must be absent for the story to count as fresh. */
  ids: Record<StoryLabel, string[]>;
}

const addVersion = (variable: string) =>
  `${variable}.versions = CASE WHEN g.version IN coalesce(${variable}.versions, []) ` +
  `THEN ${variable}.versions ELSE coalesce(${variable}.versions, []) + g.version END`;

/** Whether `item` already holds `props` (both missing counts as the same). */
const holds = (item: string, props: string) =>
  `all(key IN keys(${props}) WHERE ${item}[key] = ${props}[key] OR (${item}[key] IS NULL AND ${props}[key] IS NULL))`;

/**
 * Files what node `n` held in its earlier versions in an ItemState before a version that changes
 * it is written over it: the versions of n that no state holds yet, i.e. those its own properties
 * stand for. Versions only grow (an older version is refused), so states never hold the newest.
 */
const archiveChangedState =
  `CALL (n, g, row) { ` +
  // An unchanged item (most of them) stops at this first test.
  `WITH n, g, row WHERE NOT ${holds('n', 'row.props')} ` +
  `WITH n, [v IN coalesce(n.versions, []) WHERE v <> g.version AND NOT EXISTS { ` +
  `MATCH (n)-[:${ITEM_STATE.type}]->(held:${ITEM_STATE.label}) WHERE v IN held.versions }] AS versions ` +
  'WHERE size(versions) > 0 ' +
  `CREATE (n)-[:${ITEM_STATE.type}]->(state:${ITEM_STATE.label}) ` +
  // Its id names the item and the first version it holds: states of one item hold disjoint versions.
  "SET state = properties(n), state.id = n.id + '@' + toString(versions[0]), state.current = null, state.versions = versions " +
  // The curation's flags (cypher/README.md) belong to the item, not to what a document said of it.
  'REMOVE state.correctedFields, state.mentionsCurated ' +
  // An aggregate answers one row even for an item with nothing to file, which keeps the item's row.
  'RETURN count(state) AS archived } ';

// Labels and relationship types cannot be parameters in Cypher; these come only from the graph vocabulary.
const nodeStatements = (label: StoryLabel) => ({
  create: {
    name: `create-${label}`,
    text: `UNWIND $groups AS g UNWIND g.rows AS row CREATE (n:${label} {id: row.id}) SET n += row.props, n.versions = [g.version], n.current = true`,
  },
  // The writer sets `versions` on every item, so only a node MERGE just created lacks it.
  upsert: {
    name: `upsert-${label}`,
    text:
      `UNWIND $groups AS g UNWIND g.rows AS row MERGE (n:${label} {id: row.id}) ` +
      `WITH g, row, n, n.versions IS NULL AS created ${archiveChangedState}` +
      `SET n += row.props, ${addVersion('n')}, n.current = true ` +
      'RETURN g.story AS story, count(CASE WHEN created THEN 1 END) AS created, sum(archived) AS archived',
  },
});

/**
 * An edge is found by its ends, its identity and its properties: a version that changes an edge's
 * properties gets a new edge beside the old one, and each keeps the versions that held it.
 */
const linkStatements = (spec: Relationship) => {
  const match = `UNWIND $groups AS g UNWIND g.rows AS row MATCH (a:${spec.from} {id: row.from}) MATCH (b:${spec.to} {id: row.to}) `;
  const identity = spec.identity.map((key) => `${key}: row.key.${key}`).join(', ');
  const name = `${spec.from}-${spec.type}-${spec.to}`;
  return {
    create: {
      name: `create-link-${name}`,
      text: `${match}CREATE (a)-[r:${spec.type}]->(b) SET r += row.key, r += row.props, r.versions = [g.version], r.current = true`,
    },
    upsert: {
      name: `link-${name}`,
      text:
        `${match}OPTIONAL MATCH (a)-[same:${spec.type}${identity ? ` {${identity}}` : ''}]->(b) WHERE ${holds('same', 'row.props')} ` +
        'WITH g, row, a, b, head(collect(same)) AS same ' +
        'CALL (a, b, row, same) { ' +
        `WITH a, b, row WHERE same IS NULL CREATE (a)-[r:${spec.type}]->(b) SET r += row.key, r += row.props RETURN r ` +
        'UNION WITH same WHERE same IS NOT NULL RETURN same AS r } ' +
        `WITH g, r, same IS NULL AS created SET ${addVersion('r')}, r.current = true ` +
        'RETURN g.story AS story, count(CASE WHEN created THEN 1 END) AS created',
    },
  };
};

/**
 * Identities are shared like actors: MERGE by id, and the first story to record one names it, so a
 * story never changes what another recorded. Only a node MERGE just created holds its id alone.
 */
const identityStatement = (label: IdentityLabel) => ({
  name: `upsert-${label}`,
  text:
    `UNWIND $rows AS row MERGE (n:${label} {id: row.id}) WITH row, n, keys(n) = ['id'] AS created ` +
    'SET n += CASE WHEN created THEN row.props ELSE {} END WITH row, created WHERE created RETURN collect(row.id) AS created',
});

/** Groups cut so that no statement carries more than ROWS_PER_STATEMENT rows. */
function* statementChunks<Row>(groups: Group<Row>[]): Generator<Group<Row>[]> {
  let chunk: Group<Row>[] = [];
  let size = 0;
  for (const group of groups) {
    for (let start = 0; start < group.rows.length; ) {
      const rows = group.rows.slice(start, start + ROWS_PER_STATEMENT - size);
      chunk.push({ ...group, rows });
      size += rows.length;
      start += rows.length;
      if (size === ROWS_PER_STATEMENT) {
        yield chunk;
        chunk = [];
        size = 0;
      }
    }
  }
  if (chunk.length > 0) yield chunk;
}

function prepare(item: StoryToWrite, index: number): Prepared {
  const rows = graphRows(item.document);
  const ids = Object.fromEntries(STORY_LABELS.map((label) => [label, [] as string[]])) as Record<StoryLabel, string[]>;
  // A push per id: spreading a label's ids as arguments overflows the stack on a large document.
  for (const { label, rows: nodeRows } of rows.nodes) for (const row of nodeRows) ids[label].push(row.id);
  return { index, item, rows, ids };
}

/**
 * Cuts the documents, in order, into transactions: a story may appear once per transaction (its
 * version is checked once, before anything is written) and an item id once too, so that every
 * statement's rows name distinct nodes and relationships and the created counts stay per story.
 */
function transactionsOf(prepared: Prepared[]): Prepared[][] {
  const transactions: Prepared[][] = [];
  let current: Prepared[] = [];
  let seen = new Set<string>();
  for (const story of prepared) {
    const keys = [story.item.document.story.id, ...Object.values(story.ids).flat()];
    if (keys.some((key) => seen.has(key))) {
      transactions.push(current);
      current = [];
      seen = new Set();
    }
    current.push(story);
    for (const key of keys) seen.add(key);
  }
  if (current.length > 0) transactions.push(current);
  return transactions;
}

/**
 * One row per actor over the batch, in id order: MERGE then meets each actor once, and concurrent
 * writers lock shared actors in the same order instead of deadlocking. As when the stories are
 * written one by one, the first names an actor and the others only add aliases.
 */
function actorRows(stories: Prepared[]): GraphRows['actors'] {
  const byId = new Map<string, GraphRows['actors'][number]>();
  for (const story of stories) {
    for (const actor of story.rows.actors) {
      const known = byId.get(actor.id);
      if (!known) byId.set(actor.id, { ...actor, aliases: [...actor.aliases] });
      else for (const alias of actor.aliases) if (!known.aliases.includes(alias)) known.aliases.push(alias);
    }
  }
  return [...byId.values()].sort((a, b) => a.id.localeCompare(b.id));
}

const addTo = (tallies: Record<string, Tally>, key: string, total: number, created: number) => {
  const tally = (tallies[key] ??= { total: 0, created: 0 });
  tally.total += total;
  tally.created += created;
};

/** A story of the transaction that passed its version check, with what the graph held of it. */
interface Entry {
  prepared: Prepared;
  id: string;
  version: number;
  latestVersion: number | undefined;
  fresh: boolean;
  summary: WrittenStory;
}

const groupOf = <Row>(entry: Entry, rows: Row[]): Group<Row> => ({ story: entry.id, version: entry.version, rows });

/** Runs one label's or type's rows: created outright for fresh stories, merged for the others. */
async function writeRows<Row>(
  tx: WriteTransaction,
  statements: { create: CypherQuery; upsert: CypherQuery },
  entries: Entry[],
  kind: 'nodes' | 'relationships',
  key: string,
  rowsOf: (rows: GraphRows) => Row[],
): Promise<void> {
  const withRows = entries.flatMap((entry) => {
    const rows = rowsOf(entry.prepared.rows);
    return rows.length > 0 ? [{ entry, rows }] : [];
  });
  const fresh = withRows.filter(({ entry }) => entry.fresh).map(({ entry, rows }) => groupOf(entry, rows));
  const others = withRows.filter(({ entry }) => !entry.fresh).map(({ entry, rows }) => groupOf(entry, rows));
  const created = new Map<string, number>();
  for (const groups of statementChunks(fresh)) await tx.run(statements.create, { groups });
  for (const groups of statementChunks(others)) {
    for (const row of await tx.run(statements.upsert, { groups })) {
      created.set(String(row.story), (created.get(String(row.story)) ?? 0) + Number(row.created));
      const entry = entries.find((candidate) => candidate.id === String(row.story));
      // Older versions' properties this write filed in states (ITEM_STATE): new, and only this write's.
      if (entry && Number(row.archived) > 0) {
        addTo(entry.summary.nodes, ITEM_STATE.label, Number(row.archived), Number(row.archived));
        addTo(entry.summary.relationships, ITEM_STATE.type, Number(row.archived), Number(row.archived));
      }
    }
  }
  // A fresh story's rows are all new: the graph held none of its items, and its rows are distinct.
  for (const { entry, rows } of withRows) addTo(entry.summary[kind], key, rows.length, entry.fresh ? rows.length : (created.get(entry.id) ?? 0));
}

/** Checks the versions of a transaction's stories: the ones to write, and the refused ones by index. */
async function checkVersions(tx: WriteTransaction, batch: Prepared[]): Promise<{ entries: Entry[]; refused: Map<number, StoryOutcome> }> {
  const states = await tx.run(cypherFile('ingest/story-states'), {
    stories: batch.map((prepared) => ({ id: prepared.item.document.story.id, ids: prepared.ids })),
  });
  const stateOf = new Map(states.map((row) => [String(row.storyId), row]));
  const entries: Entry[] = [];
  const refused = new Map<number, StoryOutcome>();
  for (const prepared of batch) {
    const { id, version } = prepared.item.document.story;
    const state = stateOf.get(id);
    const latestVersion = typeof state?.latestVersion === 'number' ? state.latestVersion : undefined;
    if (latestVersion !== undefined && latestVersion > version) {
      refused.set(prepared.index, { refused: new VersionConflictError(id, version, latestVersion) });
    } else {
      const summary = { storyId: id, version, nodes: {}, relationships: {} };
      entries.push({ prepared, id, version, latestVersion, fresh: state?.fresh === true, summary });
    }
  }
  return { entries, refused };
}

async function writeStoryVersions(tx: WriteTransaction, entries: Entry[]): Promise<void> {
  const rows = await tx.run(cypherFile('ingest/upsert-stories'), {
    stories: entries.map(({ id, version, prepared: { item } }) => ({
      story: item.document.story,
      versionId: `${id}@${version}`,
      document: JSON.stringify(item.document),
      sourceFile: item.source?.file ?? null,
      sourceText: item.source?.text ?? null,
      overlayFile: item.source?.overlay?.file ?? null,
      overlayText: item.source?.overlay?.text ?? null,
    })),
  });
  const versionCreated = new Map(rows.map((row) => [String(row.storyId), row.versionCreated === true ? 1 : 0]));
  for (const { id, latestVersion, summary } of entries) {
    const created = versionCreated.get(id) ?? 0;
    addTo(summary.nodes, NODE_LABELS.story, 1, latestVersion === undefined ? 1 : 0);
    addTo(summary.nodes, STORY_VERSION.label, 1, created);
    // A version's HAS_VERSION edge is made with its node, in the same transaction.
    addTo(summary.relationships, STORY_VERSION.type, 1, created);
  }
}

async function writeActors(tx: WriteTransaction, entries: Entry[]): Promise<void> {
  const actors = actorRows(entries.map((entry) => entry.prepared));
  const createdActors = new Set<string>();
  for (let start = 0; start < actors.length; start += ROWS_PER_STATEMENT) {
    const [row] = await tx.run(cypherFile('ingest/upsert-actors'), { rows: actors.slice(start, start + ROWS_PER_STATEMENT) });
    for (const id of Array.isArray(row?.created) ? row.created : []) createdActors.add(String(id));
  }
  for (const { prepared, summary } of entries) {
    const names = prepared.rows.actors;
    // An actor new to the graph counts as created in the first story of the batch that names it.
    if (names.length > 0) addTo(summary.nodes, NODE_LABELS.actor, names.length, names.filter((actor) => createdActors.delete(actor.id)).length);
  }
}

/** A batch's identities of one label, one row per id in id order (as actorRows), the first story's naming it. */
function identityRows(stories: Prepared[], label: IdentityLabel): NodeRow[] {
  const byId = new Map<string, NodeRow>();
  for (const story of stories) {
    for (const row of story.rows.identities.find((identities) => identities.label === label)?.rows ?? []) if (!byId.has(row.id)) byId.set(row.id, row);
  }
  return [...byId.values()].sort((a, b) => a.id.localeCompare(b.id));
}

async function writeIdentities(tx: WriteTransaction, entries: Entry[]): Promise<void> {
  for (const label of IDENTITY_LABELS) {
    const rows = identityRows(entries.map((entry) => entry.prepared), label);
    const created = new Set<string>();
    for (let start = 0; start < rows.length; start += ROWS_PER_STATEMENT) {
      const [row] = await tx.run(identityStatement(label), { rows: rows.slice(start, start + ROWS_PER_STATEMENT) });
      for (const id of Array.isArray(row?.created) ? row.created : []) created.add(String(id));
    }
    for (const { prepared, summary } of entries) {
      const own = prepared.rows.identities.find((identities) => identities.label === label)?.rows ?? [];
      // As with actors: an identity new to the graph counts as created in the first story of the batch that records it.
      if (own.length > 0) addTo(summary.nodes, label, own.length, own.filter((identity) => created.delete(identity.id)).length);
    }
  }
}

async function writeTransaction(tx: WriteTransaction, batch: Prepared[]): Promise<Map<number, StoryOutcome>> {
  const { entries, refused: outcomes } = await checkVersions(tx, batch);
  if (entries.length === 0) return outcomes;
  const rewritten = entries.filter((entry) => entry.latestVersion === entry.version);
  if (rewritten.length > 0) await tx.run(cypherFile('ingest/retract-version'), { stories: rewritten.map(({ id, version }) => ({ id, version })) });
  await writeStoryVersions(tx, entries);
  await writeActors(tx, entries);
  await writeIdentities(tx, entries);
  for (const label of STORY_LABELS) {
    await writeRows(tx, nodeStatements(label), entries, 'nodes', label, (rows) => rows.nodes.find((nodes) => nodes.label === label)?.rows ?? []);
  }
  for (const spec of Object.values(RELATIONSHIPS)) {
    await writeRows(tx, linkStatements(spec), entries, 'relationships', spec.type, (rows) => rows.links.find((links) => links.spec === spec)?.rows ?? []);
  }
  if (rewritten.length > 0) await tx.run(cypherFile('ingest/prune-retracted'), { storyIds: rewritten.map((entry) => entry.id) });
  // An item a re-ingest left out, and prune dropped, comes back as a new node: its curation finds it again.
  await tx.run(cypherFile('migrate/relink-curation'), { storyIds: entries.map((entry) => entry.id) });
  const marked = entries.filter((entry) => !entry.fresh).map((entry) => entry.id);
  if (marked.length > 0) await tx.run(cypherFile('ingest/mark-current'), { storyIds: marked });
  for (const { prepared, summary } of entries) outcomes.set(prepared.index, { written: summary });
  return outcomes;
}

/**
 * Writes many story versions, as few transactions as possible: one, unless a story (or an item id)
 * comes twice, when the documents are cut into consecutive transactions at each repeat. Each
 * transaction is all or nothing. Every document's version is checked before its transaction writes;
 * one older than the graph's is refused and reported in its outcome while the others are written.
 * Writing the same versions again leaves the graph as it was; a newer version keeps the older ones'
 * history. Callers size the batch: a transaction's state is held in the server's heap until it commits.
 * A document naming an item that is not its story's own fails the call (ForeignItemError) before any write.
 */
export async function writeStoryGraphs(db: Database, items: readonly StoryToWrite[]): Promise<StoryGraphsWrite> {
  for (const { document } of items) {
    const [foreign] = foreignItems(document);
    if (foreign) throw new ForeignItemError(document.story.id, foreign);
  }
  const prepared = items.map(prepare);
  const outcomes: StoryOutcome[] = new Array<StoryOutcome>(items.length);
  const changes: WriteCounters = { nodesCreated: 0, nodesDeleted: 0, relationshipsCreated: 0, relationshipsDeleted: 0, propertiesSet: 0 };
  const transactions = transactionsOf(prepared);
  for (const batch of transactions) {
    const { byIndex, counters } = await db.write(async (tx) => ({ byIndex: await writeTransaction(tx, batch), counters: tx.counters }));
    for (const [index, outcome] of byIndex) outcomes[index] = outcome;
    for (const key of Object.keys(changes) as (keyof WriteCounters)[]) changes[key] += counters[key];
  }
  return { outcomes, changes, transactions: transactions.length };
}
