import { connectionFields } from '../pagination';
import type { Resolvers } from '../generated/resolvers-types';
import { actorResolvers } from './actor';
import { actorPairResolvers } from './actor-pair';
import { circularReportingResolvers } from './circular-reporting';
import { claimCorrectionResolvers } from './claim-corrections';
import { aggregateResolvers } from './aggregates';
import { claimResolvers } from './claim';
import { claimReviewResolvers } from './claim-review';
import { credibilityResolvers } from './credibility';
import { curatedLinkResolvers } from './curated-links';
import { claimSplitResolvers } from './claim-splits';
import { curationResolvers } from './curation';
import { curationAdminResolvers } from './curation-admin';
import { enumResolvers } from './enums';
import { eventResolvers } from './event';
import { mentionResolvers } from './mention';
import { identityResolvers } from './identity';
import { graphqlTypeOf } from './node-types';
import { perspectiveResolvers } from './perspective';
import { queryResolvers } from './query';
import { questionResolvers } from './question';
import { resolveAtVersion } from './resolve-at-version';
import { retractionImpactResolvers } from './retraction-impact';
import { scalarResolvers } from './scalars';
import { sourceResolvers } from './source';
import { storyResolvers } from './story';
import { tensionResolvers } from './tension';

const searchResultType = (node: { id: string }) => {
  const type = graphqlTypeOf(node);
  if (type !== 'Claim' && type !== 'Source' && type !== 'Event' && type !== 'Actor') throw new Error(`${node.id} is not searchable`);
  return type;
};

/** Every resolver of schema.graphql; each type's own live in the module named after it. */
export const resolvers: Resolvers = resolveAtVersion({
  ...scalarResolvers,
  ...enumResolvers,
  Node: { __resolveType: graphqlTypeOf },
  SearchResult: { __resolveType: searchResultType },
  StoryConnection: connectionFields,
  ActorConnection: connectionFields,
  ClaimConnection: connectionFields,
  EventConnection: connectionFields,
  SourceConnection: connectionFields,
  QuestionConnection: connectionFields,
  PerspectiveConnection: connectionFields,
  TensionConnection: connectionFields,
  ...storyResolvers,
  ...actorResolvers,
  ...actorPairResolvers,
  ...aggregateResolvers,
  ...claimResolvers,
  ...mentionResolvers,
  ...eventResolvers,
  ...sourceResolvers,
  ...questionResolvers,
  ...perspectiveResolvers,
  ...tensionResolvers,
  ...identityResolvers,
  ...retractionImpactResolvers,
  ...credibilityResolvers,
  ...circularReportingResolvers,
  ...curationResolvers,
  ...claimCorrectionResolvers,
  ...curatedLinkResolvers,
  ...claimSplitResolvers,
  ...curationAdminResolvers,
  // Curation adds fields to Query, Claim and Source (schema.graphql's `extend type`): merged field by field.
  Query: { ...queryResolvers, ...curationResolvers.Query, ...claimCorrectionResolvers.Query, ...curationAdminResolvers.Query },
  // Corrections answer some of Claim's own fields (text, speaker, sources, …): merged last.
  Claim: { ...claimResolvers.Claim, ...curationResolvers.Claim, ...claimReviewResolvers.Claim, ...curatedLinkResolvers.Claim, ...claimSplitResolvers.Claim, ...claimCorrectionResolvers.Claim },
  Story: { ...storyResolvers.Story, ...claimReviewResolvers.Story },
  ClaimSplit: { ...claimSplitResolvers.ClaimSplit, ...curationResolvers.ClaimSplit, ...claimReviewResolvers.ClaimSplit },
  Source: { ...sourceResolvers.Source, ...curationResolvers.Source, ...curatedLinkResolvers.Source },
  // Curation's administration (curation-admin.ts) adds to Query, Mutation and Change.
  Mutation: { ...curationResolvers.Mutation, ...claimCorrectionResolvers.Mutation, ...curatedLinkResolvers.Mutation, ...claimSplitResolvers.Mutation, ...curationAdminResolvers.Mutation },
  Change: { ...curationResolvers.Change, ...curationAdminResolvers.Change },
});
