import { dataOf, startApiOverSeed, type ApiHarness } from '../support/graphql-harness';
import { sorted } from '../support/ordering';
import {
  actorNamed,
  byId,
  citationsIn,
  enumValue,
  seed,
  seedEdges,
  seedNodeIds,
  seedSectionLines,
  seedText,
  STORY_ID,
  typenameOf,
} from '../support/seed-story';

/**
 * The seeded story as a reader of its document knows it, asked through the API. Expectations come
 * from the document text where it says them plainly, and from the curated graph otherwise.
 */

let api: ApiHarness;
beforeAll(async () => {
  api = await startApiOverSeed();
});
afterAll(() => api.close());

const storyQuery = <T>(selection: string) =>
  api.query<{ story: T }>('query($id: ID!) { story(id: $id) { ' + selection + ' } }', { id: STORY_ID }).then((r) => dataOf(r).story);

const withoutCitations = (text: string) => text.replace(/\s*\[\d+\]/g, '').trim();

test('the header: title, version, update time and item count as the document states them', async () => {
  const [titleLine, versionLine, stampLine] = seedText.split('\n');
  const story = await storyQuery<{ title: string; version: number; updatedAt: string; itemCount: number; versions: unknown[] }>(
    'title version updatedAt itemCount versions { number updatedAt itemCount }',
  );
  expect(`${story.title} · history`).toBe(titleLine);
  expect(`Version ${story.version}`).toBe(versionLine);
  const [, date, time, items] = /^(\d{4}-\d{2}-\d{2}) (\d{2}:\d{2}) UTC · (\d+) items$/.exec(stampLine ?? '') ?? [];
  expect(story.updatedAt).toBe(`${date}T${time}:00Z`);
  expect(story.itemCount).toBe(Number(items));
  expect(story.versions).toEqual([{ number: 1, updatedAt: story.updatedAt, itemCount: story.itemCount }]);
});

test('the What and Why it matters sections, word for word', async () => {
  const story = await storyQuery<{ what: string; whyItMatters: string }>('what whyItMatters');
  expect(story.what).toBe(seedSectionLines('What').join('\n'));
  expect(story.whyItMatters).toBe(seedSectionLines('Why it matters').join('\n'));
});

test('4 numbered sources with their titles, publishers and dates, then the 3 underlying items', async () => {
  type SourceJson = { ref: number | null; title: string; publisher: string; publishedAt: string | null; publishedBy: { name: string } };
  const { sources } = await storyQuery<{ sources: SourceJson[] }>('sources { ref title publisher publishedAt publishedBy { name } }');
  const listed = seedSectionLines('Sources').map((line) => {
    const [, ref, rest] = /^- \[(\d+)\] (.*)$/.exec(line) ?? [];
    const split = (rest ?? '').lastIndexOf(' — ');
    const [, publisher, date] = /^(.*) \((\d{4}-\d{2}-\d{2})\)$/.exec((rest ?? '').slice(split + 3)) ?? [];
    return { ref: Number(ref), title: (rest ?? '').slice(0, split), publisher, publishedAt: date };
  });
  expect(listed).toHaveLength(4);
  expect(sources.slice(0, 4).map(({ ref, title, publisher, publishedAt }) => ({ ref, title, publisher, publishedAt }))).toEqual(listed);
  expect(sources.slice(0, 4).map((s) => s.publishedBy.name)).toEqual(['The Neuron', 'Rohan Paul', 'Rohan Paul', 'SemiAnalysis']);
  expect(sources.slice(4).map((s) => s.ref)).toEqual([null, null, null]);
  expect(sorted(sources.slice(4).map((s) => s.title))).toEqual(sorted(seed.sources.filter((s) => s.ref === undefined).map((s) => s.title)));
});

test('the consistency report can flag a missing derivation, and finds none in the curated seed', async () => {
  const { consistency } = await storyQuery<{ consistency: { findings: { kind: string }[] } }>('consistency { findings { kind } }');
  const kinds = dataOf(await api.query<{ __type: { enumValues: { name: string }[] } }>('{ __type(name: "ConsistencyFindingKind") { enumValues { name } } }'));
  expect(kinds.__type.enumValues.map((value) => value.name)).toContain('MISSING_DERIVATION');
  expect(consistency.findings.filter((finding) => finding.kind === 'MISSING_DERIVATION')).toEqual([]);
});

test('only [4] relies on sources it does not name: "Sources have told SemiAnalysis", "via anonymous sources"', async () => {
  const { sources } = await storyQuery<{ sources: { ref: number | null; anonymousSourcing: boolean }[] }>('sources { ref anonymousSourcing }');
  expect(sources.filter((s) => s.anonymousSourcing).map((s) => s.ref)).toEqual([4]);
});

