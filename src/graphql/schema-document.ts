import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse, type DocumentNode } from 'graphql';
import { projectRoot } from '../config/config';

export const schemaPath = path.join(projectRoot, 'schema.graphql');

let parsed: DocumentNode | undefined;

/** schema.graphql parsed once per process: the executable schema and the list bounds both read it. */
export function schemaDocument(): DocumentNode {
  parsed ??= parse(readFileSync(schemaPath, 'utf8'));
  return parsed;
}
