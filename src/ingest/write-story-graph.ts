import type { CypherQuery } from '../db/cypher-file';
import { cypherFile } from '../db/cypher-file';
import type { Database, WriteCounters } from '../db/database';
import type { StoryGraphDocument } from '../model/story-graph';
import type { StorySource } from './load-story-file';
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

/** Of what a version holds under one label or relationship type: how much, and how much was new. */
export interface Tally {
  total: number;
  created: number;
}

export interface WriteSummary {
  storyId: string;
  version: number;
  nodes: Record<string, Tally>;
  relationships: Record<string, Tally>;
  /** What the server changed in all; ingesting the same version again creates and deletes nothing. */
  changes: WriteCounters;
}

const addTo = (tallies: Record<string, Tally>, key: string, total: number, created: number) => {
  const tally = (tallies[key] ??= { total: 0, created: 0 });
  tally.total += total;
  tally.created += created;
};

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
 * The story document's text, when given, is kept with the version, for its consistency report.
 */
export async function writeStoryGraph(db: Database, doc: StoryGraphDocument, source?: StorySource): Promise<WriteSummary> {
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

    const nodes: Record<string, Tally> = {};
    const relationships: Record<string, Tally> = {};
    // The counters grow with each statement; their growth over one statement is that label's share.
    const created = async (run: () => Promise<unknown>) => {
      const { nodesCreated, relationshipsCreated } = tx.counters;
      await run();
      return { nodes: tx.counters.nodesCreated - nodesCreated, relationships: tx.counters.relationshipsCreated - relationshipsCreated };
    };

    const story = await created(() =>
      tx.run(cypherFile('ingest/upsert-story'), {
        story: doc.story,
        versionId: `${storyId}@${version}`,
        document: JSON.stringify(doc),
        sourceFile: source?.file ?? null,
        sourceText: source?.text ?? null,
      }),
    );
    // A new version adds its StoryVersion node; only a new story adds the Story node as well.
    addTo(nodes, 'Story', 1, story.nodes === 2 ? 1 : 0);
    addTo(nodes, 'StoryVersion', 1, story.nodes >= 1 ? 1 : 0);
    addTo(relationships, 'HAS_VERSION', 1, story.relationships);
    for (const batch of batches(rows.actors)) {
      addTo(nodes, 'Actor', batch.length, (await created(() => tx.run(cypherFile('ingest/upsert-actors'), { rows: batch }))).nodes);
    }
    for (const { label, rows: nodeRows } of rows.nodes) {
      for (const batch of batches(nodeRows)) {
        addTo(nodes, label, batch.length, (await created(() => tx.run(upsertNodes(label), { rows: batch, version }))).nodes);
      }
    }
    for (const { spec, rows: linkRows } of rows.links) {
      for (const batch of batches(linkRows)) {
        const made = await created(() => tx.run(upsertLinks(spec), { rows: batch, version }));
        addTo(relationships, spec.type, batch.length, made.relationships);
      }
    }
    await tx.run(cypherFile('ingest/prune-retracted'), { storyId });
    await tx.run(cypherFile('ingest/mark-current'), { storyId });
    return { storyId, version, nodes, relationships, changes: { ...tx.counters } };
  });
}
