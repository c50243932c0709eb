import { getDirective } from '@graphql-tools/utils';
import type { GraphQLSchema } from 'graphql';
import type { ApiKeyRole } from '../api-keys/api-key-store';

export const REQUIRES_ROLE_DIRECTIVE = 'requiresRole';

/** schema.graphql's Role enum, as the API keys store roles. */
const KEY_ROLES: Record<string, ApiKeyRole> = { READER: 'reader', EDITOR: 'editor', ADMIN: 'admin' };

/** The key role a `@requiresRole(role: …)` names; its argument is schema.graphql's own enum, so anything else is a schema bug. */
export function keyRoleOf(schemaRole: unknown): ApiKeyRole {
  const role = typeof schemaRole === 'string' ? KEY_ROLES[schemaRole] : undefined;
  if (!role) throw new Error(`@${REQUIRES_ROLE_DIRECTIVE} names no known role: ${JSON.stringify(schemaRole)}`);
  return role;
}

/**
 * Refuses to build a schema with a Mutation field that does not state the role it needs: a write
 * cannot be added unguarded. Every write needs at least an editor.
 */
export function checkMutationRoles(schema: GraphQLSchema): void {
  for (const field of Object.values(schema.getMutationType()?.getFields() ?? {})) {
    const [required] = getDirective(schema, field, REQUIRES_ROLE_DIRECTIVE) ?? [];
    if (!required) throw new Error(`Mutation.${field.name} has no @${REQUIRES_ROLE_DIRECTIVE}(role: …): every write must state the role it needs`);
    if (keyRoleOf(required.role) === 'reader') throw new Error(`Mutation.${field.name} is open to readers: every write needs EDITOR or ADMIN`);
  }
}
