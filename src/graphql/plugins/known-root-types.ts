import { GraphQLError, type ValidationRule } from 'graphql';
import type { Plugin } from 'graphql-yoga';

/** An operation of a kind the schema has no root type for (a subscription here) is refused at validation. */
const KnownRootTypes: ValidationRule = (context) => ({
  OperationDefinition(node) {
    if (!context.getSchema().getRootType(node.operation)) {
      context.reportError(new GraphQLError(`This API answers no ${node.operation} operations: the schema has no ${node.operation} type.`, { nodes: node, extensions: { code: 'BAD_USER_INPUT' } }));
    }
  },
});

/**
 * Refuses such operations as bad input before anything else reads them: graphql-js (v16) leaves them
 * to the executor, and the role guard's validation at execution (role-guard.ts) would meet a root
 * type that does not exist.
 */
export const knownRootTypes: Plugin = {
  onValidate: ({ addValidationRule }) => addValidationRule(KnownRootTypes),
};
