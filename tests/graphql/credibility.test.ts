import fc from 'fast-check';
import { CREDIBILITY_GRADES, CREDIBILITY_LABELS, CREDIBILITY_TABLE, type CredibilityRating } from '../../src/analytics/credibility-grade';
import { listBound } from '../../src/graphql/list-bounds';
import { writeStoryGraph } from '../../src/ingest/write-story-graph';
import { StoryGraphDocument } from '../../src/model/story-graph';
import { arbitraryStory, expectedCorroboration, type Evidence } from '../support/corroboration-oracle';
import { arbitraryCredibilityStory, expectedCredibility, type ExpectedCredibility } from '../support/credibility-oracle';
import { dataOf, roundTripsOf, startApiOverSeed, type ApiHarness } from '../support/graphql-harness';
import { ingestRelayCircle } from '../support/fixture-stories';
import { seed, STORY_ID } from '../support/seed-story';

/**
 * Claim.credibility and Story.claimsByCredibility against tests/support/credibility-oracle.ts: the
 * corroboration oracle's origin counts, for the claim and the claims set against and backing it,
 * graded by the table of src/analytics/credibility-grade.ts.
 */

let api: ApiHarness;
beforeAll(async () => {
  api = await startApiOverSeed();
});
afterAll(() => api.close());

const GRADE_NAMES = Object.fromEntries(Object.entries(CREDIBILITY_GRADES).map(([name, rating]) => [rating, name])) as Record<CredibilityRating, string>;

const CREDIBILITY = `
  claim { id }
  evidence grade rating label rule reason
  originCount inheritedOnly strongestContradiction strongestSupport
  corroboration { originCount origins { makers { id } roots { id } paths { sources { id } } } }
  contradictions { claim { id } originCount corroboration { originCount } }
  supports { claim { id } originCount corroboration { originCount } }`;

interface Weighed {
  claim: { id: string };
  originCount: number;
  corroboration: { originCount: number };
}

interface Answer {
  claim: { id: string };
  evidence: Evidence;
  grade: string;
  rating: number;
  label: string;
  rule: string;
  reason: string;
  originCount: number;
  inheritedOnly: boolean;
  strongestContradiction: number;
  strongestSupport: number;
  corroboration: { originCount: number; origins: { makers: { id: string }[]; roots: { id: string }[]; paths: { sources: { id: string }[] }[] }[] };
  contradictions: Weighed[];
  supports: Weighed[];
}

async function credibility(id: string, evidence: Evidence, discounting: string[] = []): Promise<Answer> {
  const query = `query($id: ID!, $evidence: CorroborationEvidence!, $discounting: [ID!]) { claim(id: $id) { credibility(evidence: $evidence, discounting: $discounting) { ${CREDIBILITY} } } }`;
  return dataOf(await api.query<{ claim: { credibility: Answer } }>(query, { id, evidence, discounting })).claim.credibility;
}

/** An answer in the oracle's shape, after checking what the oracle does not speak of (labels, sentences, consistency). */
function reduced(answer: Answer): ExpectedCredibility {
  const rating = answer.rating as CredibilityRating;
  const row = CREDIBILITY_TABLE.find((r) => r.rule === answer.rule);
  expect(answer.grade).toBe(GRADE_NAMES[rating]);
  expect(answer.label).toBe(CREDIBILITY_LABELS[rating]);
  expect(answer.reason).toBe(row?.reason);
  expect(answer.originCount).toBe(answer.corroboration.originCount);
  for (const weighed of [...answer.contradictions, ...answer.supports]) expect(weighed.originCount).toBe(weighed.corroboration.originCount);
  const weigh = (claims: Weighed[]) => claims.map((c) => ({ id: c.claim.id, originCount: c.originCount }));
  return {
    rating: answer.rating,
    rule: answer.rule,
    inputs: { origins: answer.originCount, inheritedOnly: answer.inheritedOnly, contradiction: answer.strongestContradiction, support: answer.strongestSupport },
    contradictions: weigh(answer.contradictions),
    supports: weigh(answer.supports),
  };
}

