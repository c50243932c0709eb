import { makeExecutableSchema } from '@graphql-tools/schema';
import { isScalarType, type GraphQLSchema } from 'graphql';
import { guardBoundedLists } from './bounded-lists';
import { guardExecution } from './execution-guard';
import { checkMutationRoles } from './mutation-roles';
import { resolvers } from './resolvers';
import { schemaDocument } from './schema-document';

export { schemaPath } from './schema-document';

/** The API is schema.graphql, word for word; resolvers attach to it and may not add fields. */
export function buildSchema(): GraphQLSchema {
  const schema = makeExecutableSchema({
    typeDefs: schemaDocument(),
    resolvers,
    resolverValidationOptions: { requireResolversToMatchSchema: 'error', requireResolversForResolveType: 'error' },
  });
  // A scalar's resolver is a whole GraphQLScalarType, whose empty description replaced the SDL's.
  for (const type of Object.values(schema.getTypeMap())) {
    if (isScalarType(type) && type.astNode?.description) type.description = type.astNode.description.value;
  }
  checkMutationRoles(schema);
  guardBoundedLists(schema);
  // Outermost, so that it counts what the bounded lists hand on.
  guardExecution(schema);
  return schema;
}
