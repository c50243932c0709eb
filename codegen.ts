import type { CodegenConfig } from '@graphql-codegen/cli';
import { FINDING_KINDS } from './src/ingest/consistency-report';
import { DIFF_KINDS } from './src/model/story-diff';
import { ActorKind, Channel, ClaimKind, DatePrecision, Section, SourceKind } from './src/model/story-graph';

/** GraphQL enums are SCREAMING_CASE; the graph stores the model's lowercase values. */
const internalValues = (values: readonly string[]) =>
  Object.fromEntries(values.map((value) => [value.toUpperCase().replace(/-/g, '_'), value]));

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
        enumValues: {
          ConsistencyFindingKind: internalValues(FINDING_KINDS),
          DiffKind: internalValues(DIFF_KINDS),
          ActorKind: internalValues(ActorKind.options),
          Channel: internalValues(Channel.options),
          ClaimKind: internalValues(ClaimKind.options),
          DatePrecision: internalValues(DatePrecision.options),
          Section: internalValues(Section.options),
          SourceKind: internalValues(SourceKind.options),
        },
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
          Provenance: row('ProvenanceRow'),
          ProvenanceSource: row('ProvenanceSourceRow'),
          Derivation: row('DerivationRow'),
          Event: row('EventRow'),
          Source: row('SourceRow'),
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
