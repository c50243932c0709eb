import { defaultFieldResolver, getNamedType, isCompositeType, isObjectType, type GraphQLFieldResolver, type GraphQLSchema } from 'graphql';
import type { Limits } from '../config/config';
import { apiError } from './errors';

type Resolver = GraphQLFieldResolver<unknown, { guard: ExecutionGuard }, Record<string, unknown>>;

/** The answer to a request that ran past its time budget, from the timer or from a resolver that saw the clock. */
export const timeoutError = (timeoutMs: number) => apiError('TIMEOUT', `The request ran out of its ${timeoutMs} ms time budget.`);

/** A scalar, or a list of scalars, as JSON at most; anything nested counts as a scalar (it is counted where it is resolved). */
function flatBytes(value: unknown): number {
  if (typeof value === 'string') return value.length + 2;
  if (!Array.isArray(value)) return 8;
  let bytes = 0;
  for (const item of value) bytes += typeof item === 'string' ? item.length + 3 : 9;
  return bytes;
}

/** A generous upper bound of what a row adds to the response: its property names and values, shallowly. */
function approximateBytes(value: unknown): number {
  if (Array.isArray(value)) return 2 + flatBytes(value);
  if (value === null || typeof value !== 'object') return flatBytes(value);
  let bytes = 2;
  for (const [key, property] of Object.entries(value)) bytes += key.length + 4 + flatBytes(property);
  return bytes;
}

/**
 * One request's bounds while it executes: the objects and the bytes its answer may hold, and its
 * deadline. Every resolver of an object or list field reports what it returns here, so that an
 * operation over a bound stops (its Neo4j statements with it) and answers one coded error instead of
 * building the response; the clock is read there too, which ends CPU-bound work that no timer can
 * interrupt while the event loop is busy.
 */
export class ExecutionGuard {
  private nodes = 0;
  private bytes = 0;
  private readonly deadline: number;

  constructor(
    private readonly limits: Pick<Limits, 'resultNodes' | 'resultBytes' | 'requestTimeoutMs'>,
    private readonly cancellation: AbortController,
  ) {
    this.deadline = Date.now() + limits.requestTimeoutMs;
  }

  /** Before a resolver runs: stops at once when the request is over (aborted, or past its deadline). */
  check(): void {
    this.cancellation.signal.throwIfAborted();
    if (Date.now() > this.deadline) this.stop(timeoutError(this.limits.requestTimeoutMs));
  }

  /** What is left of the request's time budget. */
  remainingMs(): number {
    return this.deadline - Date.now();
  }

  /** After a resolver: counts what it returned against the bounds, and hands it on. */
  count<T>(value: T): T {
    if (value == null) return value;
    if (Array.isArray(value)) {
      this.nodes += value.length;
      for (const item of value) this.bytes += approximateBytes(item);
    } else {
      this.nodes += 1;
      this.bytes += approximateBytes(value);
    }
    if (this.nodes > this.limits.resultNodes) {
      this.stop(
        apiError('RESULT_TOO_LARGE', `The answer would hold more than ${this.limits.resultNodes} objects: ask for fewer items (first).`, {
          limit: this.limits.resultNodes,
        }),
      );
    }
    if (this.bytes > this.limits.resultBytes) {
      this.stop(
        apiError('RESULT_TOO_LARGE', `The answer would be larger than ${this.limits.resultBytes} bytes: ask for fewer items or fields.`, {
          limit: this.limits.resultBytes,
        }),
      );
    }
    return value;
  }

  private stop(error: Error): never {
    this.cancellation.abort(error);
    throw error;
  }
}

const isPromise = (value: unknown): value is Promise<unknown> =>
  typeof value === 'object' && value !== null && typeof (value as Promise<unknown>).then === 'function';

function guarded(resolve: Resolver): Resolver {
  return (source, args, context, info) => {
    context.guard.check();
    const result = resolve(source, args, context, info);
    return isPromise(result) ? result.then((value) => context.guard.count(value)) : context.guard.count(result);
  };
}

/** Puts every field that returns objects (or lists of them) under the request's ExecutionGuard. */
export function guardExecution(schema: GraphQLSchema): void {
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || type.name.startsWith('__')) continue;
    for (const field of Object.values(type.getFields())) {
      if (!isCompositeType(getNamedType(field.type))) continue;
      field.resolve = guarded((field.resolve ?? defaultFieldResolver) as Resolver);
    }
  }
}
