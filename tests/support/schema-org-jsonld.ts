import { readFileSync } from 'node:fs';
import path from 'node:path';
import jsonld, { type ContextDefinition, type JsonLdDocument } from 'jsonld';
import type { RemoteDocument } from 'jsonld/jsonld-spec';
import { projectRoot } from '../../src/config/config';

/**
 * JSON-LD processing of claimgraph's ClaimReviews without the network: schema.org's context is the
 * trimmed copy in tests/fixtures (its terms as schema.org's own context defines them, only those the
 * output uses), and the document loader serves nothing else, so any other remote context fails.
 */
export const SCHEMA_ORG_CONTEXT = JSON.parse(readFileSync(path.join(projectRoot, 'tests', 'fixtures', 'schema-org-context.jsonld'), 'utf8')) as {
  '@context': ContextDefinition;
};

const SCHEMA_ORG_URLS = new Set(['https://schema.org', 'https://schema.org/', 'http://schema.org', 'http://schema.org/']);

const offlineLoader = async (url: string): Promise<RemoteDocument> => {
  if (!SCHEMA_ORG_URLS.has(url)) throw new Error(`No network in tests: refused to load ${url}`);
  return { contextUrl: undefined, documentUrl: url, document: SCHEMA_ORG_CONTEXT as unknown as RemoteDocument['document'] };
};

export const SCHEMA = 'http://schema.org/';

/** The terms the shipped context defines: a term outside it would expand through @vocab unchecked. */
export const CONTEXT_TERMS = new Set(Object.keys(SCHEMA_ORG_CONTEXT['@context'] as object).filter((term) => !term.startsWith('@')));

export const expand = (document: object) => jsonld.expand(document as JsonLdDocument, { documentLoader: offlineLoader });

/** Compacted against schema.org's context, which the loader serves from the shipped copy. */
export const compact = (document: object) =>
  jsonld.compact(document as JsonLdDocument, 'https://schema.org' as unknown as ContextDefinition, { documentLoader: offlineLoader }) as Promise<Record<string, unknown>>;

/** Every property name and @type used anywhere in a compacted document. */
export function termsUsed(value: unknown, into = new Set<string>()): Set<string> {
  if (Array.isArray(value)) value.forEach((item) => termsUsed(item, into));
  else if (value !== null && typeof value === 'object') {
    for (const [key, inner] of Object.entries(value)) {
      if (!key.startsWith('@')) into.add(key);
      if (key === '@type' && typeof inner === 'string') into.add(inner);
      else termsUsed(inner, into);
    }
  }
  return into;
}
