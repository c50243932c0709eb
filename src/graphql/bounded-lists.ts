import { defaultFieldResolver, isObjectType, type GraphQLFieldResolver, type GraphQLSchema } from 'graphql';
import { z } from 'zod';
import { apiError } from './errors';
import { listBounds } from './list-bounds';
import { validate } from './validate';

type Resolver = GraphQLFieldResolver<unknown, unknown, Record<string, unknown>>;

const tooLarge = (field: string, max: number) =>
  apiError('RESULT_TOO_LARGE', `${field} holds more than the ${max} items it may return; read it through the matching root connection.`, {
    field,
    limit: max,
  });

/** A field that takes `first`: the client's value checked against the bound, the bound where none is given. */
function sliced(resolve: Resolver, field: string, max: number): Resolver {
  const First = z.number().int().min(1, 'must be at least 1').max(max, `must be at most ${max}`).nullish();
  return async (source, args, context, info) => {
    const first = validate(First, args.first, 'first') ?? max;
    const items = await resolve(source, { ...args, first }, context, info);
    // Loaders read at most `first` already; a list computed in memory (findings) is cut here.
    return Array.isArray(items) && items.length > first ? items.slice(0, first) : items;
  };
}

/** A field with a fixed bound: a longer list is an error, never silently cut. */
function capped(resolve: Resolver, field: string, max: number): Resolver {
  return async (source, args, context, info) => {
    const items = await resolve(source, args, context, info);
    if (Array.isArray(items) && items.length > max) throw tooLarge(field, max);
    return items;
  };
}

/**
 * Holds every list field to the `@listBound` schema.graphql states for it, whatever its resolver
 * does: `first` is checked and defaulted before the resolver runs, and the answer never holds more.
 */
export function guardBoundedLists(schema: GraphQLSchema): void {
  for (const [key, max] of listBounds()) {
    const [typeName, fieldName] = key.split('.') as [string, string];
    const type = schema.getType(typeName);
    if (!isObjectType(type)) continue;
    const field = type.getFields()[fieldName];
    if (!field) continue;
    const resolve = (field.resolve ?? defaultFieldResolver) as Resolver;
    field.resolve = field.args.some((argument) => argument.name === 'first') ? sliced(resolve, key, max) : capped(resolve, key, max);
  }
}
