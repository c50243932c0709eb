import { readFileSync } from 'node:fs';
import path from 'node:path';
import {
  buildClientSchema,
  buildSchema,
  getIntrospectionQuery,
  isScalarType,
  isSpecifiedScalarType,
  lexicographicSortSchema,
  printSchema,
  type GraphQLSchema,
  type IntrospectionQuery,
} from 'graphql';
import { projectRoot } from '../../src/config/config';
import { dataOf, startApiOverSeed, type ApiHarness } from '../support/graphql-harness';

/** schema.graphql is the API's whole contract: what yoga serves must be exactly that file. */

let api: ApiHarness;
beforeAll(async () => {
  api = await startApiOverSeed();
});
afterAll(() => api.close());

/** A schema as comparable text: sorted, so that only content, never declaration order, matters. */
const printed = (schema: GraphQLSchema) => printSchema(lexicographicSortSchema(schema));

let introspection: IntrospectionQuery;
const sdl = readFileSync(path.join(projectRoot, 'schema.graphql'), 'utf8');
beforeAll(async () => {
  introspection = dataOf(
    await api.query<IntrospectionQuery>(
      getIntrospectionQuery({ descriptions: true, schemaDescription: true, specifiedByUrl: true, directiveIsRepeatable: true, inputValueDeprecation: true }),
    ),
  );
});

/** The same schema with the descriptions of its own scalars (Date, DateTime) left out. */
function withoutScalarDescriptions(schema: GraphQLSchema): GraphQLSchema {
  for (const type of Object.values(schema.getTypeMap())) {
    if (isScalarType(type) && !isSpecifiedScalarType(type)) type.description = undefined;
  }
  return schema;
}

test('the schema served, as introspection shows it, is schema.graphql but for the scalar descriptions', () => {
  const declared = printed(withoutScalarDescriptions(buildSchema(sdl)));
  // A comparison that could not fail: both sides must hold the API, not be empty.
  expect(declared).toContain('type Query');
  expect(declared).toContain('search(');
  expect(declared).toContain('\nscalar Date\n');
  expect(printed(withoutScalarDescriptions(buildClientSchema(introspection)))).toBe(declared);
});

// BUG (src/graphql/resolvers/scalars.ts): the Date and DateTime scalars are built with their error
// hint as `description`, which replaces schema.graphql's descriptions in what clients introspect
// ("expected a calendar date YYYY-MM-DD" instead of "A calendar date, `YYYY-MM-DD`.").
// Remove `.failing` once fixed; the test above then needs no exception.
test.failing('the schema served is schema.graphql exactly, scalar descriptions included', () => {
  expect(printed(buildClientSchema(introspection))).toBe(printed(buildSchema(sdl)));
});
