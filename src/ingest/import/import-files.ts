import path from 'node:path';
import { graphRows, type LinkSpec } from '../graph-rows';
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

/** One `--nodes` or `--relationships` argument: a label or type and its header and data files. */
export interface ImportGroup {
  kind: 'nodes' | 'relationships';
  name: string;
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

const STORY_COLUMNS: Column[] = [
  { name: 'id', field: 'id:ID(Story)' },
  ...['title', 'version'].map((name) => ({ name })),
  { name: 'updatedAt', type: 'datetime' },
  ...['itemCount', 'what', 'whyItMatters'].map((name) => ({ name })),
];

const VERSION_COLUMNS: Column[] = [
  { name: 'id', field: 'id:ID(StoryVersion)' },
  ...['storyId', 'number'].map((name) => ({ name })),
  { name: 'updatedAt', type: 'datetime' },
  ...['itemCount', 'document', 'sourceFile', 'sourceText'].map((name) => ({ name })),
];

const ACTOR_COLUMNS: Column[] = [{ name: 'id', field: 'id:ID(Actor)' }, { name: 'name' }, { name: 'kind' }, { name: 'aliases', type: 'string[]' }];

const endpoints = (from: string, to: string): Column[] => [
  { name: 'from', field: `:START_ID(${from})` },
  { name: 'to', field: `:END_ID(${to})` },
];

type ActorRow = {
  id: string;
  name: string;
  kind: string;
  aliases: string[];
};

/** Tables are opened at their first row: only then are a label's property names known. */
class Tables {
  private readonly byKey = new Map<string, { group: ImportGroup; table: CsvTable }>();

  constructor(private readonly dir: string) {}

  table(kind: ImportGroup['kind'], name: string, fileStem: string, columns: () => Column[]): CsvTable {
    const key = `${kind}/${fileStem}`;
    let entry = this.byKey.get(key);
    if (!entry) {
      const header = path.join(this.dir, `${fileStem}.header.csv`);
      const data = path.join(this.dir, `${fileStem}.csv`);
      entry = { group: { kind, name, files: [header, data], rows: 0 }, table: new CsvTable(data, header, columns()) };
      this.byKey.set(key, entry);
    }
    return entry.table;
  }

  async flush(): Promise<void> {
    for (const { table } of this.byKey.values()) await table.flush();
  }

  async close(): Promise<ImportGroup[]> {
    for (const { table } of this.byKey.values()) await table.close();
    return [...this.byKey.values()].map(({ group, table }) => ({ ...group, rows: table.rows }));
  }
}

const linkStem = (spec: LinkSpec) => `${spec.from}-${spec.type}-${spec.to}`;

/**
 * Writes the import files of `inputs` into `dir`. Refuses (ImportInputError, naming the files) two
 * versions of one story and an item id in two stories: `claimgraph ingest` merges those, an import
 * would duplicate them. Actors shared by stories are one node, named by the first story, with every
 * story's aliases, as the writer leaves them.
 */
export async function writeImportFiles(dir: string, inputs: AsyncIterable<ImportInput> | Iterable<ImportInput>): Promise<ImportFiles> {
  const tables = new Tables(dir);
  const fileOfStory = new Map<string, string>();
  const itemFile = new Map<string, string>();
  const actors = new Map<string, ActorRow>();
  const empty = new Map<string, EmptyLists>();
  const noteEmpty = (label: string, id: string, properties: string[]) => {
    for (const property of properties) {
      const key = `${label}.${property}`;
      const entry = empty.get(key) ?? { label, property, ids: [] };
      entry.ids.push(id);
      empty.set(key, entry);
    }
  };

  for await (const { file, story } of inputs) {
    const { document } = story;
    const storyId = document.story.id;
    const earlier = fileOfStory.get(storyId);
    if (earlier !== undefined) {
      throw new ImportInputError(file, `story ${storyId} is also in ${earlier}; an import takes one version of each story (ingest the others afterwards)`);
    }
    fileOfStory.set(storyId, file);
    const rows = graphRows(document);
    const version = [document.story.version];
    try {
      tables.table('nodes', 'Story', 'Story', () => STORY_COLUMNS).add(document.story);
      tables.table('nodes', 'StoryVersion', 'StoryVersion', () => VERSION_COLUMNS).add({
        ...document.story,
        id: `${storyId}@${document.story.version}`,
        storyId,
        number: document.story.version,
        document: JSON.stringify(document),
        sourceFile: story.source?.file ?? null,
        sourceText: story.source?.text ?? null,
      });
      tables
        .table('relationships', 'HAS_VERSION', 'Story-HAS_VERSION-StoryVersion', () => endpoints('Story', 'StoryVersion'))
        .add({ from: storyId, to: `${storyId}@${document.story.version}` });
      for (const actor of rows.actors) {
        const known = actors.get(actor.id);
        if (!known) actors.set(actor.id, { ...actor, aliases: [...actor.aliases] });
        else for (const alias of actor.aliases) if (!known.aliases.includes(alias)) known.aliases.push(alias);
      }
      for (const { label, rows: nodeRows } of rows.nodes) {
        for (const row of nodeRows) {
          const key = `${label}/${row.id}`;
          const other = itemFile.get(key);
          if (other !== undefined) throw new ImportInputError(file, `${label} ${row.id} is also in ${other}; an import takes each item once`);
          itemFile.set(key, file);
          const columns = () => [{ name: 'id', field: `id:ID(${label})` }, ...Object.keys(row.props).map((name) => ({ name })), ...ITEM_PROPERTIES];
          const { emptyLists } = tables.table('nodes', label, label, columns).add({ ...row.props, id: row.id, versions: version, current: true });
          noteEmpty(label, row.id, emptyLists);
        }
      }
      for (const { spec, rows: linkRows } of rows.links) {
        for (const row of linkRows) {
          const columns = () => [
            ...endpoints(spec.from, spec.to),
            ...[...Object.keys(row.key), ...Object.keys(row.props)].map((name) => ({ name })),
            ...ITEM_PROPERTIES,
          ];
          tables.table('relationships', spec.type, linkStem(spec), columns).add({ ...row.key, ...row.props, from: row.from, to: row.to, versions: version, current: true });
        }
      }
    } catch (error) {
      if (error instanceof CsvValueError) throw new ImportInputError(file, error.message);
      throw error;
    }
    await tables.flush();
  }

  const actorTable = tables.table('nodes', 'Actor', 'Actor', () => ACTOR_COLUMNS);
  for (const actor of [...actors.values()].sort((a, b) => a.id.localeCompare(b.id))) noteEmpty('Actor', actor.id, actorTable.add(actor).emptyLists);
  const groups = await tables.close();
  const count = (kind: ImportGroup['kind']) => groups.filter((group) => group.kind === kind).reduce((sum, group) => sum + group.rows, 0);
  return { groups, emptyLists: [...empty.values()], stories: fileOfStory.size, nodes: count('nodes'), relationships: count('relationships') };
}
