import { CORROBORATION_SELECTION, reducedCorroboration, type CorroborationAnswer } from './corroboration-oracle';

/** Story.retractionImpact as tests ask it ($story, $discount, $evidence), and its answer in the oracle's (expectedImpact's) shape. */

export const RETRACTION_IMPACT = `query($story: ID!, $discount: Discount!, $evidence: CorroborationEvidence) { story(id: $story) {
  retractionImpact(discount: $discount, evidence: $evidence) {
    discounted { id } fallen { id } claimsAffected claimsLosingAllEvidence claimsDroppingToOneOrigin
    claims { claim { id } before { ${CORROBORATION_SELECTION} } after { ${CORROBORATION_SELECTION} discounted { id } } lostAllEvidence droppedToOneOrigin }
    citedItems { item { id } lostAll cited { id } fallen { id } }
    tensions { tension { id } unsupportedSides }
  }
} }`;

export interface RetractionImpactAnswer {
  story: {
    retractionImpact: {
      discounted: { id: string }[];
      fallen: { id: string }[];
      claimsAffected: number;
      claimsLosingAllEvidence: number;
      claimsDroppingToOneOrigin: number;
      claims: { claim: { id: string }; before: CorroborationAnswer; after: CorroborationAnswer; lostAllEvidence: boolean; droppedToOneOrigin: boolean }[];
      citedItems: { item: { id: string }; lostAll: boolean }[];
      tensions: { tension: { id: string }; unsupportedSides: string[] }[];
    };
  };
}

export type Discount = { sourceIds: string[]; actorIds: string[] };

/** The answer in the oracle's shape, checking the counts and flags against the claims it lists. */
export function reducedImpact(answer: RetractionImpactAnswer['story']['retractionImpact']) {
  const claims = answer.claims.map((c) => ({ id: c.claim.id, before: reducedCorroboration(c.before), after: reducedCorroboration(c.after) }));
  const lost = claims.filter((c) => c.before.evidenceSources > 0 && c.after.evidenceSources === 0);
  const dropped = claims.filter((c) => c.before.originCount >= 2 && c.after.originCount === 1);
  expect(answer.claims.map((c) => c.lostAllEvidence)).toEqual(claims.map((c) => lost.includes(c)));
  expect(answer.claims.map((c) => c.droppedToOneOrigin)).toEqual(claims.map((c) => dropped.includes(c)));
  expect([answer.claimsAffected, answer.claimsLosingAllEvidence, answer.claimsDroppingToOneOrigin]).toEqual([claims.length, lost.length, dropped.length]);
  return {
    discounted: answer.discounted.map((s) => s.id),
    fallen: answer.fallen.map((s) => s.id),
    claims,
    citedItems: answer.citedItems.map((i) => ({ id: i.item.id, lostAll: i.lostAll })),
    tensions: answer.tensions.map((t) => ({ id: t.tension.id, sides: t.unsupportedSides })),
  };
}
