import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import { graphRows } from '../../src/ingest/graph-rows';
import { loadStory } from '../../src/ingest/load-story-file';
import { writeStoryGraph } from '../../src/ingest/write-story-graph';
import { RELATIONSHIPS } from '../../src/model/graph-vocabulary';
import { diffStoryVersions } from '../../src/model/story-diff';
import type { StoryGraphDocument } from '../../src/model/story-graph';
import { luminaV1 } from '../fixtures/stories/story-fixtures';
import { dataOf, errorCodes, roundTripsOf, startApiOverSeed, type ApiHarness } from '../support/graphql-harness';
import { nextVersion, storyEdit, type StoryEdit } from '../support/story-edits';

/**
 * `version: N` answers what the dry-run of version N says (parseStory + overlay, as `claimgraph
 * ingest --dry-run`), field by field and relation by relation, with both ends of every edge
 * agreeing: for random v1→v2 edits of the fixture story, ingested v1 then v2, every item of every
 * kind is read at version 1 and at version 2 and compared with the document of that version. Then,
 * with the documents stored beside the versions dropped, `diff` still answers what the dry-runs'
 * diff says: the graph is the one history.
 */

let api: ApiHarness;
beforeAll(async () => {
  api = await startApiOverSeed();
});
afterAll(() => api.close());

type Relationship = keyof typeof RELATIONSHIPS;
/** A relation field: the relationship(s) it follows and from which end; `pick` reads the neighbour's id off one answer item. */
interface RelationField {
  via: Relationship[];
  from: 'start' | 'end';
  selection?: string;
  pick?: (item: Record<string, unknown>) => unknown;
  /** Also compare the neighbour's title as the version held it (a claim's sources come through provenance.cypher). */
  titled?: boolean;
}
const out = (...via: Relationship[]): RelationField => ({ via, from: 'start' });
const back = (...via: Relationship[]): RelationField => ({ via, from: 'end' });
const idOf = (value: unknown) => (value as { id: string }).id;

/** Scalar fields per type, with those that are enums (the API writes them SCREAMING_SNAKE). */
const TYPES = {
  sources: {
    label: 'Source',
    fields: ['ref', 'title', 'publisher', 'publishedAt', 'recordedAt', 'kind', 'channel'],
    relations: {
      claims: back('claimCites'),
      events: back('eventCites'),
      questions: back('questionCites'),
      tensions: back('tensionCites'),
      authors: out('authoredBy'),
      publishedBy: out('publishedBy'),
      derivedFrom: { ...out('derivedFrom'), selection: '{ from { id } }', pick: (item) => idOf(item.from) },
      derivatives: { ...back('derivedFrom'), selection: '{ source { id } }', pick: (item) => idOf(item.source) },
    },
  },
  claims: {
    label: 'Claim',
    fields: ['text', 'kind', 'quote', 'verbatim', 'section', 'position', 'sourceRefs'],
    relations: {
      sources: { ...out('claimCites'), selection: '{ id title }', pick: (item) => `${idOf(item)} ${String(item.title)}`, titled: true },
      // An alias: provenance's cited sources, as provenance.cypher reads them.
      provenanceSources: {
        ...out('claimCites'),
        selection: ': provenance { sources { source { id title } } }',
        pick: (item) => (item.sources as { source: { id: string; title: string } }[]).map(({ source }) => `${source.id} ${source.title}`),
        titled: true,
      },
      supports: out('supports'),
      supportedBy: back('supports'),
      contradicts: out('contradicts'),
      contradictedBy: back('contradicts'),
      tensions: back('hasSide'),
      questions: back('concernsClaim'),
      assertedBy: back('asserts'),
    },
  },
  timeline: {
    label: 'Event',
    fields: ['date', 'datePrecision', 'text', 'position', 'sourceRefs'],
    relations: { sources: out('eventCites'), participants: back('participatedIn'), questions: back('concernsEvent') },
  },
  questions: {
    label: 'Question',
    fields: ['text', 'position', 'sourceRefs'],
    relations: {
      sources: out('questionCites'),
      concerns: { ...out('concernsClaim', 'concernsEvent', 'concernsActor'), selection: '{ ... on Claim { id } ... on Event { id } ... on Actor { id } }' },
    },
  },
  perspectives: {
    label: 'Perspective',
    fields: ['label', 'qualifier', 'channel', 'stance', 'evolution', 'position'],
    relations: { actors: out('heldBy') },
  },
  tensions: {
    label: 'Tension',
    fields: ['text', 'position'],
    relations: { sources: out('tensionCites') },
  },
  actors: {
    label: null,
    fields: ['name', 'kind'],
    relations: {
      perspectives: back('heldBy'),
      events: out('participatedIn'),
      claims: out('asserts'),
      published: back('publishedBy'),
      authored: back('authoredBy'),
      questions: back('concernsActor'),
    },
  },
} as const satisfies Record<string, { label: string | null; fields: string[]; relations: Record<string, RelationField> }>;
type Kind = keyof typeof TYPES;
const KINDS = Object.keys(TYPES) as Kind[];
const ENUM_FIELDS = new Set(['kind', 'channel', 'section', 'datePrecision']);
const relationsOf = (kind: Kind): [string, RelationField][] => Object.entries(TYPES[kind].relations);

