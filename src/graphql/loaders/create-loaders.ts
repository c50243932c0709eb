import { cypherFile } from '../../db/cypher-file';
import type { Database } from '../../db/database';
import type { PlainValue } from '../../db/plain-value';
import { listLoader, loaderFamily, nodeLoader } from './batch-loaders';
import { relationQuery, type RelationName } from './relations';

export const NODE_LABELS = {
  story: 'Story',
  actor: 'Actor',
  claim: 'Claim',
  event: 'Event',
  source: 'Source',
  question: 'Question',
  perspective: 'Perspective',
  tension: 'Tension',
} as const;
export type NodeLabel = (typeof NODE_LABELS)[keyof typeof NODE_LABELS];

/** A neighbour reached through a relationship field, with the edge's own properties. */
export interface Related<T> {
  node: T;
  edge: Record<string, PlainValue>;
}

const versionKey = (version: number | null | undefined) => (version == null ? 'current' : String(version));
const versionParam = (variant: string) => ({ version: variant === 'current' ? null : Number(variant) });

/** Rows come from claimgraph's own writer in the shapes of src/graphql/rows.ts: the one cast. */
const trusted = <T>(rows: Promise<unknown>) => rows as Promise<T>;

/**
 * Every loader of one request. Made per request so that no cache outlives it or crosses users.
 */
export function createLoaders(db: Database) {
  const nodes = loaderFamily((label) =>
    nodeLoader(db, { name: `node/${label}`, text: `UNWIND $ids AS id MATCH (n:${label} {id: id}) RETURN id, n {.*} AS node` }),
  );
  const relations = loaderFamily((variant) => {
    const [name, version] = variant.split('@') as [RelationName, string];
    return listLoader(db, relationQuery(name), versionParam(version));
  });
  const byVersion = (query: string) =>
    loaderFamily((variant) => listLoader(db, cypherFile(query), versionParam(variant)));
  const rowByVersion = (query: string) =>
    loaderFamily((variant) => nodeLoader(db, cypherFile(query), versionParam(variant)));
  const provenance = byVersion('queries/provenance');
  const contradictions = byVersion('queries/tension-contradictions');
  const stats = rowByVersion('queries/story-stats');
  const graphs = rowByVersion('queries/story-graph');
  const storyVersions = listLoader(db, cypherFile('queries/story-versions'));
  const sourcesByRef = nodeLoader(db, cypherFile('queries/sources-by-ref'));

  return {
    node: <T>(label: NodeLabel, id: string) => trusted<T | null>(nodes(label).load(id)),
    related: <T>(name: RelationName, id: string, version?: number | null) =>
      trusted<Related<T>[]>(relations(`${name}@${versionKey(version)}`).load(id)),
    provenance: <T>(claimId: string, version?: number | null) =>
      trusted<T[]>(provenance(versionKey(version)).load(claimId)),
    contradictions: <T>(tensionId: string, version?: number | null) =>
      trusted<T[]>(contradictions(versionKey(version)).load(tensionId)),
    storyStats: <T>(storyId: string, version?: number | null) => trusted<T | null>(stats(versionKey(version)).load(storyId)),
    storyGraph: <T>(storyId: string, version?: number | null) => trusted<T | null>(graphs(versionKey(version)).load(storyId)),
    storyVersions: <T>(storyId: string) => trusted<T[]>(storyVersions.load(storyId)),
    sourceByRef: <T>(storyId: string, ref: number) => trusted<T | null>(sourcesByRef.load(`${storyId}#${ref}`)),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
