import { RevertChangeInput } from '../curation/curation-inputs';
import { revertChange } from '../curation/revert-change';
import { writerOf } from '../curation/writer-of';
import type { Resolvers } from '../generated/resolvers-types';
import { validate } from '../validate';

/** Curation's administration: undoing a change. */
export const curationAdminResolvers: Resolvers = {
  Mutation: {
    revertChange: (_, args, ctx) => revertChange(ctx.db, writerOf(ctx), validate(RevertChangeInput, args.input, 'input')),
  },
  Change: {
    reverts: (change, _, ctx) => ctx.curation.reverted(change.id),
  },
};
