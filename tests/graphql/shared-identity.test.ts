import { readFileSync } from 'node:fs';
import path from 'node:path';
import { projectRoot } from '../../src/config/config';
import { loadStory, storyFromText } from '../../src/ingest/load-story-file';
import { writeStoryGraph } from '../../src/ingest/write-story-graph';
import type { StoryGraphDocument } from '../../src/model/story-graph';
import { dataOf, errorCodes, startApiOverSeed, type ApiHarness } from '../support/graphql-harness';
import { byId, seed, sourceByRef, STORY_ID } from '../support/seed-story';

/**
 * Issue 11, item 8: a second story that cites one of the seed's sources (same title, publisher and
 * date, its own number) and quotes Zuckerberg's 'really smart people'. Each story keeps its own
 * records; both point to one shared identity of the source and one of the quote.
 */

const FILE = path.join(projectRoot, 'tests', 'fixtures', 'stories', 'workplace-monitoring-ai.v1.txt');
const OTHER_ID = 'story:workplace-monitoring-ai';
const SMART_PEOPLE = 'really smart people';

let api: ApiHarness;
let other: StoryGraphDocument;
let seedBefore: unknown;
let seedAfter: unknown;

/**
 * Every node of a story (the Story, its versions, its items and their states) and every edge at
 * them, with all properties; and the identities its items point to. Edges other stories' items
 * add to those identities are not the story's and are left out.
 */
async function storyDump(storyId: string): Promise<unknown> {
  return api.db.read(
    {
      name: 'test/story-dump',
      text: `
        MATCH (n) WHERE n.storyId = $storyId OR n.id = $storyId OR (n:StoryVersion AND n.storyId = $storyId)
        CALL (n) {
          MATCH (n)-[r]-(m)
          RETURN collect({type: type(r), out: startNode(r) = n, other: m.id, props: properties(r)}) AS edges
        }
        CALL (n) {
          OPTIONAL MATCH (n)-[:SAME_SOURCE_AS|SAME_CLAIM_AS]->(identity)
          RETURN collect(identity {.*, labels: labels(identity)}) AS identities
        }
        WITH n, edges, identities ORDER BY n.id
        RETURN labels(n) AS labels, properties(n) AS props, edges, identities`,
    },
    { storyId },
  ).then((rows) =>
    // Edges of one node in a stable order: the dump compares content, not the order Neo4j walks them in.
    rows.map((row) => ({ ...row, edges: (row.edges as unknown[]).map((edge) => JSON.stringify(edge)).sort() })),
  );
}

beforeAll(async () => {
  api = await startApiOverSeed();
  seedBefore = await storyDump(STORY_ID);
  other = (await loadStory(FILE)).document;
  await writeStoryGraph(api.db, other);
  seedAfter = await storyDump(STORY_ID);
});
afterAll(() => api.close());

interface IdentityJson {
  id: string;
  title?: string;
  sources?: { id: string; ref: number | null; story: { id: string } }[];
  stories?: { id: string }[];
}

const seedQuote = () => seed.claims.find((claim) => claim.text === SMART_PEOPLE && claim.speakerId === 'actor:mark-zuckerberg');
const otherQuote = () => other.claims.find((claim) => claim.text === SMART_PEOPLE && claim.speakerId === 'actor:mark-zuckerberg');

test('the fixture cites the seed’s source [2] under another number, and quotes the same words of the same speaker', () => {
  const cited = sourceByRef(2);
  const again = other.sources.find((source) => source.publisher === cited.publisher && source.publishedAt === cited.publishedAt);
  expect(again?.ref).not.toBe(cited.ref);
  expect(seedQuote()).toBeDefined();
  expect(otherQuote()).toBeDefined();
});