const selectionOf = (kind: Kind) =>
  [
    'id',
    ...TYPES[kind].fields,
    ...relationsOf(kind).map(([field, relation]) => `${field} ${relation.selection ?? '{ id }'}`),
    ...(kind === 'tensions' ? ['sideA { label claims { id } }', 'sideB { label claims { id } }'] : []),
  ].join(' ');

/** One query per kind: all of them at once would cost more than the API allows one operation. */
const queryOf = (kind: Kind) => `query($id: ID!, $version: Int) { story(id: $id) { ${kind}(version: $version) { ${selectionOf(kind)} } } }`;

/** Every kind of item of a story at a version, as the API serves it. */
async function servedAt(storyId: string, version: number): Promise<Record<Kind, Record<string, unknown>[]>> {
  const answers = await Promise.all(
    KINDS.map(async (kind) => {
      const { story } = dataOf(await api.query<{ story: Record<Kind, Record<string, unknown>[]> }>(queryOf(kind), { id: storyId, version }));
      return [kind, story[kind]] as const;
    }),
  );
  return Object.fromEntries(answers) as Record<Kind, Record<string, unknown>[]>;
}

/** A stored value as the API writes it. */
function asServed(field: string, value: unknown): unknown {
  if (value === null || value === undefined) return null;
  if (ENUM_FIELDS.has(field)) return String(value).toUpperCase().replace(/-/g, '_');
  if (typeof value === 'object' && !Array.isArray(value)) return String(value);
  return value;
}

/** What the API must answer at a version, from that version's document alone. */
function expectedOf(doc: StoryGraphDocument, storyItems: Set<string>) {
  const rows = graphRows(doc);
  const propsOf = new Map(rows.nodes.flatMap(({ rows: nodes }) => nodes.map((node) => [node.id, node.props] as const)));
  for (const actor of rows.actors) propsOf.set(actor.id, { name: actor.name, kind: actor.kind });
  const neighbours = (id: string, relation: RelationField) =>
    [
      ...new Set<string>(
        relation.via.flatMap((name) =>
          (rows.links.find((links) => links.spec === RELATIONSHIPS[name])?.rows ?? []).flatMap((row) =>
            relation.from === 'start' ? (row.from === id ? [row.to] : []) : row.to === id ? [row.from] : [],
          ),
        ),
      ),
    ]
      .map((n) => (relation.titled ? `${n} ${String(propsOf.get(n)?.title)}` : n))
      .sort();
  const sideOf = (tensionId: string, side: 'A' | 'B') => {
    const tension = doc.tensions.find((t) => t.id === tensionId);
    const tensionSide = side === 'A' ? tension?.sideA : tension?.sideB;
    return { label: tensionSide?.label, claims: [...new Set(tensionSide?.claimIds)].sort() };
  };
  const items = (kind: Kind): { id: string }[] => (kind === 'timeline' ? doc.events : doc[kind]);
  return Object.fromEntries(
    KINDS.map((kind) => [
      kind,
      items(kind)
        .map(({ id }): Record<string, unknown> => ({
          id,
          ...Object.fromEntries(TYPES[kind].fields.map((field) => [field, asServed(field, propsOf.get(id)?.[field])])),
          ...Object.fromEntries(relationsOf(kind).map(([field, relation]) => [field, neighbours(id, relation).filter((n) => kind !== 'actors' || storyItems.has(n.split(' ')[0] ?? ''))])),
          ...(kind === 'tensions' ? { sideA: sideOf(id, 'A'), sideB: sideOf(id, 'B') } : {}),
        }))
        .sort((a, b) => String(a.id).localeCompare(String(b.id))),
    ]),
  );
}

