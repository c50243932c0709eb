import { isAsyncIterable, type Plugin } from 'graphql-yoga';

/** graphql's wording: `Did you mean "x"?`, `Did you mean the enum value "X"?`, `Did you mean "x" or "y"?`. */
const SUGGESTION = /\s*Did you mean [^?]*\?/g;

/**
 * Variable values are checked when execution starts, where graphql-armor's suggestion blocking (a
 * validation step) does not reach: an enum value misspelt in variables would still be answered with
 * the schema's values, which production keeps to itself along with introspection.
 */
export const hideVariableSuggestions: Plugin = {
  onExecute: () => ({
    onExecuteDone: ({ result }) => {
      if (isAsyncIterable(result)) return;
      for (const error of result.errors ?? []) error.message = error.message.replace(SUGGESTION, '');
    },
  }),
};
