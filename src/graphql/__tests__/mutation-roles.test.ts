import { buildSchema } from 'graphql';
import { buildSchema as buildClaimgraphSchema } from '../schema';
import { checkMutationRoles } from '../mutation-roles';

/** A write cannot be added without stating the role it needs: the schema does not build. */

const sdl = (mutationFields: string) => `
  directive @requiresRole(role: Role!) on FIELD_DEFINITION
  enum Role { READER EDITOR ADMIN }
  type Query { ok: Boolean }
  type Mutation { ${mutationFields} }
`;

test('every Mutation field of schema.graphql states a role of EDITOR or above', () => {
  const schema = buildClaimgraphSchema();
  const fields = Object.keys(schema.getMutationType()?.getFields() ?? {});
  expect(fields.length).toBeGreaterThanOrEqual(3);
  expect(() => checkMutationRoles(schema)).not.toThrow();
});

test('a Mutation field without @requiresRole, or open to readers, fails the build', () => {
  expect(() => checkMutationRoles(buildSchema(sdl('guarded: Boolean @requiresRole(role: EDITOR) unguarded: Boolean')))).toThrow(
    'Mutation.unguarded has no @requiresRole(role: …): every write must state the role it needs',
  );
  expect(() => checkMutationRoles(buildSchema(sdl('open: Boolean @requiresRole(role: READER)')))).toThrow('Mutation.open is open to readers');
  expect(() => checkMutationRoles(buildSchema(sdl('guarded: Boolean @requiresRole(role: ADMIN)')))).not.toThrow();
});
