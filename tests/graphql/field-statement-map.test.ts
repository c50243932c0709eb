import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { buildASTSchema, isObjectType } from 'graphql';
import { projectRoot } from '../../src/config/config';
import { RELATIONS, TWO_WAY, twoWayOf, type RelationName } from '../../src/graphql/loaders/relations';
import { resolvers } from '../../src/graphql/resolvers';
import { schemaDocument } from '../../src/graphql/schema-document';
import { STORY_VERSIONS_QUERY } from '../../src/graphql/story-documents';
import { NODE_LABELS } from '../../src/model/graph-vocabulary';

// The two READMEs map every field that reads the graph to the statement that serves it:
// `| `Type.field` | `resolver file` | `statement` … |`.
const MAPS = { cypher: 'cypher/README.md', loaders: 'src/graphql/loaders/README.md' } as const;

interface MapRow {
  map: keyof typeof MAPS;
  field: string;
  resolverFile: string;
  statements: string[];
}

const read = (file: string) => readFileSync(path.join(projectRoot, file), 'utf8');

const rows: MapRow[] = (Object.keys(MAPS) as (keyof typeof MAPS)[]).flatMap((map) =>
  [...read(MAPS[map]).matchAll(/^\| `(\w+\.\w+)` \| `([^`]+)` \| (.*) \|$/gm)].map(([, field = '', resolverFile = '', cell = '']) => ({
    map,
    field,
    resolverFile,
    statements: [...cell.matchAll(/`([^`]+)`/g)].map((match) => match[1] ?? ''),
  })),
);

/** Fields whose resolvers take the context for something other than the graph: no statement serves them. */
const READ_NO_GRAPH = new Set([
  // The process's own record of refused writes, in memory (src/observability/refused-write-log.ts).
  'Query.refusedWrites',
]);

/**
 * A resolver that takes the request context (its third parameter) reads the graph through it, but
 * for READ_NO_GRAPH; one that takes only its parent computes from what its parent already holds.
 */
const fieldsThatRead = () => {
  const schema = buildASTSchema(schemaDocument());
  const typeResolvers = resolvers as Record<string, Record<string, unknown> | undefined>;
  return Object.values(schema.getTypeMap())
    .filter(isObjectType)
    .flatMap((type) => Object.keys(type.getFields()).map((field) => [type.name, field] as const))
    .filter(([type, field]) => {
      const resolver = typeResolvers[type]?.[field];
      return typeof resolver === 'function' && resolver.length >= 3;
    })
    .map(([type, field]) => `${type}.${field}`)
    .filter((field) => !READ_NO_GRAPH.has(field));
};

const twoWayNames = Object.keys(TWO_WAY);
const isRelation = (name: string): name is RelationName => name in RELATIONS;
const queryFiles = readdirSync(path.join(projectRoot, 'cypher', 'queries')).map((file) => `queries/${file}`);
const curationFiles = readdirSync(path.join(projectRoot, 'cypher', 'curation')).map((file) => `curation/${file}`);
const apiKeyFiles = readdirSync(path.join(projectRoot, 'cypher', 'api-keys')).map((file) => `api-keys/${file}`);

/** Why a statement named in the map is not one that runs, or null when it is. */
function problemWith(statement: string): string | null {
  const [kind, name = ''] = statement.split(/\/(.*)/s);
  if (kind === 'relation') {
    if (twoWayNames.includes(name)) return null;
    if (!isRelation(name)) return 'no such relation in RELATIONS or TWO_WAY';
    return twoWayOf(name) ? `runs as relation/${twoWayOf(name)?.pair}` : null;
  }
  if (kind === 'node') return name === '<Label>' || Object.values(NODE_LABELS).includes(name as never) ? null : 'no such label';
  if (kind === 'queries') return queryFiles.includes(statement) ? null : 'no such file in cypher/queries';
  if (kind === 'curation') return curationFiles.includes(statement) ? null : 'no such file in cypher/curation';
  if (kind === 'api-keys') return apiKeyFiles.includes(statement) ? null : 'no such file in cypher/api-keys';
  if (kind === 'history') return statement === STORY_VERSIONS_QUERY.name ? null : 'no such statement in src/graphql/story-documents.ts';
  return 'not a statement name';
}

test('the maps list every field whose resolver reads the graph, each once', () => {
  expect(rows.map((row) => row.field).sort()).toEqual(fieldsThatRead().sort());
});

test.each(rows.map((row) => [row.field, row] as const))('%s: its resolver file resolves it and its statements exist', (_, row) => {
  const [, field = ''] = row.field.split('.');
  expect(existsSync(path.join(projectRoot, row.resolverFile))).toBe(true);
  expect(read(row.resolverFile)).toMatch(new RegExp(`\\b${field}\\b`));
  expect(row.statements.length).toBeGreaterThan(0);
  expect(row.statements.map((statement) => [statement, problemWith(statement)]).filter(([, problem]) => problem)).toEqual([]);
});

test('each field sits in the README of the kind of statement that serves it', () => {
  const misplaced = rows.filter((row) =>
    row.map === 'cypher'
      ? !row.statements.some((statement) => statement.endsWith('.cypher'))
      : !row.statements.some((statement) => /^(relation|node|history)\//.test(statement)),
  );
  expect(misplaced).toEqual([]);
});

test('every relation statement, every query file and every curation file serves some field', () => {
  const named = new Set(rows.flatMap((row) => row.statements));
  const relationStatements = [...Object.keys(RELATIONS).filter((name) => isRelation(name) && !twoWayOf(name)), ...twoWayNames].map(
    (name) => `relation/${name}`,
  );
  expect([...relationStatements, ...queryFiles, ...curationFiles].filter((statement) => !named.has(statement))).toEqual([]);
});