test('both stories’ records of one source point to one identity, which lists both and both stories', async () => {
  const cited = sourceByRef(2);
  const again = other.sources.find((source) => source.publisher === cited.publisher && source.publishedAt === cited.publishedAt);
  const { a, b } = dataOf(
    await api.query<{ a: { identity: IdentityJson | null }; b: { identity: IdentityJson | null } }>(
      `query($a: ID!, $b: ID!) {
        a: source(id: $a) { identity { id title publisher publishedAt sources { id ref story { id } } stories { id } } }
        b: source(id: $b) { identity { id } }
      }`,
      { a: cited.id, b: again?.id },
    ),
  );
  expect(a.identity?.id).toMatch(/^source-identity:/);
  expect(b.identity?.id).toBe(a.identity?.id);
  // The first story to cite it named it.
  expect(a.identity).toMatchObject({ title: cited.title, publisher: cited.publisher, publishedAt: cited.publishedAt });
  expect(a.identity?.sources).toEqual([
    { id: cited.id, ref: cited.ref, story: { id: STORY_ID } },
    { id: again?.id, ref: again?.ref, story: { id: OTHER_ID } },
  ]);
  expect(a.identity?.stories?.map((story) => story.id).sort()).toEqual([STORY_ID, OTHER_ID].sort());
});

test('a source only one story cites has an identity of its own story alone', async () => {
  const { source } = dataOf(
    await api.query<{ source: { identity: IdentityJson } }>(`{ source(id: "${sourceByRef(1).id}") { identity { sources { id } stories { id } } } }`),
  );
  expect(source.identity.sources).toEqual([{ id: sourceByRef(1).id }]);
  expect(source.identity.stories).toEqual([{ id: STORY_ID }]);
});

test('both stories’ Zuckerberg quotes point to one claim identity, whose mention count spans both stories', async () => {
  const [mine, theirs] = [seedQuote(), otherQuote()];
  const query = `query($a: ID!, $b: ID!) {
    a: claim(id: $a) { identity { id text speaker { id } mentionCount claims { id story { id } } } }
    b: claim(id: $b) { identity { id } }
  }`;
  type ClaimIdentityJson = { id: string; text: string; speaker: { id: string } | null; mentionCount: number; claims: { id: string; story: { id: string } }[] };
  const { a, b } = dataOf(await api.query<{ a: { identity: ClaimIdentityJson }; b: { identity: { id: string } } }>(query, { a: mine?.id, b: theirs?.id }));
  expect(a.identity.id).toMatch(/^claim-identity:/);
  expect(b.identity.id).toBe(a.identity.id);
  expect(a.identity).toMatchObject({ text: SMART_PEOPLE, speaker: { id: 'actor:mark-zuckerberg' } });
  expect(a.identity.claims).toEqual([
    { id: mine?.id, story: { id: STORY_ID } },
    { id: theirs?.id, story: { id: OTHER_ID } },
  ]);
  const mentions = (mine?.mentions.length ?? 0) + (theirs?.mentions.length ?? 0);
  expect(theirs?.mentions.length).toBeGreaterThan(0);
  expect(a.identity.mentionCount).toBe(mentions);
});

test('narrator claims never share an identity: each story’s narrator is its own actor', async () => {
  const { story } = dataOf(
    await api.query<{ story: { claims: { speaker: { kind: string }; identity: { claims: { id: string }[] } }[] } }>(
      `{ story(id: "${OTHER_ID}") { claims { speaker { kind } identity { claims { id } } } } }`,
    ),
  );
  const narrated = story.claims.filter((claim) => claim.speaker.kind === 'NARRATOR');
  expect(narrated.length).toBeGreaterThan(0);
  expect(narrated.filter((claim) => claim.identity.claims.length !== 1)).toEqual([]);
});

test('ingesting the second story leaves every item of the first as it was, property by property, edge by edge', () => {
  expect((seedBefore as unknown[]).length).toBeGreaterThan(seed.claims.length + seed.sources.length);
  expect(seedAfter).toEqual(seedBefore);
});

test('identities are nodes: found by id through node(id:), and by their own lookups; an unknown one is NOT_FOUND', async () => {
  const cited = sourceByRef(2);
  const { source } = dataOf(await api.query<{ source: { identity: { id: string } } }>(`{ source(id: "${cited.id}") { identity { id } } }`));
  const { claim } = dataOf(await api.query<{ claim: { identity: { id: string } } }>(`{ claim(id: "${seedQuote()?.id}") { identity { id } } }`));
  const found = dataOf(
    await api.query<Record<string, { __typename: string; id: string }>>(
      `query($s: ID!, $c: ID!) {
        node(id: $s) { __typename id }
        sourceIdentity(id: $s) { __typename id }
        claimIdentity(id: $c) { __typename id }
      }`,
      { s: source.identity.id, c: claim.identity.id },
    ),
  );
  expect(found).toEqual({
    node: { __typename: 'SourceIdentity', id: source.identity.id },
    sourceIdentity: { __typename: 'SourceIdentity', id: source.identity.id },
    claimIdentity: { __typename: 'ClaimIdentity', id: claim.identity.id },
  });
  expect(errorCodes(await api.query('{ sourceIdentity(id: "source-identity:000000000000") { id } }'))).toEqual(['NOT_FOUND']);
  expect(errorCodes(await api.query(`{ claimIdentity(id: "${source.identity.id}") { id } }`))).toEqual(['NOT_FOUND']);
});

