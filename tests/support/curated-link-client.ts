/** The curated-link mutations as tests send them, with what they read back. */

const CLAIM_LINK_FIELDS = `link { relation status from { id } to { id } rationale evidence { id } curator recordedAt }
    from { id revision }
    to { id revision }
    change { id by field before after revision itemId reason }`;

export const ADD_CLAIM_LINK = `mutation AddClaimLink($input: ClaimLinkInput!) {
  addClaimLink(input: $input) {
    ${CLAIM_LINK_FIELDS}
  }
}`;

export const REMOVE_CLAIM_LINK = `mutation RemoveClaimLink($input: ClaimLinkInput!) {
  removeClaimLink(input: $input) {
    ${CLAIM_LINK_FIELDS}
  }
}`;

const SOURCE_LINK_FIELDS = `link { relation source { id } other { id } kind how rationale evidence { id } curator recordedAt }
    source { id revision }
    other { id revision }
    change { id by field before after revision itemId reason }`;

export const DECLARE_SAME_SOURCE = `mutation DeclareSameSource($input: DeclareSameSourceInput!) {
  declareSameSource(input: $input) {
    ${SOURCE_LINK_FIELDS}
  }
}`;

export const ADD_DERIVATION = `mutation AddDerivation($input: AddDerivationInput!) {
  addDerivation(input: $input) {
    ${SOURCE_LINK_FIELDS}
  }
}`;

export interface LinkChange {
  id: string;
  by: string;
  field: string;
  before: string | null;
  after: string;
  revision: number;
  itemId: string;
  reason: string;
}

export interface ClaimLinkAnswer {
  link: { relation: string; status: string; from: { id: string }; to: { id: string }; rationale: string; evidence: { id: string }[]; curator: string; recordedAt: string } | null;
  from: { id: string; revision: number };
  to: { id: string; revision: number };
  change: LinkChange;
}

export interface SourceLinkAnswer {
  link: { relation: string; source: { id: string }; other: { id: string }; kind: string | null; how: string | null; rationale: string; evidence: { id: string }[]; curator: string };
  source: { id: string; revision: number };
  other: { id: string; revision: number };
  change: LinkChange;
}

export const MERGE_CLAIMS = `mutation MergeClaims($input: MergeClaimsInput!) {
  mergeClaims(input: $input) {
    claim { id revision mergedInto { id } mergedClaims { id } mergedMentions { id } }
    merged { id revision mergedInto { id } }
    change { id by field before after revision itemId reason }
  }
}`;

export interface MergeClaimsAnswer {
  claim: { id: string; revision: number; mergedInto: { id: string } | null; mergedClaims: { id: string }[]; mergedMentions: { id: string }[] };
  merged: { id: string; revision: number; mergedInto: { id: string } | null };
  change: LinkChange;
}

export const SPLIT_CLAIM = `mutation SplitClaim($input: SplitClaimInput!) {
  splitClaim(input: $input) {
    split { id claim { id } text speaker { id } mentions { id } rationale evidence { id } curator recordedAt }
    claim { id revision mentions { id } curatedMentions { id } splits { id } }
    change { id by field before after revision itemId reason }
  }
}`;

export interface SplitClaimAnswer {
  split: { id: string; claim: { id: string }; text: string; speaker: { id: string } | null; mentions: { id: string }[]; rationale: string; evidence: { id: string }[]; curator: string; recordedAt: string };
  claim: { id: string; revision: number; mentions: { id: string }[]; curatedMentions: { id: string }[]; splits: { id: string }[] };
  change: LinkChange;
}
