import { useGenericAuth } from '@envelop/generic-auth';
import type { Plugin } from 'graphql-yoga';
import { roleAtLeast, type ApiKeyIdentity } from '../../api-keys/api-key-store';
import type { RequestContext } from '../context';
import { apiError } from '../errors';
import { keyRoleOf, REQUIRES_ROLE_DIRECTIVE } from '../mutation-roles';

/**
 * Holds every field marked `@requiresRole(role: …)` (every Mutation field: mutation-roles.ts) to the
 * request's API key before execution starts (@envelop/generic-auth's extended validation), so a
 * refused operation runs no resolver and writes nothing: without a key UNAUTHENTICATED, with a
 * weaker one FORBIDDEN. The request log line names the key (request-logging.ts).
 */
export function useRoleGuard(): Plugin<RequestContext> {
  return useGenericAuth<ApiKeyIdentity, RequestContext, 'client'>({
    mode: 'protect-granular',
    contextFieldName: 'client',
    authDirectiveName: REQUIRES_ROLE_DIRECTIVE,
    resolveUserFn: (context) => context.client,
    validateUser: ({ user, field, fieldAuthArgs }) => {
      if (!fieldAuthArgs) return undefined;
      const needed = keyRoleOf(fieldAuthArgs.role);
      if (!user) return apiError('UNAUTHENTICATED', `${field.name} needs an API key of role ${needed} or above in the X-API-Key header.`);
      if (!roleAtLeast(user.role, needed)) {
        return apiError('FORBIDDEN', `${field.name} needs an API key of role ${needed} or above; this key (${user.id}) is a ${user.role}.`, { role: user.role });
      }
      return undefined;
    },
  }) as Plugin<RequestContext>;
}
