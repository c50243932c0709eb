import { isAsyncIterable, type Plugin } from 'graphql-yoga';

/** graphql's wording: `Did you mean "x"?`, `Did you mean the enum value "X"?`, `Did you mean "x" or "y"?`. */
const SUGGESTION = /\s*Did you mean [^?]*\?/g;

const withoutSuggestions = (errors: readonly Error[]) => {
  for (const error of errors) error.message = error.message.replace(SUGGESTION, '');
};

/**
 * Suggestions spell out the schema, which production keeps to itself along with introspection.
 * Both stages make them: validation (fields, and enum values written in the document, which
 * graphql-armor's field-suggestion mask misses) and the start of execution (values in variables).
 */
export const stripSuggestions: Plugin = {
  onValidate:
    () =>
    ({ valid, result }) => {
      if (!valid) withoutSuggestions(result);
    },
  onExecute: () => ({
    onExecuteDone: ({ result }) => {
      if (!isAsyncIterable(result)) withoutSuggestions(result.errors ?? []);
    },
  }),
};
