import { CREDIBILITY_GRADES } from '../analytics/credibility-grade';
import { FINDING_KINDS } from '../ingest/consistency-report';
import { CORRECTABLE_FIELDS } from '../model/claim-fields';
import { DERIVATION_KINDS } from '../model/derivations';
import { DIFF_KINDS } from '../model/story-diff';
import { ActorKind, Channel, CitationScope, ClaimKind, DatePrecision, Section, SourceKind } from '../model/story-graph';

type Screaming<S extends string> = S extends `${infer Head}-${infer Tail}` ? `${Uppercase<Head>}_${Screaming<Tail>}` : Uppercase<S>;

/** GraphQL's SCREAMING_SNAKE enum values ↔ the model's lowercase (kebab) values stored in the graph. */
const internalValues = <V extends string>(values: readonly V[]) =>
  Object.fromEntries(values.map((value) => [value.toUpperCase().replace(/-/g, '_'), value])) as { [K in V as Screaming<K>]: K };

/** The one mapping of every enum's values: the resolvers serve it, codegen types it. */
export const ENUM_VALUES = {
  ActorKind: internalValues(ActorKind.options),
  Channel: internalValues(Channel.options),
  CitationScope: internalValues(CitationScope.options),
  ClaimKind: internalValues(ClaimKind.options),
  ClaimField: internalValues(CORRECTABLE_FIELDS),
  // Served by their number on the scale, which the resolvers and the filter work with.
  CredibilityGrade: CREDIBILITY_GRADES,
  ConsistencyFindingKind: internalValues(FINDING_KINDS),
  DatePrecision: internalValues(DatePrecision.options),
  DerivationKind: internalValues(DERIVATION_KINDS),
  DiffKind: internalValues(DIFF_KINDS),
  Section: internalValues(Section.options),
  SourceKind: internalValues(SourceKind.options),
};