const claimWith = (text: string) => {
  const claim = seed.claims.find((c) => c.text === text);
  if (!claim) throw new Error(`The seed has no claim "${text}"`);
  return claim.id;
};

describe('the seed: every claim graded as the oracle says, under both evidence modes', () => {
  test.each(seed.claims.flatMap((c) => (['DIRECT', 'DIRECT_AND_INHERITED'] as const).map((evidence) => [c.id, evidence] as const)))('%s, %s', async (id, evidence) => {
    const answer = await credibility(id, evidence);
    expect(answer.claim.id).toBe(id);
    expect(answer.evidence).toBe(evidence);
    expect(reduced(answer)).toEqual(expectedCredibility(seed, id, evidence));
  });
});

describe('the seed, by hand (none of these cites a source its own speaker made, so the origin rule does not move them)', () => {
  // "really smart people" is cited where its words close only to [2], Rohan Paul's post relaying
  // Zuckerberg's leaked all-hands audio: one origin (Zuckerberg). Its one adversary, Meta's public
  // framing (side A of the first tension), has no citation of its own: nothing with evidence
  // contradicts it. One origin, uncontradicted: PROBABLY_TRUE (2), not confirmed by another source.
  test('"really smart people": one origin, uncontradicted: probably true', async () => {
    const answer = await credibility(claimWith('really smart people'), 'DIRECT');
    expect(answer).toMatchObject({ grade: 'PROBABLY_TRUE', rating: 2, rule: 'SINGLE_ORIGIN', originCount: 1, strongestContradiction: 0 });
    expect(answer.corroboration.origins.map((o) => o.makers.map((m) => m.id))).toEqual([['actor:mark-zuckerberg']]);
    expect(answer.contradictions).toEqual([{ claim: { id: claimWith("Meta's public framing ('routine software usage monitoring')") }, originCount: 0, corroboration: { originCount: 0 } }]);
  });

  // Meta's public framing stands only on the tension line, whose citations it inherits: no direct
  // evidence, no origin. Against it, side B: Zuckerberg's private framing (no direct evidence either)
  // and "really smart people" (one origin). Nothing of its own, contradicted by evidence: IMPROBABLE (5).
  test("Meta's public framing: no evidence of its own, contradicted by a claim with one: improbable", async () => {
    const answer = await credibility(claimWith("Meta's public framing ('routine software usage monitoring')"), 'DIRECT');
    expect(answer).toMatchObject({ grade: 'IMPROBABLE', rating: 5, rule: 'CONTRADICTED_WITHOUT_EVIDENCE', originCount: 0, strongestContradiction: 1 });
    // The strongest first.
    expect(answer.contradictions.map((c) => [c.claim.id, c.originCount])).toEqual([
      [claimWith('really smart people'), 1],
      [claimWith("Zuckerberg's private framing ('learning from really smart people')"), 0],
    ]);
  });

  // The third tension's two sides are words of its line alone, cited only at the line's end: neither
  // has direct evidence, so there is no basis either way: CANNOT_BE_JUDGED (6).
  test('human capital against AI training data: no evidence on either side: cannot be judged', async () => {
    for (const text of ['Employee value as human capital', 'employee value as AI training data']) {
      expect(await credibility(claimWith(text), 'DIRECT')).toMatchObject({ grade: 'CANNOT_BE_JUDGED', rating: 6, rule: 'NO_EVIDENCE', originCount: 0 });
    }
  });
});

async function byCredibility(grades: string[], extra: Record<string, unknown> = {}) {
  const query = `query($story: ID!, $grades: [CredibilityGrade!]!, $evidence: CorroborationEvidence, $version: Int, $first: Int, $discounting: [ID!]) {
    story(id: $story) { claimsByCredibility(grades: $grades, evidence: $evidence, version: $version, first: $first, discounting: $discounting) { claim { id } rating rule } }
  }`;
  const response = await api.query<{ story: { claimsByCredibility: { claim: { id: string }; rating: number; rule: string }[] } }>(query, {
    story: STORY_ID,
    grades,
    evidence: 'DIRECT',
    ...extra,
  });
  return { trips: roundTripsOf(response), claims: dataOf(response).story.claimsByCredibility };
}

