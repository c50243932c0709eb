import { DIFF_KINDS } from '../../model/story-diff';
import { ActorKind, Channel, ClaimKind, DatePrecision, Section, SourceKind } from '../../model/story-graph';
import type { Resolvers } from '../generated/resolvers-types';

/** GraphQL's SCREAMING_CASE enum values ↔ the model's lowercase values stored in the graph. */
const internalValues = <V extends string>(values: readonly V[]) =>
  Object.fromEntries(values.map((value) => [value.toUpperCase(), value])) as { [K in V as Uppercase<K>]: K };

export const enumResolvers: Resolvers = {
  ConsistencyFindingKind: {
    TIMELINE_OUT_OF_ORDER: 'timeline-out-of-order',
    CITATION_OF_MISSING_SOURCE: 'citation-of-missing-source',
    UNCITED_SOURCE: 'uncited-source',
    UNCITED_STATEMENT: 'uncited-statement',
    UNCITED_TENSION_SIDE: 'uncited-tension-side',
  },
  DiffKind: internalValues(DIFF_KINDS),
  ActorKind: internalValues(ActorKind.options),
  Channel: internalValues(Channel.options),
  ClaimKind: internalValues(ClaimKind.options),
  DatePrecision: internalValues(DatePrecision.options),
  Section: internalValues(Section.options),
  SourceKind: internalValues(SourceKind.options),
};