test('the timeline in the order the document writes it, which is not chronological', async () => {
  type EventJson = { date: string; text: string; sourceRefs: number[] };
  const { timeline } = await storyQuery<{ timeline: EventJson[] }>('timeline { date text sourceRefs }');
  const written = seedSectionLines('Timeline').map((line) => {
    const [, date, text] = /^- (\d{4}-\d{2}-\d{2}): (.*)$/.exec(line) ?? [];
    return { date, text: withoutCitations(text ?? ''), sourceRefs: citationsIn(text ?? '') };
  });
  expect(timeline.map((e) => e.date)).toEqual(['2026-04-30', '2026-05-20', '2026-05-21', '2026-05-20']);
  expect(timeline).toEqual(written);
});

test('4 perspectives with their stance and how it evolved', async () => {
  type PerspectiveJson = { label: string; qualifier: string | null; stance: string; evolution: string | null; actors: { name: string }[] };
  const { perspectives } = await storyQuery<{ perspectives: PerspectiveJson[] }>('perspectives { label qualifier stance evolution actors { name } }');
  const lines = seedSectionLines('Perspectives');
  const written = [0, 3, 6, 9].map((i) => ({
    label: lines[i],
    stance: lines[i + 1],
    evolution: lines[i + 2]?.replace(/^Evolution: /, ''),
  }));
  expect(lines).toHaveLength(12);
  expect(perspectives.map(({ label, stance, evolution }) => ({ label, stance, evolution }))).toEqual(written);
  expect(perspectives.map((p) => p.qualifier)).toEqual(['internal', 'public / official communications', null, null]);
  expect(perspectives.map((p) => sorted(p.actors.map((a) => a.name)))).toEqual([
    ['Mark Zuckerberg', 'Meta'],
    ['Meta'],
    ['Eric Gerard Ruiz', 'The Neuron'],
    ['SemiAnalysis'],
  ]);
});

test('the consistency report finds the two places where the prose dates events otherwise than the timeline', async () => {
  type Finding = { kind: string; line: number | null; message: string; node: { id: string } | null };
  const { consistency } = await storyQuery<{ consistency: { findings: Finding[] } }>('consistency { findings { kind line message node { id } } }');
  const conflicts = consistency.findings.filter((finding) => finding.kind === 'DATE_CONFLICT');
  const [, layoffs, , reassurance] = seed.events;
  expect(conflicts).toEqual([
    {
      kind: 'DATE_CONFLICT',
      line: 5,
      message: '"the same day" puts on one day what the timeline dates 2026-05-20 (line 19) and 2026-05-21 (line 20)',
      node: { id: layoffs?.id },
    },
    {
      kind: 'DATE_CONFLICT',
      line: 5,
      message: '"Days later" dates after 2026-05-21 (line 20) what the timeline dates 2026-05-20 (line 21)',
      node: { id: reassurance?.id },
    },
    {
      kind: 'DATE_CONFLICT',
      line: 15,
      message: '"the same day" puts on one day what the timeline dates 2026-05-20 (line 19) and 2026-05-21 (line 20)',
      node: { id: layoffs?.id },
    },
  ]);
});

test('4 open questions citing [1], [2, 1], [1] and [4, 1]', async () => {
  const { questions } = await storyQuery<{ questions: { text: string; sourceRefs: number[]; sources: { ref: number }[] }[] }>(
    'questions { text sourceRefs sources { ref } }',
  );
  const written = seedSectionLines('Open questions');
  expect(questions.map((q) => q.sourceRefs)).toEqual([[1], [2, 1], [1], [4, 1]]);
  expect(questions.map((q) => q.sourceRefs)).toEqual(written.map(citationsIn));
  expect(questions.map((q) => q.text)).toEqual(written.map(withoutCitations));
  expect(questions.map((q) => sorted(q.sources.map((s) => String(s.ref))))).toEqual(written.map((line) => sorted(citationsIn(line).map(String))));
});

describe('tensions', () => {
  type Side = { claims: { id: string }[] };
  type TensionJson = { text: string; sideA: Side; sideB: Side; contradictions: { claim: { id: string }; contradicts: { id: string } }[] };
  let tensions: TensionJson[];
  beforeAll(async () => {
    ({ tensions } = await storyQuery<{ tensions: TensionJson[] }>(
      'tensions { text sideA { claims { id } } sideB { claims { id } } contradictions { claim { id } contradicts { id } } }',
    ));
  });

  test('3 tensions, as the document lists them', () => {
    expect(tensions.map((t) => t.text)).toEqual(seedSectionLines('Tensions').map((line) => withoutCitations(line.replace(/^- /, ''))));
  });

  test('each is backed by contradictions, each from a side-A claim to a side-B claim', () => {
    for (const tension of tensions) {
      const sideA = new Set(tension.sideA.claims.map((c) => c.id));
      const sideB = new Set(tension.sideB.claims.map((c) => c.id));
      expect(tension.contradictions.length).toBe(sideA.size * sideB.size);
      for (const { claim, contradicts } of tension.contradictions) {
        expect([sideA.has(claim.id), sideB.has(contradicts.id)]).toEqual([true, true]);
      }
    }
  });
});

