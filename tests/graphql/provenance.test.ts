import { writeStoryGraph } from '../../src/ingest/write-story-graph';
import { derivationClaimId, derivationSourceId, derivationStory } from '../support/derivation-story';
import { BATCHED_REQUEST_LIMITS, dataOf, startApiOverSeed, type ApiHarness } from '../support/graphql-harness';
import { orderViolations } from '../support/ordering';
import { byId, enumValue, seed, sourceByRef } from '../support/seed-story';

/** Claim.provenance: who said a claim, which sources carry it, and the sources behind those. */

let api: ApiHarness;
beforeAll(async () => {
  api = await startApiOverSeed(BATCHED_REQUEST_LIMITS);
  await writeStoryGraph(api.db, derivationStory);
});
afterAll(() => api.close());

interface DerivationJson {
  source: { id: string };
  from: { id: string };
  how: string | null;
  depth: number;
}
interface ProvenanceJson {
  claim: { id: string };
  assertions: { actor: { id: string }; channel: string; at: string | null }[];
  sources: { source: { id: string }; publisher: { id: string }; authors: { id: string }[]; derivedFrom: DerivationJson[] }[];
}

const PROVENANCE = `provenance {
  claim { id }
  assertions { actor { id } channel at }
  sources { source { id } publisher { id } authors { id } derivedFrom { source { id } from { id } how depth } }
}`;

async function provenanceOf(claimId: string): Promise<ProvenanceJson> {
  const { claim } = dataOf(
    await api.query<{ claim: { provenance: ProvenanceJson } }>(`query($id: ID!) { claim(id: $id) { ${PROVENANCE} } }`, { id: claimId }),
  );
  return claim.provenance;
}

test('of every seeded claim: its assertions, and its cited sources by number with publisher, authors and derivations', async () => {
  const { claims } = dataOf(
    await api.query<{ claims: { nodes: { id: string; provenance: ProvenanceJson }[] } }>(
      `{ claims(first: 100, filter: { storyId: "${seed.story.id}" }) { nodes { id ${PROVENANCE} } } }`,
    ),
  );
  expect(claims.nodes).toHaveLength(seed.claims.length);
  for (const { id, provenance } of claims.nodes) {
    const claim = byId(seed.claims, id);
    const cited = [...claim.sourceRefs].sort((a, b) => a - b).map(sourceByRef);
    expect(provenance).toEqual({
      claim: { id },
      assertions: expect.arrayContaining(claim.assertedBy.map((a) => ({ actor: { id: a.actorId }, channel: enumValue(a.channel), at: a.at ?? null }))),
      sources: cited.map((source) => ({
        source: { id: source.id },
        publisher: { id: source.publisherId },
        authors: expect.arrayContaining(source.authorIds.map((author) => ({ id: author }))),
        derivedFrom: source.derivedFrom.map((d) => ({ source: { id: source.id }, from: { id: d.sourceId }, how: d.how ?? null, depth: 1 })),
      })),
    });
    expect(provenance.assertions).toHaveLength(claim.assertedBy.length);
    provenance.sources.forEach((s, i) => expect(s.authors).toHaveLength(cited[i]?.authorIds.length ?? -1));
  }
});

test('a claim citing [2] reaches the leaked all-hands audio in one hop', async () => {
  const claim = seed.claims.find((c) => c.sourceRefs.length === 1 && c.sourceRefs[0] === 2);
  if (!claim) throw new Error('The seed has no claim citing [2] alone');
  const { claim: answered } = dataOf(
    await api.query<{
      claim: {
        provenance: {
          sources: {
            source: { ref: number };
            publisher: { name: string };
            derivedFrom: {
              depth: number;
              how: string;
              from: { title: string; kind: string; channel: string; recordedAt: string; publishedAt: string; publishedBy: { name: string } | null; authors: { name: string }[] };
            }[];
          }[];
        };
      };
    }>(
      `query($id: ID!) { claim(id: $id) { provenance { sources { source { ref } publisher { name }
        derivedFrom { depth how from { title kind channel recordedAt publishedAt publishedBy { name } authors { name } } } } } } }`,
      { id: claim.id },
    ),
  );
  expect(answered.provenance.sources).toEqual([
    {
      source: { ref: 2 },
      publisher: { name: 'Rohan Paul' },
      derivedFrom: [
        {
          depth: 1,
          how: 'relays leaked all-hands audio',
          from: {
            title: 'Leaked April 30 all-hands audio',
            kind: 'AUDIO',
            channel: 'LEAKED',
            // Said at the all-hands, public through a leak by someone the story does not name.
            recordedAt: '2026-04-30',
            publishedAt: '2026-05-21',
            publishedBy: null,
            authors: [{ name: 'Mark Zuckerberg' }],
          },
        },
      ],
    },
  ]);
});

