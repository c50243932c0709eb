import type { GraphQLFieldResolver } from 'graphql';
import type { RequestContext } from '../context';
import type { AtVersion } from '../loaders/create-loaders';
import type { Resolvers } from '../generated/resolvers-types';

/** The story version a row was read at: propertiesAt (src/model/graph-vocabulary.ts) marks every versioned read. */
function versionOf(row: unknown): AtVersion | null {
  if (row === null || typeof row !== 'object') return null;
  const { atVersion, atStoryId } = row as { atVersion?: unknown; atStoryId?: unknown };
  return typeof atVersion === 'number' ? { version: atVersion, storyId: typeof atStoryId === 'string' ? atStoryId : null } : null;
}

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  value !== null && typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype;

/** A resolver's answer marked with the version it was read at, where it does not say already (rows made in TypeScript: an Assertion, a TensionSide). */
function marked(value: unknown, at: AtVersion): unknown {
  if (Array.isArray(value)) return value.map((item) => marked(item, at));
  if (!isPlainObject(value) || versionOf(value)) return value;
  return { ...value, atVersion: at.version, atStoryId: at.storyId };
}

type AnyResolver = GraphQLFieldResolver<unknown, RequestContext, Record<string, unknown>>;

// A request's context read at each version, made once: every field of every row read at it asks.
const contextsAt = new WeakMap<RequestContext, Map<string, RequestContext>>();

function contextAt(ctx: RequestContext, at: AtVersion): RequestContext {
  const byVersion = contextsAt.get(ctx) ?? new Map<string, RequestContext>();
  contextsAt.set(ctx, byVersion);
  const key = JSON.stringify([at.version, at.storyId]);
  const known = byVersion.get(key);
  if (known) return known;
  const made = { ...ctx, loaders: ctx.loaders.at(at) };
  byVersion.set(key, made);
  return made;
}

/**
 * A field of a row read at a version reads at that version too, unless the field's own `version`
 * says otherwise. The wrapper keeps the resolver's arity, which tells a field that reads the graph
 * (it takes the context) from one computed from its parent (tests/graphql/field-statement-map.test.ts).
 */
function atParentVersion(resolve: AnyResolver): AnyResolver {
  const wrapped: AnyResolver = (parent, args, ctx, info) => {
    const at = versionOf(parent);
    if (!at) return resolve(parent, args, ctx, info);
    const answer: unknown = resolve(parent, args, contextAt(ctx, at), info);
    return answer instanceof Promise ? answer.then((value) => marked(value, at)) : marked(answer, at);
  };
  return Object.defineProperty(wrapped, 'length', { value: resolve.length });
}

/**
 * Every field resolver of the object types, reading at its parent row's version: one place makes
 * `version: N` (and `asOf`) reach every nested field, so a new type or field gets history for free.
 */
export function resolveAtVersion(resolvers: Resolvers): Resolvers {
  return Object.fromEntries(
    Object.entries(resolvers).map(([type, fields]) => {
      if (type === 'Query' || !isPlainObject(fields)) return [type, fields];
      const wrapped = Object.entries(fields).map(([field, resolve]) =>
        typeof resolve === 'function' && !field.startsWith('__') ? [field, atParentVersion(resolve as AnyResolver)] : [field, resolve],
      );
      return [type, Object.fromEntries(wrapped)];
    }),
  ) as Resolvers;
}
