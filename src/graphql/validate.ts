import type { z } from 'zod';
import { badInput } from './errors';

/** Checks resolver arguments before any Cypher runs; failures become one BAD_USER_INPUT error. */
export function validate<S extends z.ZodType>(schema: S, value: unknown, argument: string): z.infer<S> {
  const parsed = schema.safeParse(value);
  if (!parsed.success) throw badInput(parsed.error, argument);
  return parsed.data;
}
