import type { CypherQuery } from '../db/cypher-file';
import type { Database } from '../db/database';
import type { LoadedStory } from '../ingest/load-story-file';
import { ITEM_STATE, inVersion, propertiesAt, STORY_VERSION } from '../model/graph-vocabulary';
import { storyGraphAtVersion, type GraphAtVersion } from '../model/story-graph-at-version';
import type { StoryNode } from '../model/story-graph';
import { apiError } from './errors';

/**
 * Some versions of one story as the graph holds them, in one statement: each version's items with
 * their properties as it held them, its actors, and every edge among them; with the version's
 * document text (raw evidence, for the lines of the consistency report).
 */
export const STORY_VERSIONS_QUERY: CypherQuery = {
  name: 'history/storyVersions',
  text: [
    'UNWIND $numbers AS number',
    `MATCH (s:Story {id: $storyId})-[:${STORY_VERSION.type}]->(v:${STORY_VERSION.label} {number: number})`,
    'CALL (s, number) {',
    '  MATCH (s)<-[:IN_STORY]-(n)',
    `  WHERE ${inVersion('n', 'number')}`,
    `  RETURN collect({label: labels(n)[0], node: ${propertiesAt('n', 'number')}}) AS items`,
    '}',
    'CALL (s, number) {',
    '  MATCH (s)<-[r:APPEARS_IN]-(a:Actor)',
    `  WHERE ${inVersion('r', 'number')}`,
    '  RETURN collect(a {.*}) AS actors',
    '}',
    'CALL (s, number) {',
    '  MATCH (s)<-[:IN_STORY]-(n)-[r]-()',
    `  WHERE NOT type(r) IN ['IN_STORY', '${ITEM_STATE.type}'] AND ${inVersion('r', 'number')}`,
    '  WITH DISTINCT r',
    '  RETURN collect({type: type(r), from: startNode(r).id, to: endNode(r).id, props: r {.*}}) AS edges',
    '}',
    'RETURN number, s {.*} AS story, v {.updatedAt, .itemCount, .sourceFile, .sourceText} AS version, items, actors, edges',
  ].join('\n'),
};

type Row = Record<string, unknown>;

/** The story node of a version: its number and its counts are the version's own; its words are the story's newest. */
function storyAt(number: number, story: Row, version: Row, actors: Row[]): StoryNode {
  return {
    id: String(story.id),
    title: String(story.title),
    version: number,
    updatedAt: String(version.updatedAt),
    itemCount: Number(version.itemCount),
    what: String(story.what),
    whyItMatters: String(story.whyItMatters),
    narratorId: String(story.narratorId ?? actors.find((actor) => actor.kind === 'narrator')?.id ?? ''),
  };
}

/**
 * Versions of a story as the graph holds them (graph-vocabulary.ts, propertiesAt), in the order
 * asked, each with the text of its document where it was ingested from one; a version the story
 * never had is NOT_FOUND.
 */
export async function storyVersionsFromGraph(db: Database, storyId: string, numbers: number[]): Promise<LoadedStory[]> {
  const rows = await db.read(STORY_VERSIONS_QUERY, { storyId, numbers });
  const versions = new Map(
    rows.map((row): [number, LoadedStory] => {
      const number = Number(row.number);
      const [version, actors] = [row.version as Row, row.actors as Row[]];
      const graph = { ...(row as unknown as GraphAtVersion), story: storyAt(number, row.story as Row, version, actors) };
      return [
        number,
        {
          document: storyGraphAtVersion(graph),
          ...(typeof version.sourceText === 'string' && { source: { file: String(version.sourceFile), text: version.sourceText } }),
        },
      ];
    }),
  );
  return numbers.map((number) => {
    const version = versions.get(number);
    if (!version) throw apiError('NOT_FOUND', `${storyId} has no version ${number}`, { storyId, version: number });
    return version;
  });
}
