import { EnvelopArmorPlugin } from '@escape.tech/graphql-armor';
import { maxDepthPlugin } from '@escape.tech/graphql-armor-max-depth';
import { GraphQLError, type ValidationContext } from 'graphql';
import type { Limits } from '../../config/config';

type LimitName = 'depth' | 'introspectionDepth' | 'aliases' | 'directives' | 'tokens';

/**
 * graphql-armor reports a refusal as a code-less "Syntax Error: …"; clients get a validation failure
 * they can branch on instead, naming the limit. The token limit runs while parsing, where there is no
 * validation context to report to, so it throws.
 */
function refusal(limit: LimitName) {
  return {
    propagateOnRejection: false,
    onReject: [
      (context: ValidationContext | null, error: GraphQLError) => {
        const refused = new GraphQLError(error.message.replace(/^Syntax Error: /, ''), {
          extensions: { code: 'GRAPHQL_VALIDATION_FAILED', limit },
        });
        if (!context) throw refused;
        context.reportError(refused);
      },
    ],
  };
}

/**
 * Refuses oversized operations while parsing and validating, before any resolver (or Cypher) runs.
 * `depth` skips `__schema` fields, so GraphiQL's introspection query still passes; a second
 * depth rule bounds everything, introspection included (graphql's own MaxIntrospectionDepthRule
 * already bounds its fan-out through `fields { type { fields … } }`).
 */
export function armorLimitPlugins(limits: Limits, options: { hideSuggestions: boolean }): ReturnType<typeof EnvelopArmorPlugin>[] {
  const armor = EnvelopArmorPlugin({
    // An empty mask: the message reads as if graphql never had a suggestion to make.
    blockFieldSuggestion: { enabled: options.hideSuggestions, mask: '' },
    maxDepth: { n: limits.depth, ...refusal('depth') },
    // Priced by the schema's cost directives instead (useCostLimit), which count list sizes and variables.
    costLimit: { enabled: false },
    maxAliases: { n: limits.aliases, ...refusal('aliases') },
    maxDirectives: { n: limits.directives, ...refusal('directives') },
    maxTokens: { n: limits.tokens, ...refusal('tokens') },
  });
  const introspectionDepth = maxDepthPlugin({
    n: limits.introspectionDepth,
    ignoreIntrospection: false,
    flattenFragments: true,
    ...refusal('introspectionDepth'),
  });
  return [armor, introspectionDepth];
}