test("The Neuron's analysis [1] is no independent origin: it derives from the leaked audio and the memo it reports on", async () => {
  const claim = seed.claims.find((c) => c.quote === "success isn't a given" && c.sourceRefs.includes(1));
  if (!claim) throw new Error("The seed has no claim quoting 'success isn't a given' citing [1]");
  const { claim: answered } = dataOf(
    await api.query<{ claim: { provenance: { sources: { source: { ref: number }; derivedFrom: { depth: number; from: { title: string } }[] }[] } } }>(
      'query($id: ID!) { claim(id: $id) { provenance { sources { source { ref } derivedFrom { depth from { title } } } } } }',
      { id: claim.id },
    ),
  );
  expect(answered.provenance.sources.find((s) => s.source.ref === 1)?.derivedFrom).toEqual([
    { depth: 1, from: { title: 'Leaked April 30 all-hands audio' } },
    { depth: 1, from: { title: "Zuckerberg's internal memo accompanying the layoffs" } },
  ]);
});

describe('derivations beyond one hop', () => {
  const step = (from: string | number, to: string | number, depth: number) => ({
    source: { id: derivationSourceId(from) },
    from: { id: derivationSourceId(to) },
    how: `relays ${to}`,
    depth,
  });

  test('a chain is followed nearest first, for five hops and no further', async () => {
    const { sources } = await provenanceOf(derivationClaimId('chain'));
    expect(sources).toHaveLength(1);
    expect(sources[0]?.derivedFrom).toEqual([step(1, 'hop-2', 1), step('hop-2', 'hop-3', 2), step('hop-3', 'hop-4', 3), step('hop-4', 'hop-5', 4), step('hop-5', 'hop-6', 5)]);
  });

  test('two paths to one source give each step once, at the depth where it is first reached', async () => {
    const { sources } = await provenanceOf(derivationClaimId('diamond'));
    const chain = sources[0]?.derivedFrom ?? [];
    expect(orderViolations(chain.map((d) => [d.depth]))).toEqual([]);
    expect(chain).toHaveLength(5);
    expect(chain).toEqual(
      expect.arrayContaining([step(2, 'left', 1), step(2, 'right', 1), step('left', 'joint', 2), step('right', 'joint', 2), step('joint', 'origin', 3)]),
    );
  });

  test('a claim citing nothing has no provenance sources', async () => {
    expect((await provenanceOf(derivationClaimId('uncited'))).sources).toEqual([]);
  });

  test('Source.derivedFrom stays one hop deep where provenance goes further', async () => {
    const { source } = dataOf(
      await api.query<{ source: { derivedFrom: DerivationJson[] } }>(
        'query($id: ID!) { source(id: $id) { derivedFrom { source { id } from { id } how depth } } }',
        { id: derivationSourceId('hop-2') },
      ),
    );
    expect(source.derivedFrom).toEqual([step('hop-2', 'hop-3', 1)]);
  });

  test('Claim.supports and Claim.supportedBy answer the SUPPORTS edges the document states, each from its own end', async () => {
    const stated = derivationStory.claims.flatMap((claim) => claim.supports.map((target) => [claim.id, target] as const));
    expect(stated.length).toBeGreaterThan(1);
    const { claims } = dataOf(
      await api.query<{ claims: { nodes: { id: string; supports: { id: string }[]; supportedBy: { id: string }[] }[] } }>(
        'query($story: ID!) { claims(filter: { storyId: $story }, first: 100) { nodes { id supports { id } supportedBy { id } } } }',
        { story: derivationStory.story.id },
      ),
    );
    for (const claim of claims.nodes) {
      expect(claim.supports.map(({ id }) => id).sort()).toEqual(stated.filter(([from]) => from === claim.id).map(([, to]) => to).sort());
      expect(claim.supportedBy.map(({ id }) => id).sort()).toEqual(stated.filter(([, to]) => to === claim.id).map(([from]) => from).sort());
    }
  });
});
