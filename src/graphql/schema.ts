import { readFileSync } from 'node:fs';
import path from 'node:path';
import { makeExecutableSchema } from '@graphql-tools/schema';
import { isScalarType, type GraphQLSchema } from 'graphql';
import { projectRoot } from '../config/config';
import { resolvers } from './resolvers';

export const schemaPath = path.join(projectRoot, 'schema.graphql');

/** The API is schema.graphql, word for word; resolvers attach to it and may not add fields. */
export function buildSchema(): GraphQLSchema {
  const schema = makeExecutableSchema({
    typeDefs: readFileSync(schemaPath, 'utf8'),
    resolvers,
    resolverValidationOptions: { requireResolversToMatchSchema: 'error', requireResolversForResolveType: 'error' },
  });
  // A scalar's resolver is a whole GraphQLScalarType, whose empty description replaced the SDL's.
  for (const type of Object.values(schema.getTypeMap())) {
    if (isScalarType(type) && type.astNode?.description) type.description = type.astNode.description.value;
  }
  return schema;
}