/** The API's answer in the shape of expectedOf: relation lists as sorted ids (an actor's only within this story). */
function servedOf(story: Record<Kind, Record<string, unknown>[]>, storyItems: Set<string>) {
  const ids = (value: unknown, relation: RelationField) => {
    const list = value === null ? [] : Array.isArray(value) ? value : [value];
    return [...new Set(list.flatMap((item) => (relation.pick ? relation.pick(item as Record<string, unknown>) : idOf(item)) as string | string[]))].sort();
  };
  const side = (value: unknown) => {
    const { label, claims } = value as { label: string; claims: { id: string }[] };
    return { label, claims: [...new Set(claims.map(idOf))].sort() };
  };
  return Object.fromEntries(
    KINDS.map((kind) => [
      kind,
      story[kind]
        .map((item): Record<string, unknown> => ({
          ...item,
          ...Object.fromEntries(
            relationsOf(kind).map(([field, relation]) => [field, ids(item[field], relation).filter((n) => kind !== 'actors' || storyItems.has(n))]),
          ),
          ...(kind === 'tensions' ? { sideA: side(item.sideA), sideB: side(item.sideB) } : {}),
        }))
        .sort((a, b) => String(a.id).localeCompare(String(b.id))),
    ]),
  );
}

const itemIds = (doc: StoryGraphDocument) =>
  [doc.sources, doc.claims, doc.events, doc.questions, doc.perspectives, doc.tensions, doc.claims.flatMap((c) => c.mentions)].flatMap((items) =>
    items.map((item) => item.id),
  );

/** Drops the documents stored with the story's versions: the graph alone must answer its history. */
const forgetDocuments = (storyId: string) =>
  api.db.write((tx) => tx.run({ name: 'test/forget-documents', text: 'MATCH (v:StoryVersion {storyId: $storyId}) REMOVE v.document' }, { storyId }));

const DIFF_QUERY = `query($id: ID!) { story(id: $id) { diff(from: 1, to: 2) {
  added { kind id summary } removed { kind id summary } changed { kind id summary fields { field before after } } } } }`;

type Diff = Record<'added' | 'removed' | 'changed', { kind: string; id: string }[]>;
const byId = (diff: Diff) => Object.fromEntries(Object.entries(diff).map(([key, items]) => [key, [...items].sort((a, b) => a.id.localeCompare(b.id))]));

async function servedDiff(storyId: string) {
  return byId(dataOf(await api.query<{ story: { diff: Diff } }>(DIFF_QUERY, { id: storyId })).story.diff);
}

/** The diff of the two dry-runs as the API writes it (enum kinds, JSON values). */
function diffOf(before: StoryGraphDocument, after: StoryGraphDocument) {
  const { added, removed, changed } = diffStoryVersions(before, after);
  const kind = <T extends { kind: string }>(item: T) => ({ ...item, kind: item.kind.toUpperCase() });
  const json = (value: unknown) => (value === null ? null : JSON.stringify(value));
  return byId({
    added: added.map(kind),
    removed: removed.map(kind),
    changed: changed.map((item) => ({ ...kind(item), fields: item.fields.map((f) => ({ field: f.field, before: json(f.before), after: json(f.after) })) })),
  });
}

