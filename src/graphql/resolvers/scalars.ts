import { GraphQLError, GraphQLScalarType, Kind } from 'graphql';
import { z } from 'zod';
import type { Resolvers } from '../generated/resolvers-types';

/** A string scalar checked by a zod schema; its description stays schema.graphql's. */
const isoScalar = (name: string, expected: string, schema: z.ZodType<string>) => {
  const parse = (value: unknown) => {
    const parsed = schema.safeParse(value);
    if (!parsed.success) {
      throw new GraphQLError(`${name} cannot represent ${JSON.stringify(value)}: ${expected}`, {
        extensions: { code: 'BAD_USER_INPUT' },
      });
    }
    return parsed.data;
  };
  return new GraphQLScalarType({
    name,
    serialize: (value) => String(value),
    parseValue: parse,
    parseLiteral: (ast) => parse(ast.kind === Kind.STRING ? ast.value : undefined),
  });
};

/** A real calendar date: 2026-02-30 is refused, not rolled over. */
const CalendarDate = z.string().refine((value) => {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(value);
});

export const scalarResolvers: Resolvers = {
  Date: isoScalar('Date', 'expected a calendar date YYYY-MM-DD', CalendarDate),
  DateTime: isoScalar('DateTime', 'expected an ISO 8601 date-time with offset', z.iso.datetime({ offset: true })),
};
