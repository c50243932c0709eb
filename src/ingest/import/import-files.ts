import path from 'node:path';
import type { ImportFileGroup } from '../../db/local-neo4j/import-database';
import { NODE_LABELS, STORY_VERSION, type IdentityLabel, type Relationship } from '../../model/graph-vocabulary';
import { graphRows, type NodeRow } from '../graph-rows';
import type { StoryToWrite } from '../write-story-graphs';
import { type Column, CsvTable, CsvValueError } from './csv-table';

/**
 * Turns story documents into the CSV files of `neo4j-admin database import`, holding exactly what
 * `writeStoryGraphs` would write for them into an empty graph: the same labels, relationship types,
 * properties and property types (tests/ingest/import-stories.test.ts compares the two graphs).
 */

export interface ImportInput {
  /** What an error about this story names: its file. */
  file: string;
  story: StoryToWrite;
}

/** One `--nodes` or `--relationships` argument: a label or type, its header and data files, and how many rows. */
export interface ImportGroup extends ImportFileGroup {
  files: [header: string, data: string];
  rows: number;
}

/** Nodes whose list property was empty: the import leaves such a property out; it is set afterwards. */
export interface EmptyLists {
  label: string;
  property: string;
  ids: string[];
}

export interface ImportFiles {
  groups: ImportGroup[];
  emptyLists: EmptyLists[];
  stories: number;
  nodes: number;
  relationships: number;
}

/** A document the import cannot take; nothing has been imported when it is thrown. */
export class ImportInputError extends Error {
  constructor(
    readonly file: string,
    problem: string,
  ) {
    super(`${file}: ${problem}`);
    this.name = 'ImportInputError';
  }
}

const ITEM_PROPERTIES: Column[] = [
  { name: 'versions', type: 'long[]' },
  { name: 'current', type: 'boolean' },
];

/** Nodes are keyed by integers in the import files (see NodeKeys); `id` is an ordinary property. */
const nodeKey = (label: string): Column[] => [{ name: 'key', field: `:ID(${label})` }, { name: 'id' }];

const STORY_COLUMNS: Column[] = [
  ...nodeKey(NODE_LABELS.story),
  ...['title', 'version'].map((name) => ({ name })),
  { name: 'updatedAt', type: 'datetime' },
  ...['itemCount', 'what', 'whyItMatters', 'narratorId'].map((name) => ({ name })),
];

const VERSION_COLUMNS: Column[] = [
  ...nodeKey(STORY_VERSION.label),
  ...['storyId', 'number'].map((name) => ({ name })),
  { name: 'updatedAt', type: 'datetime' },
  { name: 'recordedAt', type: 'datetime' },
  ...['itemCount', 'document', 'sourceFile', 'sourceText', 'overlayFile', 'overlayText'].map((name) => ({ name })),
];

const ACTOR_COLUMNS: Column[] = [...nodeKey(NODE_LABELS.actor), { name: 'name' }, { name: 'kind' }, { name: 'aliases', type: 'string[]' }];

const endpoints = (from: string, to: string): Column[] => [
  { name: 'from', field: `:START_ID(${from})` },
  { name: 'to', field: `:END_ID(${to})` },
];

interface ActorRow {
  id: string;
  name: string;
  kind: string;
  aliases: string[];
}

/**
 * An integer per node, one sequence per label, and which input holds it. The importer maps integer
 * keys far faster than string ids (measured in BENCHMARKS.md), and the keys are not stored.
 */
class NodeKeys {
  private readonly byLabel = new Map<string, { keys: Map<string, number>; inputs: number[] }>();

  private of(label: string) {
    let entry = this.byLabel.get(label);
    if (!entry) this.byLabel.set(label, (entry = { keys: new Map(), inputs: [] }));
    return entry;
  }

  /** Registers a node of input `input`; resolves the input that holds it already instead, if one does. */
  claim(label: string, id: string, input: number): { key: number } | { heldBy: number } {
    const { keys, inputs } = this.of(label);
    const known = keys.get(id);
    if (known !== undefined) return { heldBy: inputs[known] ?? input };
    keys.set(id, inputs.length);
    inputs.push(input);
    return { key: inputs.length - 1 };
  }

