import { z } from 'zod';
import { ApiKeyStore, LastAdminKeyError, type ApiKeyRecord, type ApiKeyRole, type KeyChange, type KeyChangeActor } from '../../api-keys/api-key-store';
import type { RequestContext } from '../context';
import { CreateApiKeyInput, RevokeApiKeyInput, RevertChangeInput, SetApiKeyRoleInput } from '../curation/curation-inputs';
import type { ChangeRow } from '../curation/curation-rows';
import { revertChange } from '../curation/revert-change';
import { writerOf } from '../curation/writer-of';
import { apiError, notFound } from '../errors';
import type { Resolvers } from '../generated/resolvers-types';
import { listBound } from '../list-bounds';
import { keyRoleOf } from '../mutation-roles';
import { validate } from '../validate';

const ApiKeysArguments = z.object({ first: z.number().int().min(0).max(listBound('Query', 'apiKeys')).nullish() });

const RefusedWritesArguments = z.object({
  by: z.string().max(100).nullish(),
  first: z.number().int().min(0).max(listBound('Query', 'refusedWrites')).nullish(),
});

/** schema.graphql's Role of a key's role. */
const schemaRole = (role: ApiKeyRole) => role.toUpperCase() as 'READER' | 'EDITOR' | 'ADMIN';

/** The admin's key, named in each key change it makes. */
const adminOf = (ctx: RequestContext, mutation: string, reason: string): KeyChangeActor => ({ by: writerOf(ctx).id, via: mutation, reason });

/** A key change's answer, or the API's refusal of what the store refused. */
async function keyChange(id: string, change: () => Promise<KeyChange | undefined>): Promise<{ apiKey: ApiKeyRecord; change: ChangeRow | null }> {
  try {
    const changed = await change();
    if (!changed) throw notFound('API key', id);
    return { apiKey: changed.record, change: changed.change as unknown as ChangeRow | null };
  } catch (error) {
    if (error instanceof LastAdminKeyError) throw apiError('BAD_USER_INPUT', error.message, { id });
    throw error;
  }
}

/** Curation's administration: undoing a change, and API keys managed by admins (the CLI's store and rules). */
export const curationAdminResolvers: Resolvers = {
  Mutation: {
    revertChange: (_, args, ctx) => revertChange(ctx.db, writerOf(ctx), validate(RevertChangeInput, args.input, 'input')),
    createApiKey: async (_, args, ctx) => {
      const input = validate(CreateApiKeyInput, args.input, 'input');
      const { key, record, change } = await new ApiKeyStore(ctx.db).create(input.name, keyRoleOf(input.role), adminOf(ctx, 'createApiKey', input.reason));
      return { key, apiKey: record, change: change as unknown as ChangeRow };
    },
    revokeApiKey: (_, args, ctx) => {
      const input = validate(RevokeApiKeyInput, args.input, 'input');
      return keyChange(input.id, () => new ApiKeyStore(ctx.db).revoke(input.id, adminOf(ctx, 'revokeApiKey', input.reason)));
    },
    setApiKeyRole: (_, args, ctx) => {
      const input = validate(SetApiKeyRoleInput, args.input, 'input');
      return keyChange(input.id, () => new ApiKeyStore(ctx.db).setRole(input.id, keyRoleOf(input.role), adminOf(ctx, 'setApiKeyRole', input.reason)));
    },
  },
  Query: {
    apiKeys: (_, args, ctx) => {
      const { first } = validate(ApiKeysArguments, { first: args.first }, 'arguments');
      return new ApiKeyStore(ctx.db).list(first ?? listBound('Query', 'apiKeys'));
    },
    refusedWrites: (_, args, ctx) => {
      const { by, first } = validate(RefusedWritesArguments, { by: args.by, first: args.first }, 'arguments');
      return ctx.refusedWrites.newest(first ?? listBound('Query', 'refusedWrites'), by ?? null);
    },
  },
  Change: {
    reverts: (change, _, ctx) => ctx.curation.reverted(change.id),
  },
  ApiKey: {
    role: (key) => schemaRole(key.role),
    lastChange: (key, _, ctx) => ctx.curation.newestChange(key.id),
  },
  RefusedWrite: {
    role: (refusal) => (refusal.role === null ? null : schemaRole(refusal.role)),
  },
};