test("'really smart people' is Mark Zuckerberg's, on the leaked channel, on April 30", async () => {
  type ClaimJson = { id: string; quote: string | null; assertions: { actor: { name: string }; channel: string; at: string | null }[] };
  const { claims } = dataOf(
    await api.query<{ claims: { nodes: ClaimJson[] } }>(
      '{ claims(first: 100, filter: { textContains: "really smart people" }) { nodes { id quote assertions { actor { name } channel at } } } }',
    ),
  );
  const zuckerberg = actorNamed('Mark Zuckerberg').id;
  const quotedByHim = seed.claims.filter((c) => c.quote === 'really smart people' && c.assertedBy.some((a) => a.actorId === zuckerberg));
  expect(quotedByHim.length).toBeGreaterThan(0);
  for (const { id } of quotedByHim) {
    const claim = byId(claims.nodes, id);
    expect(claim.quote).toBe('really smart people');
    expect(claim.assertions).toContainEqual({ actor: { name: 'Mark Zuckerberg' }, channel: 'LEAKED', at: '2026-04-30' });
  }
});

test('stats count what the document holds', async () => {
  const { stats } = await storyQuery<{ stats: Record<string, number> }>(
    'stats { actors sources claims events questions perspectives tensions mentions assertions supports contradictions citations }',
  );
  expect(stats).toEqual({
    actors: seed.actors.length,
    sources: seed.sources.length,
    claims: seed.claims.length,
    events: seed.events.length,
    questions: seed.questions.length,
    perspectives: seed.perspectives.length,
    tensions: seed.tensions.length,
    mentions: seedEdges.hasMention.length,
    assertions: seedEdges.asserts.length,
    supports: seedEdges.supports.length,
    contradictions: seedEdges.contradicts.length,
    citations: seedEdges.cites.length,
  });
  // A claim stated in several places counts once among claims.
  expect(stats.mentions).toBeGreaterThanOrEqual(stats.claims ?? 0);
});

describe('graph', () => {
  type GraphJson = {
    nodes: { id: string; type: string; caption: string }[];
    edges: { type: string; source: string; target: string; channel: string | null; side: string | null; tensionId: string | null }[];
  };
  let graph: GraphJson;
  beforeAll(async () => {
    ({ graph } = await storyQuery<{ graph: GraphJson }>(
      'graph { nodes { id type caption } edges { type source target channel side tensionId } }',
    ));
  });

  test('holds each node of the story once, typed, with a caption', () => {
    // Mentions are where claims are stated, not nodes of the drawing.
    const members = seedNodeIds.filter((id) => id !== STORY_ID && !id.startsWith('mention:'));
    expect(sorted(graph.nodes.map((n) => n.id))).toEqual(sorted(members));
    for (const node of graph.nodes) {
      expect(node.type).toBe(typenameOf(node.id));
      expect(node.caption.trim()).not.toBe('');
    }
  });

  test('holds every edge the document states, with its channel, side or tension', () => {
    const edge = (type: string, source: string, target: string, extra: { channel?: string; side?: string; tensionId?: string } = {}) =>
      JSON.stringify([type, source, target, extra.channel ?? null, extra.side ?? null, extra.tensionId ?? null]);
    const plain = (type: string, edges: { from: string; to: string }[]) => edges.map((e) => edge(type, e.from, e.to));
    const expected = [
      ...plain('CITES', seedEdges.cites),
      ...seed.claims.flatMap((c) => c.assertedBy.map((a) => edge('ASSERTS', a.actorId, c.id, { channel: enumValue(a.channel) }))),
      ...plain('SUPPORTS', seedEdges.supports),
      ...seed.tensions.flatMap((t) => [
        ...t.sideA.claimIds.flatMap((a) => t.sideB.claimIds.map((b) => edge('CONTRADICTS', a, b, { tensionId: t.id }))),
        ...t.sideA.claimIds.map((c) => edge('HAS_SIDE', t.id, c, { side: 'A' })),
        ...t.sideB.claimIds.map((c) => edge('HAS_SIDE', t.id, c, { side: 'B' })),
      ]),
      ...plain('PUBLISHED_BY', seedEdges.publishedBy),
      ...plain('AUTHORED_BY', seedEdges.authoredBy),
      ...plain('DERIVED_FROM', seedEdges.derivedFrom),
      ...plain('PARTICIPATED_IN', seedEdges.participatedIn),
      ...plain('HELD_BY', seedEdges.heldBy),
      ...plain('CONCERNS', seedEdges.concerns),
      ...plain('SPOKEN_BY', seedEdges.spokenBy),
      ...seed.claims.flatMap((c) => c.assertedBy.flatMap((a) => a.disclosures.map((d) => edge('DISCLOSED_THROUGH', c.id, d.sourceId, { channel: enumValue(d.channel) })))),
    ];
    const answered = graph.edges.map((e) => edge(e.type, e.source, e.target, { channel: e.channel ?? undefined, side: e.side ?? undefined, tensionId: e.tensionId ?? undefined }));
    expect(sorted(answered)).toEqual(sorted(expected));
  });
});