  /** The key of a registered node: documents only reference their own nodes and actors (checked by the model). */
  key(label: string, id: string): number {
    const key = this.of(label).keys.get(id);
    if (key === undefined) throw new Error(`No ${label} ${id} among the imported nodes`);
    return key;
  }
}

/** Tables are opened at their first row: only then are a label's property names known. */
class Tables {
  private readonly byKey = new Map<string, { kind: ImportGroup['kind']; name: string; table: CsvTable }>();

  constructor(private readonly dir: string) {}

  table(kind: ImportGroup['kind'], name: string, fileStem: string, columns: () => Column[]): CsvTable {
    const key = `${kind}/${fileStem}`;
    let entry = this.byKey.get(key);
    if (!entry) {
      const header = path.join(this.dir, `${fileStem}.header.csv`);
      const data = path.join(this.dir, `${fileStem}.csv`);
      entry = { kind, name, table: new CsvTable(data, header, columns()) };
      this.byKey.set(key, entry);
    }
    return entry.table;
  }

  async flush(): Promise<void> {
    for (const { table } of this.byKey.values()) await table.flush();
  }

  /** Every table stopped, so that no file is still being opened when the folder is removed. */
  async abort(): Promise<void> {
    await Promise.all([...this.byKey.values()].map(({ table }) => table.abort()));
  }

  async close(): Promise<ImportGroup[]> {
    for (const { table } of this.byKey.values()) await table.close();
    return [...this.byKey.values()].map(({ kind, name, table }) => ({
      kind,
      name,
      files: [table.headerFile, table.dataFile],
      rows: table.rows,
      multiline: table.multiline,
    }));
  }
}

const linkStem = (spec: Pick<Relationship, 'type'> & Record<'from' | 'to', string>) => `${spec.from}-${spec.type}-${spec.to}`;

/**
 * Writes the import files of `inputs` into `dir`. Refuses (ImportInputError, naming the files) two
 * versions of one story and an item id in two stories: `claimgraph ingest` merges those, an import
 * would duplicate them. Actors shared by stories are one node, named by the first story, with every
 * story's aliases, as the writer leaves them; so are identities (SourceIdentity, ClaimIdentity), named by the first story.
 */
export async function writeImportFiles(dir: string, inputs: AsyncIterable<ImportInput> | Iterable<ImportInput>): Promise<ImportFiles> {
  const tables = new Tables(dir);
  try {
    return await writeTables(tables, inputs);
  } catch (error) {
    // A refusal mid-way must not leave streams opening files in a folder the caller is about to remove.
    await tables.abort();
    throw error;
  }
}