describe('a version that retitles a source moves it to a new identity; the old version keeps the old one', () => {
  const OLD_TITLE = 'Monitoring at work: who reads the traces?';
  const NEW_TITLE = 'Monitoring at work: who reads your keystrokes?';
  let sourceId: string;

  const versionTwo = (title: string) => {
    const text = readFileSync(FILE, 'utf8');
    expect(text).toContain(OLD_TITLE);
    return storyFromText(text.replace('Version 1', 'Version 2').replace('2026-05-25 09:15 UTC', '2026-05-26 08:00 UTC').replace(OLD_TITLE, title), FILE);
  };
  const identityOf = async (id: string, version: number) => {
    const { story } = dataOf(
      await api.query<{ story: { sources: { id: string; identity: { id: string } }[] } }>(
        `query($version: Int) { story(id: "${OTHER_ID}") { sources(version: $version) { id identity { id } } } }`,
        { version },
      ),
    );
    return story.sources.find((source) => source.id === id)?.identity.id;
  };

  beforeAll(async () => {
    const v2 = versionTwo(NEW_TITLE);
    await writeStoryGraph(api.db, v2);
    sourceId = byId(v2.sources, 'source:workplace-monitoring-ai:2').id;
  });

  test('Source.identity at version 1 is the old title’s identity, at version 2 and now the new one’s', async () => {
    type SourcesJson = { sources: { id: string; title: string; identity: { id: string; title: string; sources: { id: string }[] } | null }[] };
    const { story } = dataOf(
      await api.query<{ story: { v1: SourcesJson['sources']; v2: SourcesJson['sources']; now: SourcesJson['sources'] } }>(
        `{ story(id: "${OTHER_ID}") {
          v1: sources(version: 1) { id title identity { id title sources { id } } }
          v2: sources(version: 2) { id title identity { id title sources { id } } }
          now: sources { id title identity { id title sources { id } } }
        } }`,
      ),
    );
    const at = (sources: SourcesJson['sources']) => sources.find((source) => source.id === sourceId);
    expect(at(story.v1)).toMatchObject({ title: OLD_TITLE, identity: { title: OLD_TITLE, sources: [{ id: sourceId }] } });
    expect(at(story.v2)).toMatchObject({ title: NEW_TITLE, identity: { title: NEW_TITLE, sources: [{ id: sourceId }] } });
    expect(at(story.v2)?.identity?.id).not.toBe(at(story.v1)?.identity?.id);
    expect(at(story.now)?.identity?.id).toBe(at(story.v2)?.identity?.id);
  });

  test('read now, the old identity no longer lists the source: its edge holds version 1 only', async () => {
    const old = await identityOf(sourceId, 1);
    const { sourceIdentity } = dataOf(await api.query<{ sourceIdentity: { sources: unknown[]; stories: unknown[] } }>(`{ sourceIdentity(id: "${old}") { sources { id } stories { id } } }`));
    expect(sourceIdentity).toEqual({ sources: [], stories: [] });
  });

  // Runs last: it rewrites version 2.
  test('version 2 ingested again with another title drops the identity no story records any longer, and keeps version 1’s', async () => {
    const [before1, before2] = [await identityOf(sourceId, 1), await identityOf(sourceId, 2)];
    await writeStoryGraph(api.db, versionTwo('Monitoring at work: a third title'));
    const after2 = await identityOf(sourceId, 2);
    expect(after2).not.toBe(before2);
    expect(await identityOf(sourceId, 1)).toBe(before1);
    expect(errorCodes(await api.query(`{ sourceIdentity(id: "${before2}") { id } }`))).toEqual(['NOT_FOUND']);
    expect(dataOf(await api.query<{ sourceIdentity: { id: string } }>(`{ sourceIdentity(id: "${before1}") { id } }`)).sourceIdentity.id).toBe(before1);
  });
});
