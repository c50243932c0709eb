import fc from 'fast-check';
import { writeStoryGraph } from '../../src/ingest/write-story-graph';
import { evidenceRefs, StoryGraphDocument } from '../../src/model/story-graph';
import { dataOf, startApiOverSeed, type ApiHarness } from '../support/graphql-harness';
import { actorNamed, seed } from '../support/seed-story';

/**
 * Claim.corroboration against an oracle written here from the rule alone, over the story document
 * (not the graph): cited sources (direct, or also inherited), followed along derivedFrom to the
 * sources that derive from nothing, grouped by their authors, else their publisher, else alone.
 */

let api: ApiHarness;
beforeAll(async () => {
  api = await startApiOverSeed();
});
afterAll(() => api.close());

type Doc = StoryGraphDocument;
type Evidence = 'DIRECT' | 'DIRECT_AND_INHERITED';

interface Expected {
  directSources: number;
  evidenceSources: number;
  originCount: number;
  /** Each origin as its sorted makers and sorted roots, sorted. */
  origins: string[];
}

/** The roots a source rests on: every derivation walked without repeating an edge; a walk that never gets out stands for the source. */
function rootsOf(doc: Doc, sourceId: string): string[] {
  const byId = new Map(doc.sources.map((s) => [s.id, s]));
  const roots = new Set<string>();
  const walk = (id: string, used: Set<string>) => {
    const from = byId.get(id)?.derivedFrom ?? [];
    if (from.length === 0) roots.add(id);
    for (const { sourceId } of from) {
      const edge = `${id}>${sourceId}`;
      if (!used.has(edge)) walk(sourceId, new Set([...used, edge]));
    }
  };
  walk(sourceId, new Set());
  return roots.size > 0 ? [...roots] : [sourceId];
}

const originText = (makers: string[], roots: string[]) => `${[...makers].sort().join('+') || '-'} ⟵ ${[...roots].sort().join(',')}`;

function expectedCorroboration(doc: Doc, claimId: string, evidence: Evidence): Expected {
  const claim = doc.claims.find((c) => c.id === claimId);
  if (!claim) throw new Error(`no claim ${claimId}`);
  const sourceOf = (ref: number) => doc.sources.find((s) => s.ref === ref)?.id;
  const cited = (scopes: string[]) =>
    new Set(claim.mentions.filter((m) => scopes.includes(m.citationScope)).flatMap((m) => m.citationRefs.flatMap((ref) => sourceOf(ref) ?? [])));
  const evidenceSources = cited(evidence === 'DIRECT' ? ['direct'] : ['direct', 'inherited']);
  // An origin is its makers, or a root no one is named to have made.
  const origins = new Map<string, { makers: string[]; roots: Set<string> }>();
  for (const source of evidenceSources) {
    for (const root of rootsOf(doc, source)) {
      const made = doc.sources.find((s) => s.id === root);
      const makers = [...(made?.authorIds?.length ? made.authorIds : made?.publisherId ? [made.publisherId] : [])].sort();
      const key = makers.length > 0 ? makers.join('+') : root;
      const origin = origins.get(key) ?? { makers, roots: new Set<string>() };
      origins.set(key, origin);
      origin.roots.add(root);
    }
  }
  return {
    directSources: cited(['direct']).size,
    evidenceSources: evidenceSources.size,
    originCount: origins.size,
    origins: [...origins.values()].map((o) => originText(o.makers, [...o.roots])).sort(),
  };
}

const QUERY = `query($id: ID!, $evidence: CorroborationEvidence!) { claim(id: $id) { corroboration(evidence: $evidence) {
  evidence directSources evidenceSources inheritedOnly originCount singleOrigin
  origins { makers { id name } roots { id title } paths { mention { id text } citationScope sources { id } derivations } }
} } }`;

interface Answer {
  claim: {
    corroboration: {
      evidence: Evidence;
      directSources: number;
      evidenceSources: number;
      inheritedOnly: boolean;
      originCount: number;
      singleOrigin: boolean;
      origins: { makers: { id: string; name: string }[]; roots: { id: string; title: string }[]; paths: { mention: { id: string; text: string }; citationScope: string; sources: { id: string }[]; derivations: (string | null)[] }[] }[];
    };
  };
}

async function corroboration(id: string, evidence: Evidence) {
  return dataOf(await api.query<Answer>(QUERY, { id, evidence })).claim.corroboration;
}

/** The answer reduced to the oracle's shape. */
const reduced = (answer: Answer['claim']['corroboration']): Expected => ({
  directSources: answer.directSources,
  evidenceSources: answer.evidenceSources,
  originCount: answer.originCount,
  origins: answer.origins.map((o) => originText(o.makers.map((m) => m.id), o.roots.map((r) => r.id))).sort(),
});

