import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parse, print } from 'graphql';
import { OperationFileError } from '../../src/graphql/persisted/operation-documents';
import { persistOperations } from '../../src/graphql/persisted/persist-operations';
import { documentHash, PersistedManifest } from '../../src/graphql/persisted/persisted-manifest';
import { buildSchema } from '../../src/graphql/schema';
import { claimgraph } from '../support/run-claimgraph';

/** `claimgraph persist`: operations from files into the persisted operations manifest, checked first. */

const schema = buildSchema();
let scratch: string;
beforeEach(() => {
  scratch = mkdtempSync(path.join(tmpdir(), 'claimgraph-persist-'));
});

function file(name: string, text: string): string {
  const at = path.join(scratch, name);
  writeFileSync(at, text);
  return at;
}

const TWO_OPERATIONS = `fragment Named on Actor { name }

query ClaimsOf($actorId: ID!) {
  claims(filter: { actorId: $actorId }, first: 5) { nodes { text assertedBy { ...Named } } }
}

query Count { stories { totalCount } }
`;

test('each operation is stored with the fragments it uses, under the sha256 of its printed text', async () => {
  const manifestFile = path.join(scratch, 'manifest.json');
  const report = await persistOperations(manifestFile, [file('ops.graphql', TWO_OPERATIONS)], schema, { replace: false });
  expect(report.added.map((operation) => [operation.name, operation.origin])).toEqual([
    ['ClaimsOf', `${scratch}/ops.graphql:3`],
    ['Count', `${scratch}/ops.graphql:7`],
  ]);
  const documents = PersistedManifest.read(manifestFile).documents;
  // The operation first, then the fragments it uses.
  const claimsOf = print(parse(`${TWO_OPERATIONS.slice(TWO_OPERATIONS.indexOf('query ClaimsOf'), TWO_OPERATIONS.indexOf('query Count'))} fragment Named on Actor { name }`));
  expect(documents.get(documentHash(claimsOf))).toBe(claimsOf);
  expect(documents.get(documentHash(print(parse('query Count { stories { totalCount } }'))))).toBeDefined();
  expect(documents.size).toBe(2);
});

test('adding keeps what the manifest held; --replace drops it; the same operation twice is one entry', async () => {
  const manifestFile = path.join(scratch, 'manifest.json');
  await persistOperations(manifestFile, [file('a.graphql', 'query A { __typename }')], schema, { replace: false });
  const added = await persistOperations(manifestFile, [file('b.graphql', 'query B { __typename }')], schema, { replace: false });
  expect([added.added.length, added.total]).toEqual([1, 2]);
  const again = await persistOperations(manifestFile, [path.join(scratch, 'b.graphql'), path.join(scratch, 'b.graphql')], schema, { replace: true });
  expect({ kept: again.kept.length, removed: again.removed, total: again.total }).toEqual({
    kept: 1,
    removed: [documentHash(print(parse('query A { __typename }')))],
    total: 1,
  });
});

test('every problem of every file is reported as file:line:column, and nothing is written', async () => {
  const manifestFile = file('manifest.json', '{}\n');
  const bad = file('bad.graphql', 'query Fine { __typename }\n\nquery Typo {\n  stories { nodez }\n}\n');
  const broken = file('broken.md', '# Ops\n\n```graphql\nquery Broken {\n  stories {\n```\n');
  const anonymous = file('anonymous.graphql', '{ __typename }');
  const run = persistOperations(manifestFile, [bad, broken, anonymous, path.join(scratch, 'missing.graphql')], schema, { replace: false });
  await expect(run).rejects.toThrow(OperationFileError);
  const problems = await run.catch((error: OperationFileError) => error.problems);
  expect(problems).toEqual([
    `${bad}:4:13: Cannot query field "nodez" on type "StoryConnection". Did you mean "nodes"?`,
    `${broken}:6:1: Syntax Error: Expected Name, found <EOF>.`,
    `${anonymous}:1: a persisted operation needs a name (metrics and logs show it)`,
    `${scratch}/missing.graphql: no such file`,
  ]);
  expect(readFileSync(manifestFile, 'utf8')).toBe('{}\n');
});

describe('the command', () => {
  test('prints what it added and the total, exit 0', async () => {
    const manifestFile = path.join(scratch, 'manifest.json');
    const run = await claimgraph('persist', '--manifest', manifestFile, file('ops.graphql', TWO_OPERATIONS));
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^added {4}[0-9a-f]{64} {2}ClaimsOf {2}\(.*ops\.graphql:3\)$/m);
    expect(run.stdout).toContain(`${manifestFile}: 2 operations`);
  });

  test('names file and line of a problem on stderr, exit 1, and writes no manifest', async () => {
    const manifestFile = path.join(scratch, 'manifest.json');
    const bad = file('bad.graphql', 'query Typo {\n  stories { nodez }\n}\n');
    const run = await claimgraph('persist', '--manifest', manifestFile, bad);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain(`${bad}:2:13: Cannot query field "nodez"`);
    expect(run.stderr).toContain('Nothing written');
    expect(existsSync(manifestFile)).toBe(false);
  });
});
