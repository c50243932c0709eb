import { cypherFile } from '../../db/cypher-file';
import type { Database, Row } from '../../db/database';
import type { PlainValue } from '../../db/plain-value';
import { listLoader, loaderFamily, nodeLoader } from './batch-loaders';
import { provenanceLoader, type LoadedProvenance } from './provenance-loader';
import { relationQuery, twoWayOf, twoWayQuery, type RelationName, type TwoWayName } from './relations';

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
  const twoWays = loaderFamily((variant) => {
    const [pair, version] = variant.split('@') as [TwoWayName, string];
    return listLoader(db, twoWayQuery(pair), versionParam(version));
  });
  const related = async (name: RelationName, variant: string, id: string): Promise<PlainValue[]> => {
    const twoWay = twoWayOf(name);
    if (!twoWay) return relations(`${name}@${variant}`).load(id);
    const items = trusted<(Related<PlainValue> & Record<'out' | 'in', boolean>)[]>(twoWays(`${twoWay.pair}@${variant}`).load(id));
    return (await items).filter((item) => item[twoWay.end]).map(({ node, edge }) => ({ node, edge }));
  };
  const byVersion = (query: string) =>
    loaderFamily((variant) => listLoader(db, cypherFile(query), versionParam(variant)));
  const rowByVersion = (query: string) =>
    loaderFamily((variant) => nodeLoader(db, cypherFile(query), versionParam(variant)));
  const provenance = loaderFamily((variant) =>
    provenanceLoader(db, versionParam(variant), {
      // The typed rows go back into caches of the plain values they were read as.
      source: (node) => nodes('Source').prime(node.id, node as unknown as Row),
      related: (name, sourceId, items) => relations(`${name}@${variant}`).prime(sourceId, items as unknown as PlainValue[]),
    }),
  );
  const contradictions = byVersion('queries/tension-contradictions');
  const stats = rowByVersion('queries/story-stats');
  const graphs = rowByVersion('queries/story-graph');
  const storyVersions = listLoader(db, cypherFile('queries/story-versions'));
  const sourcesByRef = nodeLoader(db, cypherFile('queries/sources-by-ref'));

  return {
    node: <T>(label: NodeLabel, id: string) => trusted<T | null>(nodes(label).load(id)),
    related: <T>(name: RelationName, id: string, version?: number | null) =>
      trusted<Related<T>[]>(related(name, versionKey(version), id)),
    provenance: (claimId: string, version?: number | null): Promise<LoadedProvenance | null> =>
      provenance(versionKey(version)).load(claimId),
    contradictions: <T>(tensionId: string, version?: number | null) =>
      trusted<T[]>(contradictions(versionKey(version)).load(tensionId)),
    storyStats: <T>(storyId: string, version?: number | null) => trusted<T | null>(stats(versionKey(version)).load(storyId)),
    storyGraph: <T>(storyId: string, version?: number | null) => trusted<T | null>(graphs(versionKey(version)).load(storyId)),
    storyVersions: <T>(storyId: string) => trusted<T[]>(storyVersions.load(storyId)),
    sourceByRef: <T>(storyId: string, ref: number) => trusted<T | null>(sourcesByRef.load(`${storyId}#${ref}`)),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
