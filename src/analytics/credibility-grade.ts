/**
 * A claim's information credibility on the NATO/Admiralty scale (STANAG 2511, AJP-2.1), graded from
 * the graph alone by a decision table. The grades' definitions followed are those of US Army FM 2-22.3,
 * Appendix B (the Admiralty scale's information-credibility axis as NATO uses it):
 *   1 Confirmed         confirmed by other independent sources; logical in itself; consistent with other information on the subject
 *   2 Probably true     not confirmed; logical in itself; consistent with other information on the subject
 *   3 Possibly true     not confirmed; reasonably logical in itself; agrees with some other information on the subject
 *   4 Doubtful          not confirmed; possible but not logical; no other information on the subject
 *   5 Improbable        not confirmed; not logical in itself; contradicted by other information on the subject
 *   6 Cannot be judged  no basis exists
 * The graph cannot weigh whether a claim is "logical in itself"; it can count what stands behind the
 * claim (its independent origins) and what stands against it (the origins behind the claims that
 * contradict it). The table reads the scale through those counts; each row says why it fits its grade.
 * The scale's other axis, the source's reliability (A–F), is a human judgement: see Source.reliability.
 */

/** The scale's number, 1 (confirmed) to 6 (truth cannot be judged). */
export type CredibilityRating = 1 | 2 | 3 | 4 | 5 | 6;

export const CREDIBILITY_LABELS: Record<CredibilityRating, string> = {
  1: 'Confirmed by other sources',
  2: 'Probably true',
  3: 'Possibly true',
  4: 'Doubtful',
  5: 'Improbable',
  6: 'Truth cannot be judged',
};

/** The grades' names in the API, by their number. */
export const CREDIBILITY_GRADES = {
  CONFIRMED: 1,
  PROBABLY_TRUE: 2,
  POSSIBLY_TRUE: 3,
  DOUBTFUL: 4,
  IMPROBABLE: 5,
  CANNOT_BE_JUDGED: 6,
} as const satisfies Record<string, CredibilityRating>;

/** What the graph says for and against a claim: the table's whole input. */
export interface CredibilityInputs {
  /** Independent origins behind the claim (Claim.corroboration's originCount). */
  origins: number;
  /** None of its evidence closes the claim's own words: it is all inherited from larger passages. */
  inheritedOnly: boolean;
  /** Independent origins behind the strongest claim contradicting it (0: none, or none with evidence). */
  contradiction: number;
  /** Independent origins behind the strongest claim backing it (0: none, or none with evidence). */
  support: number;
}

interface Row {
  rule: string;
  rating: CredibilityRating;
  applies: (inputs: CredibilityInputs) => boolean;
  /** The row in words, for the client: why this grade. */
  reason: string;
}

/**
 * The rows, best grade last within each origin count. Their conditions do not overlap and together
 * cover every input (tested), so exactly one row fires; order does not decide anything.
 */
