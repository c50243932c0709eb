import fc from 'fast-check';
import { credibilityGrade, type CredibilityInputs } from '../../src/analytics/credibility-grade';
import { StoryGraphDocument } from '../../src/model/story-graph';
import { arbitraryStory, expectedCorroboration, type Evidence } from './corroboration-oracle';

/**
 * Claim.credibility over a story document (not the graph): the claim's origins and those of the
 * claims set against it (each side-A claim of a tension against each side-B one, either way) and
 * backing it (their `supports`), each counted by the corroboration oracle, graded by the table.
 */

type Doc = StoryGraphDocument;

export interface WeighedExpectation {
  id: string;
  originCount: number;
}

export interface ExpectedCredibility {
  rating: number;
  rule: string;
  inputs: CredibilityInputs;
  contradictions: WeighedExpectation[];
  supports: WeighedExpectation[];
}

export function expectedCredibility(doc: Doc, claimId: string, evidence: Evidence, discounted: ReadonlySet<string> = new Set()): ExpectedCredibility {
  const position = (id: string) => doc.claims.find((c) => c.id === id)?.position ?? 0;
  const weigh = (ids: string[]) =>
    [...new Set(ids)]
      .map((id) => ({ id, originCount: expectedCorroboration(doc, id, evidence, discounted).originCount }))
      .sort((a, b) => b.originCount - a.originCount || position(a.id) - position(b.id) || a.id.localeCompare(b.id));
  const against = doc.tensions.flatMap((t) =>
    t.sideA.claimIds.includes(claimId) ? t.sideB.claimIds : t.sideB.claimIds.includes(claimId) ? t.sideA.claimIds : [],
  );
  const contradictions = weigh(against);
  const supports = weigh(doc.claims.filter((c) => c.supports.includes(claimId)).map((c) => c.id));
  const own = expectedCorroboration(doc, claimId, evidence, discounted);
  const inputs = {
    origins: own.originCount,
    inheritedOnly: own.directSources === 0,
    contradiction: Math.max(0, ...contradictions.map((c) => c.originCount)),
    support: Math.max(0, ...supports.map((c) => c.originCount)),
  };
  const { rating, rule } = credibilityGrade(inputs);
  return { rating, rule, inputs, contradictions, supports };
}

/**
 * The corroboration oracle's generated stories with claims set against and backing each other at
 * random: each claim on side A or B of one tension, or on neither; SUPPORTS edges between any two.
 * The narrator speaks every claim and makes no source, so no claim cites a source of its own speaker.
 */
export const arbitraryCredibilityStory = fc
  .record({
    story: arbitraryStory,
    sides: fc.array(fc.constantFrom('A' as const, 'B' as const, null), { minLength: 4, maxLength: 4 }),
    supports: fc.array(fc.tuple(fc.nat(3), fc.nat(3)), { maxLength: 4 }),
  })
  .map(({ story, sides, supports }): Doc => {
    const ids = story.claims.map((c) => c.id);
    const side = (name: 'A' | 'B') => ids.filter((_, index) => sides[index] === name);
    const backs = (index: number) => [
      ...new Set(supports.filter(([from, to]) => from % ids.length === index && to % ids.length !== index).map(([, to]) => ids[to % ids.length] ?? '')),
    ];
    const [tension] = story.tensions;
    return StoryGraphDocument.parse({
      ...story,
      claims: story.claims.map((c, index) => ({ ...c, supports: backs(index) })),
      tensions:
        tension && side('A').length > 0 && side('B').length > 0
          ? [{ ...tension, sideA: { ...tension.sideA, claimIds: side('A') }, sideB: { ...tension.sideB, claimIds: side('B') } }]
          : [],
    });
  });
