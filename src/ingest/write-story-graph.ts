import type { CypherQuery } from '../db/cypher-file';
import { cypherFile } from '../db/cypher-file';
import type { Database, WriteCounters } from '../db/database';
import type { StoryGraphDocument } from '../model/story-graph';
import { graphRows, type LinkSpec, type StoryLabel } from './graph-rows';

export class VersionConflictError extends Error {
  constructor(
    readonly storyId: string,
    readonly version: number,
    readonly latestVersion: number,
  ) {
    super(`${storyId} is at version ${latestVersion} already; refusing to ingest older version ${version}`);
    this.name = 'VersionConflictError';
  }
}

export interface WriteSummary {
  storyId: string;
  version: number;
  /** What the story holds in this version, by label (or relationship type). */
  nodes: Record<string, number>;
  relationships: Record<string, number>;
  /** What the server changed; ingesting the same version again creates and deletes nothing. */
  changes: WriteCounters;
}

const BATCH_SIZE = 1000;

const addVersion = (variable: string) =>
  `${variable}.versions = CASE WHEN $version IN coalesce(${variable}.versions, []) ` +
  `THEN ${variable}.versions ELSE coalesce(${variable}.versions, []) + $version END`;

// Labels and relationship types cannot be parameters in Cypher; these come only from graph-rows' constants.
const upsertNodes = (label: StoryLabel): CypherQuery => ({
  name: `upsert-${label}`,
  text: `UNWIND $rows AS row MERGE (n:${label} {id: row.id}) SET n += row.props, ${addVersion('n')}`,
});

const upsertLinks = (spec: LinkSpec): CypherQuery => {
  const identity = spec.identity.map((key) => `${key}: row.key.${key}`).join(', ');
  return {
    name: `link-${spec.from}-${spec.type}-${spec.to}`,
    text:
      `UNWIND $rows AS row MATCH (a:${spec.from} {id: row.from}) MATCH (b:${spec.to} {id: row.to}) ` +
      `MERGE (a)-[r:${spec.type}${identity ? ` {${identity}}` : ''}]->(b) SET r += row.props, ${addVersion('r')}`,
  };
};

function* batches<T>(rows: T[]): Generator<T[]> {
  for (let i = 0; i < rows.length; i += BATCH_SIZE) yield rows.slice(i, i + BATCH_SIZE);
}

/**
 * Writes one version of a story in one transaction: all of it or none of it. Writing the same
 * version again leaves the graph as it was; a newer version keeps the older ones' history.
 */
export async function writeStoryGraph(db: Database, doc: StoryGraphDocument): Promise<WriteSummary> {
  const storyId = doc.story.id;
  const version = doc.story.version;
  const rows = graphRows(doc);

  return db.write(async (tx) => {
    const [current] = await tx.run(cypherFile('ingest/latest-version'), { storyId });
    const latestVersion = typeof current?.latestVersion === 'number' ? current.latestVersion : undefined;
    if (latestVersion !== undefined && latestVersion > version) {
      throw new VersionConflictError(storyId, version, latestVersion);
    }
    if (latestVersion === version) await tx.run(cypherFile('ingest/retract-version'), { storyId, version });

    await tx.run(cypherFile('ingest/upsert-story'), {
      story: doc.story,
      versionId: `${storyId}@${version}`,
      document: JSON.stringify(doc),
    });
    for (const batch of batches(rows.actors)) await tx.run(cypherFile('ingest/upsert-actors'), { rows: batch });
    for (const { label, rows: nodeRows } of rows.nodes) {
      for (const batch of batches(nodeRows)) await tx.run(upsertNodes(label), { rows: batch, version });
    }
    for (const { spec, rows: linkRows } of rows.links) {
      for (const batch of batches(linkRows)) await tx.run(upsertLinks(spec), { rows: batch, version });
    }
    await tx.run(cypherFile('ingest/prune-retracted'), { storyId });
    await tx.run(cypherFile('ingest/mark-current'), { storyId });

    const tally = (entries: [string, number][]) =>
      entries.reduce<Record<string, number>>((acc, [key, n]) => ({ ...acc, [key]: (acc[key] ?? 0) + n }), {});
    return {
      storyId,
      version,
      nodes: tally([
        ['Story', 1],
        ['Actor', rows.actors.length],
        ...rows.nodes.map(({ label, rows: r }): [string, number] => [label, r.length]),
      ]),
      relationships: tally(rows.links.map(({ spec, rows: r }): [string, number] => [spec.type, r.length])),
      changes: { ...tx.counters },
    };
  });
}