export const CREDIBILITY_TABLE = [
  {
    // 6 "no basis exists": nothing on either side has evidence.
    rule: 'NO_EVIDENCE',
    rating: 6,
    applies: ({ origins, contradiction, support }) => origins === 0 && contradiction === 0 && support === 0,
    reason: 'Neither the claim nor any claim backing or contradicting it has evidence: no basis exists to judge it.',
  },
  {
    // 5 "not confirmed; contradicted by other information": nothing of its own, evidence against it.
    rule: 'CONTRADICTED_WITHOUT_EVIDENCE',
    rating: 5,
    applies: ({ origins, contradiction }) => origins === 0 && contradiction >= 1,
    reason: 'The claim has no evidence of its own, and a claim with evidence contradicts it.',
  },
  {
    // 3 "agrees with some other information": nothing of its own, but evidenced agreement and no evidence against.
    rule: 'BACKED_BY_ANOTHER_CLAIM',
    rating: 3,
    applies: ({ origins, contradiction, support }) => origins === 0 && contradiction === 0 && support >= 1,
    reason: 'The claim has no evidence of its own, but a claim with evidence backs it and none with evidence contradicts it.',
  },
  {
    // 4 "possible" (it has a basis) yet doubtful: the heavier evidence says otherwise.
    rule: 'OUTWEIGHED',
    rating: 4,
    applies: ({ origins, contradiction }) => origins >= 1 && contradiction > origins,
    reason: 'The claim has evidence, but a claim contradicting it rests on more independent origins.',
  },
  {
    // 3 "possibly true": evidence both ways, in equal weight.
    rule: 'EVENLY_CONTESTED',
    rating: 3,
    applies: ({ origins, contradiction }) => origins >= 1 && contradiction === origins,
    reason: 'A claim contradicting this one rests on as many independent origins as it does.',
  },
  {
    // 2, not 1: corroborated, but not "consistent with other information": weaker evidence says otherwise.
    rule: 'CORROBORATED_BUT_CONTRADICTED',
    rating: 2,
    applies: ({ origins, contradiction }) => origins >= 2 && contradiction >= 1 && contradiction < origins,
    reason: 'Two or more independent origins stand behind the claim, more than behind any claim contradicting it.',
  },
  {
    // 2, not 1: the origins' citations close larger passages and may back only part of them.
    rule: 'CORROBORATED_BY_PASSAGES_ONLY',
    rating: 2,
    applies: ({ origins, inheritedOnly, contradiction }) => origins >= 2 && inheritedOnly && contradiction === 0,
    reason: 'Two or more independent origins, uncontradicted, but cited only for larger passages that hold the claim.',
  },
  {
    // 1 "confirmed by other independent sources; consistent with other information".
    rule: 'CONFIRMED',
    rating: 1,
    applies: ({ origins, inheritedOnly, contradiction }) => origins >= 2 && !inheritedOnly && contradiction === 0,
    reason: 'Two or more independent origins, cited where the claim itself is stated, and no claim with evidence contradicts it.',
  },
  {
    // 3 "not confirmed": one origin, and cited only for a larger passage that may back part of it.
    rule: 'SINGLE_ORIGIN_BY_PASSAGE_ONLY',
    rating: 3,
    applies: ({ origins, inheritedOnly, contradiction }) => origins === 1 && inheritedOnly && contradiction === 0,
    reason: 'One independent origin, uncontradicted, but cited only for a larger passage that holds the claim.',
  },
  {
    // 2 "not confirmed; consistent with other information": one origin, nothing with evidence against it.
    rule: 'SINGLE_ORIGIN',
    rating: 2,
    applies: ({ origins, inheritedOnly, contradiction }) => origins === 1 && !inheritedOnly && contradiction === 0,
    reason: 'One independent origin, cited where the claim itself is stated, and no claim with evidence contradicts it.',
  },
] as const satisfies readonly Row[];

export type CredibilityRule = (typeof CREDIBILITY_TABLE)[number]['rule'];

export interface CredibilityGrade {
  rating: CredibilityRating;
  label: string;
  rule: CredibilityRule;
  reason: string;
}

/**
 * How far each grade leans towards the claim being true, for comparing grades: 6 "cannot be judged"
 * leans neither way, so it sits between the grades that lean true (1–3) and those that lean false (4–5).
 */
export const BELIEF: Record<CredibilityRating, number> = { 1: 6, 2: 5, 3: 4, 6: 3, 4: 2, 5: 1 };

/** The one row of the table that fires for these inputs. */
export function credibilityGrade(inputs: CredibilityInputs): CredibilityGrade {
  const row = CREDIBILITY_TABLE.find((candidate) => candidate.applies(inputs));
  if (!row) throw new Error(`No credibility row covers ${JSON.stringify(inputs)}`);
  return { rating: row.rating, label: CREDIBILITY_LABELS[row.rating], rule: row.rule, reason: row.reason };
}