/** The root lists, filtered to one story at a version: what their nodes and one nested relation say. */
const LISTS_QUERY = `query($filter: PerspectiveFilter, $events: EventFilter) {
  perspectives(filter: $filter, first: 100) { nodes { id evolution position actors { id } } }
  events(filter: $events, orderBy: {field: POSITION}, first: 100) { nodes { id text position date sources { id } } }
}`;

async function listedAt(storyId: string, at: { version?: number; asOf?: string }) {
  const filter = { storyId, ...at };
  return dataOf(await api.query<Record<string, { nodes: unknown[] }>>(LISTS_QUERY, { filter, events: filter }));
}

function listedOf(doc: StoryGraphDocument) {
  const rows = graphRows(doc);
  // In the API's orders: sources by their number, actors by name.
  const refOf = (id: string) => Number(id.split(':').at(-1));
  const cited = (id: string) =>
    (rows.links.find((links) => links.spec === RELATIONSHIPS.eventCites)?.rows ?? [])
      .filter((row) => row.from === id)
      .map((row) => row.to)
      .sort((a, b) => refOf(a) - refOf(b))
      .map((to) => ({ id: to }));
  const nameOf = (id: string) => doc.actors.find((actor) => actor.id === id)?.name ?? '';
  const byName = (ids: string[]) => [...ids].sort((a, b) => nameOf(a).localeCompare(nameOf(b)) || a.localeCompare(b)).map((id) => ({ id }));
  return {
    perspectives: {
      nodes: [...doc.perspectives]
        .sort((a, b) => a.position - b.position)
        .map((p) => ({ id: p.id, evolution: p.evolution ?? null, position: p.position, actors: byName(p.holderIds) })),
    },
    events: {
      nodes: [...doc.events]
        .sort((a, b) => a.position - b.position)
        .map((e) => ({ id: e.id, text: e.text, position: e.position, date: e.date, sources: cited(e.id) })),
    },
  };
}

/** Story.graph's captions of the story's own items at a version (mentions are not drawn). */
async function captionsAt(storyId: string, version: number) {
  const query = 'query($id: ID!, $version: Int) { story(id: $id) { graph(version: $version) { nodes { id type caption } } } }';
  const { story } = dataOf(await api.query<{ story: { graph: { nodes: { id: string; type: string; caption: string }[] } } }>(query, { id: storyId, version }));
  return story.graph.nodes.filter((node) => node.type !== 'Actor').sort((a, b) => a.id.localeCompare(b.id));
}

function captionsOf(doc: StoryGraphDocument) {
  return graphRows(doc)
    .nodes.filter(({ label }) => label !== 'Mention')
    .flatMap(({ label, rows }) =>
      rows.map(({ id, props }) => ({ id, type: label, caption: String(props.title ?? props.label ?? props.quote ?? props.text ?? id) })),
    )
    .sort((a, b) => a.id.localeCompare(b.id));
}

let run = 0;
const directory = mkdtempSync(path.join(tmpdir(), 'claimgraph-history-'));

/** Both versions as the dry-run makes them, from files named like the fixture so the story id is this run's own. */
async function dryRuns(edits: StoryEdit[]) {
  run += 1;
  const slug = `lumina-history-${run}`;
  const write = (version: number, text: string) => {
    const file = path.join(directory, `${slug}.v${version}.txt`);
    writeFileSync(file, text);
    return loadStory(file);
  };
  return [await write(1, luminaV1), await write(2, nextVersion(luminaV1, edits))] as const;
}

