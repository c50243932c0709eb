import {
  getNamedType,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  isObjectType,
  isScalarType,
  type GraphQLField,
  type GraphQLInputType,
} from 'graphql';
import { buildSchema } from '../../src/graphql/schema';

/**
 * Every Mutation field of the schema, and a request of each that GraphQL accepts whatever its values
 * mean: what the authorization tests send, so that a mutation added later is among them unasked.
 */

export const schema = buildSchema();
export const MUTATION_FIELDS = Object.values(schema.getMutationType()?.getFields() ?? {});

/** A value of the input type that GraphQL accepts, whatever it means: refused attempts never get further. */
function sampleOf(type: GraphQLInputType): unknown {
  if (isNonNullType(type)) return sampleOf(type.ofType);
  if (isListType(type)) return [sampleOf(type.ofType)];
  if (isEnumType(type)) return type.getValues()[0]?.name;
  if (isInputObjectType(type)) {
    return Object.fromEntries(Object.values(type.getFields()).filter((field) => isNonNullType(field.type)).map((field) => [field.name, sampleOf(field.type)]));
  }
  const samples: Record<string, unknown> = { ID: 'x', String: 'x', Int: 0, Float: 0, Boolean: false, Date: '2026-01-01', DateTime: '2026-01-01T00:00:00Z' };
  if (isScalarType(type) && type.name in samples) return samples[type.name];
  throw new Error(`No sample value of ${String(type)}: add one to sampleOf`);
}

/** The operation that runs `field` once, its arguments as variables and only `__typename` selected. */
export function operationOf(field: GraphQLField<unknown, unknown>): string {
  const variables = field.args.map((arg) => `$${arg.name}: ${String(arg.type)}`).join(', ');
  const args = field.args.map((arg) => `${arg.name}: $${arg.name}`).join(', ');
  const selection = isObjectType(getNamedType(field.type)) ? ' { __typename }' : '';
  return `mutation Matrix${variables ? `(${variables})` : ''} { ${field.name}${args ? `(${args})` : ''}${selection} }`;
}

export const sampleVariables = (field: GraphQLField<unknown, unknown>) => Object.fromEntries(field.args.map((arg) => [arg.name, sampleOf(arg.type)]));
