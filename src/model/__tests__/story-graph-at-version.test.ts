import { readFileSync } from 'node:fs';
import path from 'node:path';
import { graphRows } from '../../ingest/graph-rows';
import { storyGraphAtVersion, type GraphAtVersion } from '../story-graph-at-version';
import { StoryGraphDocument } from '../story-graph';

/**
 * The graph holds a version as the writer's rows (graph-rows.ts); rebuilding the document from
 * them gives the document back, but for the lists the graph keeps as edges, which come in id order.
 */

const seed = StoryGraphDocument.parse(
  JSON.parse(readFileSync(path.join(__dirname, '../../../seed/meta-surveillance-layoffs.graph.json'), 'utf8')),
);

/** What the graph would answer for the document's version: its rows, with dates as the database door writes them. */
function graphOf(doc: StoryGraphDocument): GraphAtVersion {
  const plain = (props: Record<string, unknown>) =>
    Object.fromEntries(Object.entries(props).map(([key, value]) => [key, value !== null && typeof value === 'object' && !Array.isArray(value) ? String(value) : value]));
  const rows = graphRows(doc);
  return {
    story: doc.story,
    items: rows.nodes.flatMap(({ label, rows: nodes }) => nodes.map((node) => ({ label, node: { id: node.id, ...plain(node.props) } }))),
    actors: rows.actors.map((actor) => ({ ...actor })),
    edges: rows.links.flatMap(({ spec, rows: links }) =>
      links.map((link) => ({ type: spec.type, from: link.from, to: link.to, props: plain({ ...link.key, ...link.props }) })),
    ),
  };
}

const leak = [{ channel: 'leaked' as const, at: '2026-05-21', sourceId: seed.sources[1]?.id ?? '' }];

const byId = <T extends { id: string }>(items: T[]) => [...items].sort((a, b) => a.id.localeCompare(b.id));
const sorted = (ids: string[]) => [...ids].sort();

/** The document with the edge-kept lists in id order, items by id. */
function canonical(doc: StoryGraphDocument) {
  return {
    ...doc,
    actors: byId(doc.actors),
    sources: byId(doc.sources.map((s) => ({ ...s, authorIds: sorted(s.authorIds), derivedFrom: [...s.derivedFrom].sort((a, b) => a.sourceId.localeCompare(b.sourceId)) }))),
    claims: byId(
      doc.claims.map((c) => ({
        ...c,
        supports: sorted(c.supports),
        assertedBy: [...c.assertedBy].sort((a, b) => a.actorId.localeCompare(b.actorId) || a.channel.localeCompare(b.channel)),
      })),
    ),
    events: byId(doc.events.map((e) => ({ ...e, participantIds: sorted(e.participantIds) }))),
    questions: byId(doc.questions.map((q) => ({ ...q, concerns: sorted(q.concerns) }))),
    perspectives: byId(doc.perspectives.map((p) => ({ ...p, holderIds: sorted(p.holderIds) }))),
    tensions: byId(
      doc.tensions.map((t) => ({ ...t, sideA: { ...t.sideA, claimIds: sorted(t.sideA.claimIds) }, sideB: { ...t.sideB, claimIds: sorted(t.sideB.claimIds) } })),
    ),
  };
}

test.each([
  ['the seed', seed],
  ['a document whose first source relies on unnamed sources', { ...seed, sources: seed.sources.map((s, i) => (i === 0 ? { ...s, anonymousSourcing: ['citing unnamed sources'] } : s)) }],
  ['a document whose assertions later leaked', { ...seed, claims: seed.claims.map((c) => ({ ...c, assertedBy: c.assertedBy.map((a) => ({ ...a, disclosures: leak })) })) }],
])('%s comes back from its rows', (_, doc) => {
  expect(canonical(storyGraphAtVersion(graphOf(doc)))).toEqual(canonical(doc));
});
