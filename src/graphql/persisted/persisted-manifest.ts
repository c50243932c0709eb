import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { rename, writeFile } from 'node:fs/promises';
import { getOperationAST, parse } from 'graphql';
import { z } from 'zod';

/** The id clients send for a document: the sha256 of its text, in hex, as Apollo's and yoga's clients compute it. */
export const documentHash = (document: string) => createHash('sha256').update(document).digest('hex');

const ManifestJson = z.record(z.string().regex(/^[0-9a-f]{64}$/, 'expected a key of 64 lowercase hex digits (sha256)'), z.string().min(1));

class ManifestError extends Error {
  constructor(file: string, problems: string[]) {
    super(`${file}: not a valid persisted operations manifest:\n${problems.map((problem) => `  - ${problem}`).join('\n')}`);
    this.name = 'ManifestError';
  }
}

/**
 * The persisted operations: a JSON object of sha256 hash → GraphQL document (the format yoga's
 * persisted-operations plugin and GraphQL Code Generator's `persisted-documents.json` use).
 */
export class PersistedManifest {
  constructor(readonly documents: ReadonlyMap<string, string>) {}

  /** Reads and checks a manifest: each key is the hash of its document, and each document parses. */
  static read(file: string): PersistedManifest {
    let json: unknown;
    try {
      json = JSON.parse(readFileSync(file, 'utf8'));
    } catch (error) {
      throw new ManifestError(file, [(error as Error).message]);
    }
    const parsed = ManifestJson.safeParse(json);
    if (!parsed.success) throw new ManifestError(file, parsed.error.issues.map((issue) => `${issue.path.join('.') || 'the manifest'}: ${issue.message}`));
    const problems = Object.entries(parsed.data).flatMap(([hash, document]) => {
      if (documentHash(document) !== hash) return [`${hash}: the key is not the sha256 of its document (${documentHash(document)})`];
      try {
        parse(document);
        return [];
      } catch (error) {
        return [`${hash}: ${(error as Error).message}`];
      }
    });
    if (problems.length > 0) throw new ManifestError(file, problems);
    return new PersistedManifest(new Map(Object.entries(parsed.data)));
  }

  /** The names of the operations the manifest holds, for labels that must stay few (metrics). */
  operationNames(): string[] {
    return [...this.documents.values()].flatMap((document) => getOperationAST(parse(document))?.name?.value ?? []);
  }

  /** Writes the manifest whole or not at all: a staging file renamed over it. */
  async write(file: string): Promise<void> {
    const staging = `${file}.${process.pid}.tmp`;
    await writeFile(staging, `${JSON.stringify(Object.fromEntries(this.documents), null, 2)}\n`);
    await rename(staging, file);
  }
}
