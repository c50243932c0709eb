import { existsSync } from 'node:fs';
import type { GraphQLSchema } from 'graphql';
import { operationDocuments, type OperationDocument } from './operation-documents';
import { PersistedManifest } from './persisted-manifest';

export interface PersistReport {
  added: OperationDocument[];
  kept: OperationDocument[];
  /** Hashes the manifest held and `replace` dropped. */
  removed: string[];
  /** Operations the manifest holds now. */
  total: number;
}

/**
 * Adds every operation of `files` to the manifest (`replace`: makes the manifest exactly those). All
 * files are checked against the schema first; on any problem nothing is written. A missing manifest
 * is started.
 */
export async function persistOperations(manifestFile: string, files: string[], schema: GraphQLSchema, options: { replace: boolean }): Promise<PersistReport> {
  // The same operation in two files is one entry.
  const operations = [...new Map(operationDocuments(files, schema).map((operation) => [operation.hash, operation])).values()];
  const previous = existsSync(manifestFile) ? PersistedManifest.read(manifestFile).documents : new Map<string, string>();
  const documents = new Map(options.replace ? [] : previous);
  for (const operation of operations) documents.set(operation.hash, operation.document);
  await new PersistedManifest(documents).write(manifestFile);
  return {
    added: operations.filter((operation) => !previous.has(operation.hash)),
    kept: operations.filter((operation) => previous.has(operation.hash)),
    removed: [...previous.keys()].filter((hash) => !documents.has(hash)),
    total: documents.size,
  };
}
