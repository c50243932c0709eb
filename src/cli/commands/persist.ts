import { parseArgs } from 'node:util';
import { loadConfig } from '../../config/config';
import { OperationFileError } from '../../graphql/persisted/operation-documents';
import { persistOperations } from '../../graphql/persisted/persist-operations';
import { buildSchema } from '../../graphql/schema';
import type { Command } from '../command';
import { UsageError } from '../usage-error';

const usage = `Usage: claimgraph persist [--replace] [--manifest <file>] <file…>

Adds the GraphQL operations of .graphql/.gql files, or of the \`\`\`graphql blocks of Markdown files,
to the persisted operations manifest: each operation (with the fragments it uses) under the sha256 of
its printed text, the hash Apollo's and yoga's clients send. Every operation is checked against
schema.graphql first and needs a name; on any problem nothing is written.

With CLAIMGRAPH_PERSISTED_ONLY=true the API runs the manifest's operations and nothing else.

Options:
  --manifest <file>  the manifest to write (default: CLAIMGRAPH_PERSISTED_OPERATIONS_FILE,
                     persisted-operations.json in the repository); started if missing
  --replace          make the manifest exactly these files' operations, dropping the others
  -h, --help         show this help

Exit code: 0 when written, 1 when any operation failed its check (reported as file:line:column), 2 for bad usage.
`;

async function run(argv: string[]): Promise<number> {
  const { values, positionals: files } = parseArgs({
    args: argv,
    options: { manifest: { type: 'string' }, replace: { type: 'boolean', default: false } },
    allowPositionals: true,
  });
  if (files.length === 0) throw new UsageError('name at least one .graphql or .md file');
  const manifest = values.manifest ?? loadConfig().persistedOperations.file;
  try {
    const report = await persistOperations(manifest, files, buildSchema(), { replace: values.replace });
    for (const operation of report.added) process.stdout.write(`added    ${operation.hash}  ${operation.name}  (${operation.origin})\n`);
    for (const operation of report.kept) process.stdout.write(`present  ${operation.hash}  ${operation.name}  (${operation.origin})\n`);
    for (const hash of report.removed) process.stdout.write(`removed  ${hash}\n`);
    process.stdout.write(`${manifest}: ${report.total} operations\n`);
    return 0;
  } catch (error) {
    if (!(error instanceof OperationFileError)) throw error;
    process.stderr.write(`${error.message}\nNothing written to ${manifest}.\n`);
    return 1;
  }
}

export const persistCommand: Command = { name: 'persist', summary: 'add GraphQL operations to the persisted operations manifest', usage, run };