test('version: N answers what the dry-run of version N says, for random v1→v2 edits of the fixture', async () => {
  await fc.assert(
    fc.asyncProperty(fc.array(storyEdit, { minLength: 1, maxLength: 3 }), async (edits) => {
      const versions = await dryRuns(edits);
      for (const { document, source } of versions) await writeStoryGraph(api.db, document, source);
      const storyItems = new Set(versions.flatMap(({ document }) => itemIds(document)));
      for (const [index, { document }] of versions.entries()) {
        expect(servedOf(await servedAt(document.story.id, index + 1), storyItems)).toEqual(expectedOf(document, storyItems));
      }
      for (const [index, { document }] of versions.entries()) {
        expect(await listedAt(document.story.id, { version: index + 1 })).toEqual(listedOf(document));
        expect(await captionsAt(document.story.id, index + 1)).toEqual(captionsOf(document));
      }
      const [before, after] = versions.map(({ document }) => document) as [StoryGraphDocument, StoryGraphDocument];
      await forgetDocuments(before.story.id);
      expect(await servedDiff(before.story.id)).toEqual(diffOf(before, after));
    }),
    { numRuns: 8, endOnFailure: true },
  );
}, 120_000);

describe('asOf: record time', () => {
  const listsQuery = (at: string) =>
    `query($id: ID!${at.includes('$version') ? ', $version: Int' : ''}${at.includes('$asOf') ? ', $asOf: DateTime' : ''}) { story(id: $id) { ${(['claims', 'perspectives', 'timeline'] as const)
      .map((kind) => `${kind}(${at}) { ${selectionOf(kind)} }`)
      .join(' ')} } }`;
  const read = async (storyId: string, variables: { version?: number; asOf?: string }, at: string) =>
    api.query<{ story: Record<string, unknown> }>(listsQuery(at), { id: storyId, ...variables });

  test('the newest version recorded at or before the instant, every field and relation as version: N reads it', async () => {
    const edits = fc.sample(fc.array(storyEdit, { minLength: 2, maxLength: 3 }), { numRuns: 1, seed: 11 })[0] ?? [];
    const versions = await dryRuns(edits);
    const storyId = versions[0].document.story.id;
    for (const { document, source } of versions) await writeStoryGraph(api.db, document, source);
    const { story } = dataOf(await api.query<{ story: { versions: { number: number; recordedAt: string }[] } }>(
      'query($id: ID!) { story(id: $id) { versions { number recordedAt } } }',
      { id: storyId },
    ));
    expect(story.versions.map((v) => v.number)).toEqual([1, 2]);
    const byTime = [];
    for (const { number, recordedAt } of story.versions) {
      byTime.push(dataOf(await read(storyId, { asOf: recordedAt }, 'asOf: $asOf')));
      expect(byTime.at(-1)).toEqual(dataOf(await read(storyId, { version: number }, 'version: $version')));
      expect(await listedAt(storyId, { asOf: recordedAt })).toEqual(await listedAt(storyId, { version: number }));
    }
    // The edits changed what these lists hold, so the two instants are told apart.
    expect(byTime[0]).not.toEqual(byTime[1]);
    const before = new Date(Date.parse(story.versions[0]?.recordedAt ?? '') - 1000).toISOString();
    expect(errorCodes(await read(storyId, { asOf: before }, 'asOf: $asOf'))).toContain('NOT_FOUND');
    const both = await read(storyId, { version: 1, asOf: story.versions[1]?.recordedAt ?? '' }, 'version: $version, asOf: $asOf');
    expect(errorCodes(both)).toContain('BAD_USER_INPUT');
  }, 60_000);
});

test('a read at a version batches like a default read: one statement per relation field of the selection', async () => {
  const [{ document }] = await dryRuns([]);
  await writeStoryGraph(api.db, document);
  const query = `query($id: ID!) { story(id: $id) {
    sources(version: 1, first: 10) { title claims(first: 5) { text tensions(first: 3) { text sources(first: 3) { title } } } publishedBy { name perspectives(first: 5) { evolution } } }
  } }`;
  const response = await api.query(query, { id: document.story.id });
  dataOf(response);
  const current = await api.query(query.replace('version: 1, ', ''), { id: document.story.id });
  // One statement per relation field of the selection (story, sources, claims, publishers, tensions, perspectives, their sources).
  expect(roundTripsOf(current)).toBe(7);
  expect(roundTripsOf(response)).toBe(roundTripsOf(current));
});