async function writeTables(tables: Tables, inputs: AsyncIterable<ImportInput> | Iterable<ImportInput>): Promise<ImportFiles> {
  // Every version of the import is recorded at once: its record time, which `asOf` reads by.
  const recordedAt = new Date().toISOString();
  const files: string[] = [];
  const keys = new NodeKeys();
  const actors = new Map<string, ActorRow>();
  // Shared like actors: the first story to record an identity names it.
  const identities = new Map<IdentityLabel, Map<string, NodeRow>>();
  const empty = new Map<string, EmptyLists>();
  const noteEmpty = (label: string, id: string, properties: string[]) => {
    for (const property of properties) {
      const key = `${label}.${property}`;
      const entry = empty.get(key) ?? { label, property, ids: [] };
      entry.ids.push(id);
      empty.set(key, entry);
    }
  };
  const register = (label: string, id: string, what: string) => {
    const claimed = keys.claim(label, id, files.length - 1);
    if ('key' in claimed) return claimed.key;
    throw new ImportInputError(
      files.at(-1) ?? '',
      `${what} is also in ${files[claimed.heldBy]}; an import takes each story and item once (ingest later versions afterwards)`,
    );
  };

  for await (const { file, story } of inputs) {
    files.push(file);
    const { document } = story;
    const storyId = document.story.id;
    const versionId = `${storyId}@${document.story.version}`;
    const storyKey = register(NODE_LABELS.story, storyId, `story ${storyId}`);
    const rows = graphRows(document);
    const version = [document.story.version];
    try {
      tables.table('nodes', NODE_LABELS.story, NODE_LABELS.story, () => STORY_COLUMNS).add({ ...document.story, key: storyKey });
      const versionKey = register(STORY_VERSION.label, versionId, `story version ${versionId}`);
      tables.table('nodes', STORY_VERSION.label, STORY_VERSION.label, () => VERSION_COLUMNS).add({
        ...document.story,
        key: versionKey,
        id: versionId,
        storyId,
        number: document.story.version,
        recordedAt,
        document: JSON.stringify(document),
        sourceFile: story.source?.file ?? null,
        sourceText: story.source?.text ?? null,
        overlayFile: story.source?.overlay?.file ?? null,
        overlayText: story.source?.overlay?.text ?? null,
      });
      const hasVersion = { from: NODE_LABELS.story, type: STORY_VERSION.type, to: STORY_VERSION.label };
      tables
        .table('relationships', hasVersion.type, linkStem(hasVersion), () => endpoints(hasVersion.from, hasVersion.to))
        .add({ from: storyKey, to: versionKey });
      for (const actor of rows.actors) {
        const known = actors.get(actor.id);
        if (known) {
          for (const alias of actor.aliases) if (!known.aliases.includes(alias)) known.aliases.push(alias);
        } else {
          register(NODE_LABELS.actor, actor.id, `actor ${actor.id}`);
          actors.set(actor.id, { ...actor, aliases: [...actor.aliases] });
        }
      }
      for (const { label, rows: identityRows } of rows.identities) {
        const known = identities.get(label) ?? new Map<string, NodeRow>();
        identities.set(label, known);
        for (const row of identityRows) {
          if (known.has(row.id)) continue;
          register(label, row.id, `${label} ${row.id}`);
          known.set(row.id, row);
        }
      }
      for (const { label, rows: nodeRows } of rows.nodes) {
        const [first] = nodeRows;
        if (!first) continue;
        const table = tables.table('nodes', label, label, () => [...nodeKey(label), ...Object.keys(first.props).map((name) => ({ name })), ...ITEM_PROPERTIES]);
        for (const row of nodeRows) {
          const key = register(label, row.id, `${label} ${row.id}`);
          noteEmpty(label, row.id, table.add(row.props, { key, id: row.id, versions: version, current: true }).emptyLists);
        }
      }
      for (const { spec, rows: linkRows } of rows.links) {
        const [first] = linkRows;
        if (!first) continue;
        const table = tables.table('relationships', spec.type, linkStem(spec), () => [
          ...endpoints(spec.from, spec.to),
          ...[...Object.keys(first.key), ...Object.keys(first.props)].map((name) => ({ name })),
          ...ITEM_PROPERTIES,
        ]);
        for (const row of linkRows) {
          table.add(row.key, row.props, { from: keys.key(spec.from, row.from), to: keys.key(spec.to, row.to), versions: version, current: true });
        }
      }
    } catch (error) {
      if (error instanceof CsvValueError) throw new ImportInputError(file, error.message);
      throw error;
    }
    await tables.flush();
  }

  const actorTable = tables.table('nodes', NODE_LABELS.actor, NODE_LABELS.actor, () => ACTOR_COLUMNS);
  for (const actor of [...actors.values()].sort((a, b) => a.id.localeCompare(b.id))) {
    noteEmpty(NODE_LABELS.actor, actor.id, actorTable.add({ ...actor, key: keys.key(NODE_LABELS.actor, actor.id) }).emptyLists);
  }
  for (const [label, known] of identities) {
    const [first] = known.values();
    if (!first) continue;
    const table = tables.table('nodes', label, label, () => [...nodeKey(label), ...Object.keys(first.props).map((name) => ({ name }))]);
    for (const row of [...known.values()].sort((a, b) => a.id.localeCompare(b.id))) {
      noteEmpty(label, row.id, table.add(row.props, { key: keys.key(label, row.id), id: row.id }).emptyLists);
    }
  }
  const groups = await tables.close();
  const count = (kind: ImportGroup['kind']) => groups.filter((group) => group.kind === kind).reduce((sum, group) => sum + group.rows, 0);
  return { groups, emptyLists: [...empty.values()], stories: files.length, nodes: count('nodes'), relationships: count('relationships') };
}