/** The claims of a document graded one of `ratings`, in document order. */
const expectedFiltered = (doc: StoryGraphDocument, ratings: number[], evidence: Evidence, discounted: string[] = []) =>
  [...doc.claims]
    .sort((a, b) => a.position - b.position || a.id.localeCompare(b.id))
    .map((c) => ({ claim: { id: c.id }, ...expectedCredibility(doc, c.id, evidence, new Set(discounted)) }))
    .filter((c) => ratings.includes(c.rating))
    .map(({ claim, rating, rule }) => ({ claim, rating, rule }));

describe('Story.claimsByCredibility', () => {
  test('"claims graded 5 or 6" on the seed, as the oracle grades them, in document order', async () => {
    const { claims } = await byCredibility(['IMPROBABLE', 'CANNOT_BE_JUDGED']);
    expect(claims.length).toBeGreaterThan(0);
    expect(claims).toEqual(expectedFiltered(seed, [5, 6], 'DIRECT'));
    // `first` keeps the first of them.
    expect((await byCredibility(['IMPROBABLE', 'CANNOT_BE_JUDGED'], { first: 1 })).claims).toEqual(claims.slice(0, 1));
  });

  test('with a what-if: the leaked audio discounted from every claim weighed', async () => {
    const audio = 'source:meta-surveillance-layoffs:all-hands-audio';
    const all = Object.keys(CREDIBILITY_GRADES);
    const { claims } = await byCredibility(all, { discounting: [audio] });
    expect(claims).toEqual(expectedFiltered(seed, [1, 2, 3, 4, 5, 6], 'DIRECT', [audio]));
    // It moves some grade (really smart people loses its one origin).
    expect(claims).not.toEqual((await byCredibility(all)).claims);
  });

  test('grades and discounting are checked, with the argument named', async () => {
    for (const [variables, argument] of [
      [{ grades: [], discounting: [] }, /grades/],
      [{ grades: ['IMPROBABLE'], discounting: ['claim:meta-surveillance-layoffs:x'] }, /discounting/],
    ] as const) {
      const query = `query($grades: [CredibilityGrade!]!, $discounting: [ID!]) { story(id: "${STORY_ID}") { claimsByCredibility(grades: $grades, discounting: $discounting) { rating } } }`;
      const response = await api.query(query, variables);
      expect(response.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
      expect(response.errors?.[0]?.message).toMatch(argument);
    }
  });
});

describe('round trips: a fixed few statements, however many claims are graded', () => {
  test('a page of claims with their credibility and all its reasons: page + corroboration + the two claim edges, + the neighbours outside the page', async () => {
    type Data = { claims: { nodes: { credibility: Answer }[] } };
    const query = `query($first: Int, $story: ID) { claims(first: $first, filter: { storyId: $story }) { nodes { credibility { ${CREDIBILITY} } } } }`;
    const ordered = [...seed.claims].sort((a, b) => a.position - b.position);
    const tripsFor = async (first: number) => {
      const response = await api.query<Data>(query, { first, story: STORY_ID });
      expect(dataOf(response).claims.nodes).toHaveLength(first);
      return roundTripsOf(response);
    };
    // The neighbours' corroborations come from the loader's cache when they are on the page: one statement more only when some are not.
    const outside = (first: number) => {
      const page = new Set(ordered.slice(0, first).map((c) => c.id));
      const weighed = ordered.slice(0, first).flatMap((c) => {
        const expected = expectedCredibility(seed, c.id, 'DIRECT');
        return [...expected.contradictions, ...expected.supports].map((w) => w.id);
      });
      return weighed.some((id) => !page.has(id)) ? 1 : 0;
    };
    // The page; the claims' corroborations, which bring the origins' makers, roots and paths' sources; CONTRADICTS both ways; SUPPORTS both ways.
    const fixed = 1 + 1 + 1 + 1;
    for (const first of [5, seed.claims.length]) expect(await tripsFor(first)).toBe(fixed + outside(first));
  });

  /** A generated story rewritten into claim 0 against `n` others (one tension), each citing what claim 0 cites, under its own story id. */
  function fanStory(n: number): StoryGraphDocument {
    const [sample] = fc.sample(arbitraryStory, { numRuns: 1, seed: 12 });
    if (!sample) throw new Error('fast-check sampled nothing');
    const [template] = sample.claims;
    if (!template) throw new Error('a generated story has a claim');
    const claims = Array.from({ length: n + 1 }, (_, index) => ({
      ...template,
      id: `${template.id}-fan${index}`,
      position: index * 10,
      supports: [],
      mentions: template.mentions.map((m, at) => ({ ...m, id: `${m.id}-fan${index}`, line: index * 10 + at + 1, position: index * 10 + at })),
    }));
    const [tension] = sample.tensions;
    const fan = {
      ...sample,
      claims,
      tensions: tension ? [{ ...tension, sideA: { ...tension.sideA, claimIds: [claims[0]?.id ?? ''] }, sideB: { ...tension.sideB, claimIds: claims.slice(1).map((c) => c.id) } }] : [],
    };
    return StoryGraphDocument.parse(JSON.parse(JSON.stringify(fan).replaceAll('corroboration-generated', `credibility-fan-${n}`)));
  }

  test('one claim against 3 or against 9: the same statements (the claim, its corroboration, the two claim edges, its adversaries\' corroborations)', async () => {
    const trips: number[] = [];
    for (const n of [3, 9]) {
      const doc = fanStory(n);
      expect(doc.tensions).toHaveLength(1);
      await writeStoryGraph(api.db, doc);
      const claimId = doc.claims[0]?.id ?? '';
      const response = await api.query<{ claim: { credibility: { rule: string; contradictions: Weighed[] } } }>(
        `query($id: ID!) { claim(id: $id) { credibility { rule contradictions { claim { id } originCount corroboration { originCount } } } } }`,
        { id: claimId },
      );
      const { rule, contradictions } = dataOf(response).claim.credibility;
      const expected = expectedCredibility(doc, claimId, 'DIRECT');
      expect(rule).toBe(expected.rule);
      expect(contradictions.map((c) => ({ id: c.claim.id, originCount: c.corroboration.originCount }))).toEqual(expected.contradictions);
      expect(contradictions).toHaveLength(n);
      trips.push(roundTripsOf(response));
    }
    // The claim; its corroboration; CONTRADICTS and SUPPORTS, both ways each; the adversaries' corroborations.
    expect(trips).toEqual([1 + 1 + 2 + 1, 1 + 1 + 2 + 1]);
  });

  test('a claim set against more claims than Claim.contradicts may list is refused, not graded on part of them', async () => {
    const bound = listBound('Claim', 'contradicts');
    const doc = fanStory(bound + 1);
    await writeStoryGraph(api.db, doc);
    const response = await api.query(`query($id: ID!) { claim(id: $id) { credibility { rule } } }`, { id: doc.claims[0]?.id ?? '' });
    expect(response.errors?.[0]?.extensions).toMatchObject({ code: 'RESULT_TOO_LARGE', limit: bound });
  });

  test('claimsByCredibility grades the whole story in five statements with the story itself, for one claim answered as for all', async () => {
    // The story; its claims; their corroborations; CONTRADICTS both ways; SUPPORTS both ways (every neighbour is a claim of the story, already loaded).
    const expected = 1 + 1 + 1 + 1 + 1;
    const all = Object.keys(CREDIBILITY_GRADES);
    expect((await byCredibility(all, { first: 1 })).trips).toBe(expected);
    expect((await byCredibility(all)).trips).toBe(expected);
  });
});

test('a source is graded for reliability by curation only: null until then', async () => {
  const response = await api.query<{ story: { sources: { reliability: { grade: string } | null }[] } }>(`{ story(id: "${STORY_ID}") { sources { reliability { grade } } } }`);
  const sources = dataOf(response).story.sources;
  expect(sources.length).toBe(seed.sources.length);
  expect(sources.every((s) => s.reliability === null)).toBe(true);
});

describe('generated stories: credibility equals the oracle over any derivations, makers, tensions and backing', () => {
  const ALL_GRADES = '[CONFIRMED, PROBABLY_TRUE, POSSIBLY_TRUE, DOUBTFUL, IMPROBABLE, CANNOT_BE_JUDGED]';
  const QUERY = `query($story: ID!, $evidence: CorroborationEvidence, $discounting: [ID!], $version: Int) {
    story(id: $story) { claimsByCredibility(grades: ${ALL_GRADES}, evidence: $evidence, discounting: $discounting, version: $version) { ${CREDIBILITY} } }
  }`;
  const gradedStory = async (storyId: string, variables: Record<string, unknown>) =>
    dataOf(await api.query<{ story: { claimsByCredibility: Answer[] } }>(QUERY, { story: storyId, ...variables })).story.claimsByCredibility;
  /** The oracle over every claim of a document, in document order. */
  const expectedStory = (doc: StoryGraphDocument, evidence: Evidence, discounted: string[]) =>
    [...doc.claims].sort((a, b) => a.position - b.position).map((c) => ({ id: c.id, ...expectedCredibility(doc, c.id, evidence, new Set(discounted)) }));

  test('50 generated stories, under both evidence modes, with and without a what-if; the version before read back too', async () => {
    let version = 0;
    let previous: StoryGraphDocument | null = null;
    const fired = new Set<string>();
    await fc.assert(
      fc.asyncProperty(arbitraryCredibilityStory, fc.uniqueArray(fc.nat(6), { maxLength: 2 }), async (generated, discountedIndexes) => {
        version += 1;
        const doc: StoryGraphDocument = { ...generated, story: { ...generated.story, version } };
        await writeStoryGraph(api.db, doc);
        const discounted = [...new Set(discountedIndexes.map((index) => doc.sources[index % doc.sources.length]?.id ?? ''))];
        for (const evidence of ['DIRECT', 'DIRECT_AND_INHERITED'] as const) {
          for (const whatIf of [[], discounted]) {
            const answers = await gradedStory(doc.story.id, { evidence, discounting: whatIf });
            expect(answers.map((a) => ({ id: a.claim.id, ...reduced(a) }))).toEqual(expectedStory(doc, evidence, whatIf));
            for (const answer of answers) fired.add(answer.rule);
          }
        }
        // The version before, as that version's document grades it.
        if (previous) {
          const answers = await gradedStory(doc.story.id, { evidence: 'DIRECT_AND_INHERITED', version: version - 1 });
          expect(answers.map((a) => ({ id: a.claim.id, ...reduced(a) }))).toEqual(expectedStory(previous, 'DIRECT_AND_INHERITED', []));
          // So do the claims of that version, each graded at the version it was read at.
          const claims = dataOf(
            await api.query<{ story: { claims: { id: string; credibility: Answer }[] } }>(
              `query($story: ID!, $version: Int) { story(id: $story) { claims(version: $version) { id credibility(evidence: DIRECT_AND_INHERITED) { ${CREDIBILITY} } } } }`,
              { story: doc.story.id, version: version - 1 },
            ),
          ).story.claims;
          expect(claims.map((c) => ({ id: c.id, ...reduced(c.credibility) }))).toEqual(expectedStory(previous, 'DIRECT_AND_INHERITED', []));
        }
        previous = doc;
      }),
      { numRuns: 50 },
    );
    // The generator reaches every row of the table, so every row was held to the oracle.
    expect([...fired].sort()).toEqual(CREDIBILITY_TABLE.map((row) => row.rule).sort());
  }, 300_000);

  test('Claim.credibility on a generated claim equals its row of claimsByCredibility', async () => {
    const [doc] = fc.sample(arbitraryCredibilityStory, { numRuns: 1, seed: 7 });
    if (!doc) throw new Error('fast-check sampled nothing');
    await writeStoryGraph(api.db, { ...doc, story: { ...doc.story, version: 1000 } });
    const rows = await gradedStory(doc.story.id, { evidence: 'DIRECT' });
    for (const row of rows) expect(await credibility(row.claim.id, 'DIRECT')).toEqual(row);
  });
});

describe('claimsByCredibility by independent origins: "claims with fewer than two", per story and across stories', () => {
  const QUERY = `query($stories: [ID!]!, $maxOrigins: Int, $evidence: CorroborationEvidence) {
    claimsByCredibility(storyIds: $stories, maxOrigins: $maxOrigins, evidence: $evidence) { claim { id } originCount }
  }`;
  /** A document's claims with at most `most` origins as the corroboration oracle counts them, in document order. */
  const fewOrigins = (doc: StoryGraphDocument, most: number, evidence: Evidence) =>
    [...doc.claims]
      .sort((a, b) => a.position - b.position || a.id.localeCompare(b.id))
      .map((c) => ({ claim: { id: c.id }, originCount: expectedCorroboration(doc, c.id, evidence).originCount }))
      .filter((c) => c.originCount <= most);

  test('on the seed, Story.claimsByCredibility(maxOrigins) is every claim resting on at most that many origins, with grades left out', async () => {
    for (const most of [0, 1]) {
      const response = await api.query<{ story: { claimsByCredibility: { claim: { id: string }; originCount: number }[] } }>(
        `query($story: ID!, $most: Int) { story(id: $story) { claimsByCredibility(maxOrigins: $most) { claim { id } originCount } } }`,
        { story: STORY_ID, most },
      );
      expect(dataOf(response).story.claimsByCredibility).toEqual(fewOrigins(seed, most, 'DIRECT'));
    }
    // The seed's claims rest on one origin at most (no two independent makers behind any), and some on none: 0 keeps some and drops some.
    expect(fewOrigins(seed, 1, 'DIRECT')).toHaveLength(seed.claims.length);
    expect(fewOrigins(seed, 0, 'DIRECT').length).toBeGreaterThan(0);
    expect(fewOrigins(seed, 0, 'DIRECT').length).toBeLessThan(seed.claims.length);
  });

  test('across the seed and the relay-circle fixture: their claims in the order the stories are named, each as the oracle counts', async () => {
    const circle = await ingestRelayCircle(api.db);
    for (const [evidence, most] of [['DIRECT', 1], ['DIRECT_AND_INHERITED', 0], ['DIRECT_AND_INHERITED', 1]] as const) {
      const response = await api.query<{ claimsByCredibility: { claim: { id: string }; originCount: number }[] }>(QUERY, {
        stories: [circle.story.id, STORY_ID],
        maxOrigins: most,
        evidence,
      });
      expect(dataOf(response).claimsByCredibility).toEqual([...fewOrigins(circle, most, evidence), ...fewOrigins(seed, most, evidence)]);
    }
  });

  test('neither grades nor maxOrigins, a negative maxOrigins, or more than 10 stories: BAD_USER_INPUT naming what is wrong', async () => {
    const ask = async (variables: Record<string, unknown>) => (await api.query(QUERY, { evidence: 'DIRECT', ...variables })).errors?.[0];
    expect(await ask({ stories: [STORY_ID] })).toMatchObject({ extensions: { code: 'BAD_USER_INPUT' }, message: expect.stringMatching(/grades or maxOrigins/) });
    expect(await ask({ stories: [STORY_ID], maxOrigins: -1 })).toMatchObject({ extensions: { code: 'BAD_USER_INPUT' }, message: expect.stringMatching(/maxOrigins/) });
    const eleven = Array.from({ length: 11 }, (_, n) => `story:s${n}`);
    expect(await ask({ stories: eleven, maxOrigins: 1 })).toMatchObject({ extensions: { code: 'BAD_USER_INPUT' }, message: expect.stringMatching(/storyIds/) });
  });
});
