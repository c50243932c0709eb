import { mkdir, rm } from 'node:fs/promises';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { applySchema } from '../../db/apply-schema';
import { createDriver, Database } from '../../db/database';
import { ensureLocalNeo4j, stopLocalNeo4j, type LocalNeo4jOptions } from '../../db/local-neo4j/ensure-local-neo4j';
import { importDatabase } from '../../db/local-neo4j/import-database';
import { markGraphModel } from '../migrate/mark-graph-model';
import { ARRAY_DELIMITER } from './csv-table';
import { writeImportFiles, type EmptyLists, type ImportInput } from './import-files';

/**
 * The offline bulk path: story documents into an empty database of claimgraph's own local Neo4j
 * through `neo4j-admin database import`, many times faster than any transaction can write them
 * (BENCHMARKS.md). The server is down while the store is built; the schema is applied afterwards.
 */

export interface ImportSummary {
  stories: number;
  nodes: number;
  relationships: number;
  /** Wall time of each stage, in seconds, in the order they ran. */
  stages: Record<string, number>;
  seconds: number;
}

/** The stages' times in words: `files 124.6 s, stop 0.8 s, …`. */
export const describeStages = (summary: ImportSummary) =>
  Object.entries(summary.stages)
    .map(([name, seconds]) => `${name} ${seconds.toFixed(1)} s`)
    .join(', ');

/** The database holds data, and the import was not told to replace it; nothing was changed. */
export class DatabaseNotEmptyError extends Error {
  constructor(
    readonly nodes: number,
    database: string,
  ) {
    super(
      `Database ${database} holds ${nodes} nodes; an import builds a database from nothing. ` +
        'Use `claimgraph ingest --batch <n>` to add to it, or pass --replace to delete everything in it first.',
    );
    this.name = 'DatabaseNotEmptyError';
  }
}

const ROWS_PER_STATEMENT = 10_000;

async function withDatabase<T>(connection: { uri: string; user: string; password: string }, database: string, fn: (db: Database) => Promise<T>): Promise<T> {
  const driver = createDriver(connection);
  try {
    return await fn(new Database(driver, { database, txTimeoutMs: 60_000, writeTimeoutMs: 600_000 }));
  } finally {
    await driver.close();
  }
}

/** Sets the list properties the import had to leave out because they were empty. Labels and keys come from graph-rows. */
async function setEmptyLists(db: Database, lists: EmptyLists[]): Promise<void> {
  await db.write(async (tx) => {
    for (const { label, property, ids } of lists) {
      for (let start = 0; start < ids.length; start += ROWS_PER_STATEMENT) {
        await tx.run(
          { name: `import/empty-${label}-${property}`, text: `UNWIND $ids AS id MATCH (n:${label} {id: id}) SET n.${property} = []` },
          { ids: ids.slice(start, start + ROWS_PER_STATEMENT) },
        );
      }
    }
  });
}

/**
 * Imports `inputs` into `database` of the local server in `server`: refuses (DatabaseNotEmptyError)
 * unless the database is empty or `replace` is set; writes the import files (a document it cannot take
 * fails the import before the server is touched); stops the server, builds the database, starts it
 * again, applies the schema and waits for every index.
 */
export async function importStories(
  server: LocalNeo4jOptions,
  database: string,
  inputs: AsyncIterable<ImportInput> | Iterable<ImportInput>,
  options: { replace: boolean; log: (line: string) => void },
): Promise<ImportSummary> {
  const { log } = options;
  const stages: Record<string, number> = {};
  const started = performance.now();
  let mark = started;
  const stage = (name: string) => {
    const now = performance.now();
    stages[name] = (now - mark) / 1000;
    mark = now;
  };

  const connection = await ensureLocalNeo4j(server, log);
  const nodes = await withDatabase(connection, database, async (db) => {
    const [row] = await db.read({ name: 'import/count-nodes', text: 'MATCH (n) RETURN count(n) AS nodes' });
    return Number(row?.nodes ?? 0);
  });
  if (nodes > 0 && !options.replace) throw new DatabaseNotEmptyError(nodes, database);
  stage('check');

  const staging = path.join(server.home, 'import');
  await rm(staging, { recursive: true, force: true });
  await mkdir(staging, { recursive: true });
  try {
    log(`Writing import files into ${staging}…`);
    const files = await writeImportFiles(staging, inputs);
    stage('files');
    log(`${files.stories} stories: ${files.nodes} nodes, ${files.relationships} relationships. Stopping Neo4j to build database ${database}…`);
    await stopLocalNeo4j(server, log);
    stage('stop');
    log(`Building database ${database} (neo4j-admin database import)…`);
    try {
      await importDatabase(server.home, database, files.groups, {
        idType: 'integer',
        arrayDelimiter: ARRAY_DELIMITER,
        reportFile: path.join(staging, 'import.report'),
        log,
      });
    } finally {
      // Up again either way: a failed import leaves the database empty, not the server down.
      stage('import');
      await ensureLocalNeo4j(server, log);
      stage('start');
    }
    log('Creating constraints and indexes…');
    await withDatabase(connection, database, async (db) => {
      // The empty lists are set while the indexes populate: both take long on a large graph.
      await applySchema(db, () => setEmptyLists(db, files.emptyLists));
      // Built by this claimgraph's writer from nothing, so in its graph model; no migration to do at the next start.
      await markGraphModel(db);
      stage('schema and empty lists');
    });
    const seconds = (performance.now() - started) / 1000;
    return { stories: files.stories, nodes: files.nodes, relationships: files.relationships, stages, seconds };
  } finally {
    await rm(staging, { recursive: true, force: true });
  }
}
