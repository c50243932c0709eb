import type { CodegenConfig } from '@graphql-codegen/cli';
import { ENUM_VALUES } from './src/graphql/enum-values';

const row = (name: string) => `../rows#${name}`;

const config: CodegenConfig = {
  schema: 'schema.graphql',
  generates: {
    'src/graphql/generated/resolvers-types.ts': {
      plugins: ['typescript', 'typescript-resolvers'],
      config: {
        contextType: '../context#RequestContext',
        useTypeImports: true,
        enumsAsTypes: true,
        scalars: { Date: 'string', DateTime: 'string' },
        enumValues: ENUM_VALUES,
        mappers: {
          Story: row('StoryRow'),
          StoryVersion: row('StoryVersionRow'),
          StoryGraph: row('StoryGraphRow'),
          StoryStats: row('StoryStatsRow'),
          ConsistencyReport: row('ConsistencyReportRow'),
          ConsistencyFinding: row('ConsistencyFindingRow'),
          StoryDiff: row('StoryDiffRow'),
          DiffItem: row('DiffItemRow'),
          DiffChange: row('DiffChangeRow'),
          FieldChange: row('FieldChangeRow'),
          GraphNode: row('GraphNodeRow'),
          GraphEdge: row('GraphEdgeRow'),
          Actor: row('ActorRow'),
          Assertion: row('AssertionRow'),
          Claim: row('ClaimRow'),
          Mention: row('MentionRow'),
          Disclosure: row('DisclosureRow'),
          Provenance: row('ProvenanceRow'),
          ProvenanceSource: row('ProvenanceSourceRow'),
          Derivation: row('DerivationRow'),
          Corroboration: row('CorroborationRow'),
          IndependentOrigin: row('IndependentOriginRow'),
          OriginPath: row('OriginPathRow'),
          Event: row('EventRow'),
          Source: row('SourceRow'),
          SourceIdentity: row('SourceIdentityRow'),
          ClaimIdentity: row('ClaimIdentityRow'),
          Question: row('QuestionRow'),
          Perspective: row('PerspectiveRow'),
          Tension: row('TensionRow'),
          TensionSide: row('TensionSideRow'),
          Contradiction: row('ContradictionRow'),
          SearchHit: row('SearchHitRow'),
          StoryConnection: `../rows#ConnectionRow<StoryRow>`,
          ActorConnection: `../rows#ConnectionRow<ActorRow>`,
          ClaimConnection: `../rows#ConnectionRow<ClaimRow>`,
          EventConnection: `../rows#ConnectionRow<EventRow>`,
          SourceConnection: `../rows#ConnectionRow<SourceRow>`,
          QuestionConnection: `../rows#ConnectionRow<QuestionRow>`,
          PerspectiveConnection: `../rows#ConnectionRow<PerspectiveRow>`,
          TensionConnection: `../rows#ConnectionRow<TensionRow>`,
        },
      },
    },
  },
};

export default config;
