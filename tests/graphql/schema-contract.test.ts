import { readFileSync } from 'node:fs';
import path from 'node:path';
import {
  buildClientSchema,
  buildSchema,
  getIntrospectionQuery,
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

test('the schema served, as introspection shows it, is schema.graphql exactly', () => {
  const declared = printed(buildSchema(sdl));
  // A comparison that could not fail: both sides must hold the API, not be empty.
  expect(declared).toContain('type Query');
  expect(declared).toContain('search(');
  expect(declared).toContain('scalar Date');
  expect(printed(buildClientSchema(introspection))).toBe(declared);
});
