import { readFileSync } from 'node:fs';
import path from 'node:path';
import {
  GraphQLError,
  Kind,
  parse,
  print,
  Source,
  validate,
  visit,
  type DefinitionNode,
  type DocumentNode,
  type FragmentDefinitionNode,
  type GraphQLSchema,
  type OperationDefinitionNode,
} from 'graphql';
import { documentHash } from './persisted-manifest';

/** One operation ready for the manifest: printed with the fragments it uses, as clients print it before hashing. */
export interface OperationDocument {
  name: string;
  document: string;
  hash: string;
  /** Where it was written: `file:line`. */
  origin: string;
}

export class OperationFileError extends Error {
  constructor(readonly problems: string[]) {
    super(problems.join('\n'));
    this.name = 'OperationFileError';
  }
}

/** The GraphQL sources of a file: a `.graphql`/`.gql` file whole, or each ```graphql block of a Markdown file, with its first line. */
function graphqlSourcesOf(file: string, text: string): Source[] {
  const extension = path.extname(file).toLowerCase();
  if (extension === '.graphql' || extension === '.gql') return [new Source(text, file)];
  if (extension !== '.md') throw new OperationFileError([`${file}: expected a .graphql, .gql or .md file`]);
  return [...text.matchAll(/^```graphql\n([\s\S]*?)^```/gm)].map((block) => {
    const line = text.slice(0, block.index).split('\n').length + 1;
    return new Source(block[1] ?? '', file, { line, column: 1 });
  });
}

/** `file:line:column` of an error; graphql-js counts lines within the source, not the Markdown file around it. */
const where = (error: GraphQLError, source: Source) => {
  const location = error.locations?.[0];
  return location ? `${source.name}:${source.locationOffset.line + location.line - 1}:${location.column}` : source.name;
};

/** The fragments an operation uses, directly or through other fragments, in the order written. */
function fragmentsUsedBy(operation: OperationDefinitionNode, fragments: ReadonlyMap<string, FragmentDefinitionNode>): FragmentDefinitionNode[] {
  const used = new Set<string>();
  const visitFrom = (node: DefinitionNode) =>
    visit(node, {
      FragmentSpread: (spread) => {
        const fragment = fragments.get(spread.name.value);
        if (fragment && !used.has(spread.name.value)) {
          used.add(spread.name.value);
          visitFrom(fragment);
        }
      },
    });
  visitFrom(operation);
  return [...fragments.values()].filter((fragment) => used.has(fragment.name.value));
}

function operationsOf(source: Source, schema: GraphQLSchema): OperationDocument[] {
  let document: DocumentNode;
  try {
    document = parse(source);
  } catch (error) {
    if (error instanceof GraphQLError) throw new OperationFileError([`${where(error, source)}: ${error.message}`]);
    throw error;
  }
  const invalid = validate(schema, document);
  if (invalid.length > 0) throw new OperationFileError(invalid.map((error) => `${where(error, source)}: ${error.message}`));
  const fragments = new Map(
    document.definitions.filter((node) => node.kind === Kind.FRAGMENT_DEFINITION).map((node) => [node.name.value, node] as const),
  );
  const operations = document.definitions.filter((node) => node.kind === Kind.OPERATION_DEFINITION);
  return operations.map((operation) => {
    const line = source.locationOffset.line + (operation.loc?.startToken.line ?? 1) - 1;
    if (!operation.name) throw new OperationFileError([`${source.name}:${line}: a persisted operation needs a name (metrics and logs show it)`]);
    const printed = print({ kind: Kind.DOCUMENT, definitions: [operation, ...fragmentsUsedBy(operation, fragments)] });
    return { name: operation.name.value, document: printed, hash: documentHash(printed), origin: `${source.name}:${line}` };
  });
}

/** Runs `read`, adding an OperationFileError's problems (or a missing file) to `problems` instead of throwing. */
function collecting(problems: string[], file: string, read: () => void): void {
  try {
    read();
  } catch (error) {
    if (error instanceof OperationFileError) problems.push(...error.problems);
    else if ((error as NodeJS.ErrnoException).code === 'ENOENT') problems.push(`${file}: no such file`);
    else throw error;
  }
}

/**
 * Every operation of the files, each checked against the schema. All problems of all files are
 * reported together, each as `file:line:column: message`.
 */
export function operationDocuments(files: string[], schema: GraphQLSchema): OperationDocument[] {
  const problems: string[] = [];
  const found: OperationDocument[] = [];
  for (const file of files) {
    collecting(problems, file, () => {
      const sources = graphqlSourcesOf(file, readFileSync(file, 'utf8'));
      const [foundBefore, problemsBefore] = [found.length, problems.length];
      for (const source of sources) collecting(problems, file, () => found.push(...operationsOf(source, schema)));
      if (found.length === foundBefore && problems.length === problemsBefore) problems.push(`${file}: holds no GraphQL operation`);
    });
  }
  if (problems.length > 0) throw new OperationFileError(problems);
  return found;
}
