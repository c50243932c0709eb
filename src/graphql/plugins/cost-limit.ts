import {
  getNamedType,
  getOperationAST,
  getVariableValues,
  GraphQLError,
  Kind,
  type DefinitionNode,
  type FragmentDefinitionNode,
  type GraphQLSchema,
} from 'graphql';
import type { Plugin } from 'graphql-yoga';
import type { RequestContext } from '../context';
import { timeoutError } from '../execution-guard';
import type { HeavyLane } from '../heavy-lane';
import { costModel, CostError, operationCost, type CostModel } from '../cost/operation-cost';
import { listBounds } from '../list-bounds';

/** The most items each list can return: its `@listBound`, and the page size for a connection's `first`. */
function sizeBounds(schema: GraphQLSchema, maxPageSize: number): Map<string, number> {
  const bounds = new Map(listBounds());
  for (const field of Object.values(schema.getQueryType()?.getFields() ?? {})) {
    if (getNamedType(field.type).name.endsWith('Connection')) bounds.set(`Query.${field.name}`, maxPageSize);
  }
  return bounds;
}

export interface CostLimits {
  maxCost: number;
  maxPageSize: number;
  /** Operations priced at `heavyCost` or more run in `lane`, a few at a time. */
  heavyCost: number;
  lane: HeavyLane;
  requestTimeoutMs: number;
}

/**
 * Prices every operation by the schema's `@cost` and `@listSize` directives, with its variables, and
 * refuses one over `maxCost` before any resolver (or Cypher) runs. It runs at execution rather than
 * validation because only then are the variables known: `first: $n` counts n, as `first: 50` does.
 */
export function useCostLimit({ maxCost, maxPageSize, heavyCost, lane, requestTimeoutMs }: CostLimits): Plugin<RequestContext> {
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
        return;
      }
      if (cost < heavyCost) return;
      // The wait is part of the request's time budget, which the guard counts from the request's start.
      const { guard, cancellation } = args.contextValue;
      return lane.acquire(guard.remainingMs(), cancellation.signal, () => timeoutError(requestTimeoutMs)).then(
        (release) => {
          cancellation.signal.addEventListener('abort', release, { once: true });
          return { onExecuteDone: release };
        },
        (error: unknown) => {
          setResultAndStopExecution({ errors: [error instanceof GraphQLError ? error : timeoutError(requestTimeoutMs)] });
        },
      );
    },
  };
}

const refusal = (message: string, numbers: { cost?: number; limit: number }) =>
  new GraphQLError(message, { extensions: { code: 'COST_LIMIT_EXCEEDED', ...numbers, http: { status: 400 } } });