describe('the seed: every claim as the rule says, counting direct and then all evidence', () => {
  test.each(seed.claims.flatMap((c) => (['DIRECT', 'DIRECT_AND_INHERITED'] as const).map((evidence) => [c.id, evidence] as const)))(
    '%s, %s',
    async (id, evidence) => {
      const answer = await corroboration(id, evidence);
      expect(reduced(answer)).toEqual(expectedCorroboration(seed, id, evidence));
      expect(answer.inheritedOnly).toBe(answer.directSources === 0);
      expect(answer.singleOrigin).toBe(answer.originCount === 1);
      // Every path starts at a mention of this claim with a citation of its first source, and ends at one of its origin's roots.
      for (const origin of answer.origins) {
        for (const path of origin.paths) {
          const mention = seed.claims.find((c) => c.id === id)?.mentions.find((m) => m.id === path.mention.id);
          expect(mention).toBeDefined();
          const first = seed.sources.find((s) => s.id === path.sources[0]?.id);
          expect(mention?.citationRefs).toContain(first?.ref);
          expect(origin.roots.map((r) => r.id)).toContain(path.sources.at(-1)?.id);
          expect(path.derivations).toHaveLength(path.sources.length - 1);
        }
      }
    },
  );
});

test("'really smart people' rests on one origin: Zuckerberg's all-hands audio, however many sources relay it", async () => {
  const claim = seed.claims.find((c) => c.quote === 'really smart people' && c.verbatim);
  expect(claim).toBeDefined();
  const answer = await corroboration(claim?.id ?? '', 'DIRECT');
  expect(answer.singleOrigin).toBe(true);
  const [origin] = answer.origins;
  expect(origin?.makers.map((m) => m.id)).toEqual([actorNamed('Mark Zuckerberg').id]);
  expect(origin?.roots.map((r) => r.title)).toEqual([expect.stringMatching(/all-hands audio/i)]);
  expect(origin?.paths.some((p) => p.mention.text.includes('really smart people') && p.sources.length === 2)).toBe(true);
});

describe('generated stories: corroboration equals the rule over any derivations, makers and citations', () => {
  const STORY = 'corroboration-generated';
  const actorIds = ['actor:corroboration-a', 'actor:corroboration-b', 'actor:corroboration-c'];
  const narrator = `actor:narrator:${STORY}`;

  const arbitraryStory = fc
    .record({
      sources: fc.array(
        fc.record({
          derivedFrom: fc.uniqueArray(fc.nat(6), { maxLength: 3 }),
          maker: fc.oneof(fc.constant(null), fc.record({ as: fc.constantFrom('author', 'publisher'), actor: fc.nat(2) })),
        }),
        { minLength: 1, maxLength: 7 },
      ),
      claims: fc.array(
        fc.array(fc.record({ refs: fc.uniqueArray(fc.nat(6), { maxLength: 3 }), scope: fc.constantFrom('direct' as const, 'inherited' as const) }), {
          minLength: 1,
          maxLength: 3,
        }),
        { minLength: 1, maxLength: 4 },
      ),
      version: fc.integer({ min: 1, max: 1_000_000 }),
    })
    .map(({ sources, claims, version }): Doc => {
      const sourceId = (index: number) => `source:${STORY}:${(index % sources.length) + 1}`;
      return StoryGraphDocument.parse({
        format: 'claimgraph/story-graph@1',
        story: { id: `story:${STORY}`, title: 'Generated corroboration', version, updatedAt: '2026-01-01T00:00:00Z', itemCount: 1, what: '-', whyItMatters: '-', narratorId: narrator },
        actors: [...actorIds.map((id) => ({ id, name: id.slice(6), kind: 'person' as const })), { id: narrator, name: 'Narrator', kind: 'narrator' as const }],
        sources: sources.map((s, index) => ({
          id: sourceId(index),
          ref: index + 1,
          title: `Source ${index + 1}`,
          publisher: s.maker?.as === 'publisher' ? actorIds[s.maker.actor] : null,
          publisherId: s.maker?.as === 'publisher' ? actorIds[s.maker.actor] : null,
          authorIds: s.maker?.as === 'author' ? [actorIds[s.maker.actor]] : [],
          kind: 'article' as const,
          derivedFrom: [...new Set(s.derivedFrom.map(sourceId))].filter((id) => id !== sourceId(index)).map((id) => ({ sourceId: id, how: `relays ${id}` })),
        })),
        claims: claims.map((mentions, index) => {
          const written = mentions.map((m, at) => ({
            id: `mention:${STORY}:${index}-${at}`,
            section: 'what' as const,
            line: index * 10 + at + 1,
            position: index * 10 + at,
            text: `Claim ${index}.`,
            citationRefs: [...new Set(m.refs.map((ref) => (ref % sources.length) + 1))],
            citationScope: m.scope,
          }));
          return {
            id: `claim:${STORY}:${index}`,
            text: `Claim ${index}.`,
            kind: 'statement' as const,
            verbatim: false,
            speakerId: narrator,
            section: 'what' as const,
            position: index * 10,
            sourceRefs: evidenceRefs(written),
            supports: [],
            mentions: written,
          };
        }),
        events: [],
        questions: [],
        perspectives: [],
        tensions: [],
      });
    });

  test('60 generated stories, each claim under both evidence modes', async () => {
    let version = 0;
    await fc.assert(
      fc.asyncProperty(arbitraryStory, async (generated) => {
        // Each run a newer version of one story: the graph's history grows, the current version is the one checked.
        version += 1;
        const doc = { ...generated, story: { ...generated.story, version } };
        await writeStoryGraph(api.db, doc);
        for (const claim of doc.claims) {
          for (const evidence of ['DIRECT', 'DIRECT_AND_INHERITED'] as const) {
            expect(reduced(await corroboration(claim.id, evidence))).toEqual(expectedCorroboration(doc, claim.id, evidence));
          }
        }
      }),
      { numRuns: 60 },
    );
  });
});
