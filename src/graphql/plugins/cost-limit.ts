import {
  getOperationAST,
  getVariableValues,
  GraphQLError,
  isObjectType,
  Kind,
  type DefinitionNode,
  type FragmentDefinitionNode,
  type GraphQLSchema,
} from 'graphql';
import type { Plugin } from 'graphql-yoga';
import { costModel, CostError, operationCost, type CostModel } from '../cost/operation-cost';
import { listBoundsIn } from '../list-bounds';
import { schemaDocument } from '../schema-document';

/** The most items each list can return: its `@listBound`, and the page size for a connection's `first`. */
function sizeBounds(schema: GraphQLSchema, maxPageSize: number): Map<string, number> {
  const bounds = listBoundsIn(schemaDocument());
  for (const field of Object.values(schema.getQueryType()?.getFields() ?? {})) {
    const type = field.type.toString().replace(/!$/, '');
    if (type.endsWith('Connection') && isObjectType(schema.getType(type))) bounds.set(`Query.${field.name}`, maxPageSize);
  }
  return bounds;
}

/**
 * Prices every operation by the schema's `@cost` and `@listSize` directives, with its variables, and
 * refuses one over `maxCost` before any resolver (or Cypher) runs. It runs at execution rather than
 * validation because only then are the variables known: `first: $n` counts n, as `first: 50` does.
 */
export function useCostLimit(maxCost: number, maxPageSize: number): Plugin {
  const models = new WeakMap<GraphQLSchema, CostModel>();
  const modelOf = (schema: GraphQLSchema) => {
    let model = models.get(schema);
    if (!model) {
      model = costModel(schema, sizeBounds(schema, maxPageSize));
      models.set(schema, model);
    }
    return model;
  };
  return {
    onExecute: ({ args, setResultAndStopExecution }) => {
      const operation = getOperationAST(args.document, args.operationName);
      if (!operation) return;
      // Variables the schema refuses are left to execution, which answers them as the client's mistake.
      const variables = getVariableValues(args.schema, operation.variableDefinitions ?? [], args.variableValues ?? {});
      if (!variables.coerced) return;
      const fragments = args.document.definitions.filter((d: DefinitionNode): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION);
      let cost: number;
      try {
        cost = operationCost(modelOf(args.schema), operation, fragments, variables.coerced);
      } catch (error) {
        if (!(error instanceof CostError)) throw error;
        setResultAndStopExecution({ errors: [refusal(error.message, { limit: maxCost })] });
        return;
      }
      if (cost > maxCost) {
        setResultAndStopExecution({
          errors: [
            refusal(
              `The operation's estimated cost ${cost} is over the limit of ${maxCost}: ask for fewer items (first) or fewer nested lists.`,
              { cost, limit: maxCost },
            ),
          ],
        });
      }
    },
  };
}

const refusal = (message: string, numbers: { cost?: number; limit: number }) =>
  new GraphQLError(message, { extensions: { code: 'COST_LIMIT_EXCEEDED', ...numbers, http: { status: 400 } } });
