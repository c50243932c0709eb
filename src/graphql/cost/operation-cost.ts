import {
  getNamedType,
  isCompositeType,
  Kind,
  valueFromAST,
  type DirectiveNode,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLField,
  type GraphQLNamedType,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SelectionSetNode,
  type ValueNode,
} from 'graphql';

/** A field's `@listSize`, read once from the schema (IBM GraphQL Cost Directives). */
interface ListSize {
  assumedSize: number | null;
  slicingArguments: string[];
  sizedFields: string[];
  requireOneSlicingArgument: boolean;
}

/** What pricing needs of the schema, read from its directives once per schema, not per request. */
export interface CostModel {
  schema: GraphQLSchema;
  fieldWeight(typeName: string, fieldName: string): number | null;
  typeWeight(type: GraphQLNamedType): number;
  listSize(typeName: string, fieldName: string): ListSize | null;
  /** The most items the field can return, whatever is asked: a `first` beyond it is refused as input. */
  maxSize(typeName: string, fieldName: string): number | null;
}

const argumentValue = (directive: DirectiveNode, name: string): ValueNode | undefined =>
  directive.arguments?.find((argument) => argument.name.value === name)?.value;

const directiveNamed = (directives: readonly DirectiveNode[] | undefined, name: string) =>
  directives?.find((directive) => directive.name.value === name);

function weightOf(directives: readonly DirectiveNode[] | undefined): number | null {
  const cost = directiveNamed(directives, 'cost');
  const weight = cost && argumentValue(cost, 'weight');
  if (!weight) return null;
  const value = weight.kind === Kind.STRING ? Number(weight.value) : NaN;
  if (!Number.isFinite(value) || value < 0) throw new Error(`@cost(weight: …) must be a non-negative number in a string`);
  return value;
}

function listSizeOf(directives: readonly DirectiveNode[] | undefined): ListSize | null {
  const directive = directiveNamed(directives, 'listSize');
  if (!directive) return null;
  const strings = (name: string) => {
    const value = argumentValue(directive, name);
    return value?.kind === Kind.LIST ? value.values.flatMap((item) => (item.kind === Kind.STRING ? [item.value] : [])) : [];
  };
  const assumed = argumentValue(directive, 'assumedSize');
  const requireOne = argumentValue(directive, 'requireOneSlicingArgument');
  return {
    assumedSize: assumed?.kind === Kind.INT ? Number(assumed.value) : null,
    slicingArguments: strings('slicingArguments'),
    sizedFields: strings('sizedFields'),
    requireOneSlicingArgument: requireOne?.kind === Kind.BOOLEAN ? requireOne.value : true,
  };
}

/**
 * Reads `@cost` and `@listSize` of every field and type of `schema`; `bounds` are the most items a
 * field can return (`@listBound`, and the page size for connections).
 */
export function costModel(schema: GraphQLSchema, bounds: ReadonlyMap<string, number> = new Map()): CostModel {
  const fieldWeights = new Map<string, number>();
  const typeWeights = new Map<string, number>();
  const listSizes = new Map<string, ListSize>();
  for (const type of Object.values(schema.getTypeMap())) {
    const typeWeight = weightOf(type.astNode?.directives);
    if (typeWeight !== null) typeWeights.set(type.name, typeWeight);
    if (!('getFields' in type) || !isCompositeType(type)) continue;
    for (const field of Object.values(type.getFields()) as GraphQLField<unknown, unknown>[]) {
      const key = `${type.name}.${field.name}`;
      const weight = weightOf(field.astNode?.directives);
      if (weight !== null) fieldWeights.set(key, weight);
      const size = listSizeOf(field.astNode?.directives);
      if (size) listSizes.set(key, size);
    }
  }
  return {
    schema,
    fieldWeight: (typeName, fieldName) => fieldWeights.get(`${typeName}.${fieldName}`) ?? null,
    typeWeight: (type) => typeWeights.get(type.name) ?? (isCompositeType(type) ? 1 : 0),
    listSize: (typeName, fieldName) => listSizes.get(`${typeName}.${fieldName}`) ?? null,
    maxSize: (typeName, fieldName) => bounds.get(`${typeName}.${fieldName}`) ?? null,
  };
}

export class CostError extends Error {}

interface Walk {
  model: CostModel;
  variables: Record<string, unknown>;
  fragments: Map<string, FragmentDefinitionNode>;
  /** Fragment spreads being priced, so that a cycle (which validation refuses anyway) cannot recurse forever. */
  spreading: Set<string>;
}

/** `@skip(if: true)` or `@include(if: false)`, literal or by variable. */
function skipped(node: { directives?: readonly DirectiveNode[] }, variables: Record<string, unknown>): boolean {
  const flag = (name: string) => {
    const value = directiveNamed(node.directives, name) && argumentValue(directiveNamed(node.directives, name)!, 'if');
    if (!value) return undefined;
    return value.kind === Kind.VARIABLE ? variables[value.name.value] === true : value.kind === Kind.BOOLEAN && value.value;
  };
  return flag('skip') === true || flag('include') === false;
}

/** The number a slicing argument asks for: an Int, or the length of a list argument. */
function slicingValue(field: GraphQLField<unknown, unknown>, node: FieldNode, name: string, variables: Record<string, unknown>): number | null {
  const definition = field.args.find((argument) => argument.name === name);
  if (!definition) return null;
  const given = node.arguments?.find((argument) => argument.name.value === name);
  let value: unknown = definition.defaultValue;
  if (given) {
    value = valueFromAST(given.value, definition.type, variables);
    // A variable left out falls back to the argument's default, as execution does.
    if (value === undefined && given.value.kind === Kind.VARIABLE) value = definition.defaultValue;
  }
  if (Array.isArray(value)) return value.length;
  return typeof value === 'number' && Number.isFinite(value) ? Math.max(0, value) : null;
}

/** How many items a list field is priced at, per `@listSize`; 1 for a field that is no list. */
function listMultiplier(walk: Walk, parent: string, field: GraphQLField<unknown, unknown>, node: FieldNode): number {
  const size = walk.model.listSize(parent, field.name);
  // Every list of objects states its size (a schema test holds it); a list of scalars weighs nothing.
  if (!size) return 1;
  const given = size.slicingArguments
    .map((name) => slicingValue(field, node, name, walk.variables))
    .filter((value): value is number => value !== null);
  // Asking for more than a field can return fetches no more: the resolver refuses it as input.
  const max = walk.model.maxSize(parent, field.name) ?? Infinity;
  if (given.length > 0) return Math.min(max, Math.max(...given));
  if (size.slicingArguments.length > 0 && size.requireOneSlicingArgument && size.assumedSize === null) {
    throw new CostError(`${parent}.${field.name} needs one of its arguments ${size.slicingArguments.join(', ')}`);
  }
  return size.assumedSize ?? 1;
}

/**
 * The price of a selection set: each field weighs its `@cost` (else its type's weight: 1 for objects,
 * 0 for scalars) plus what it selects, times the size of its list. A connection's size applies to its
 * `sizedFields` (edges, nodes) instead of to the connection itself. Fragments are priced where they
 * are spread, each one in full: an upper bound, never an under-count.
 */
function selectionCost(walk: Walk, selectionSet: SelectionSetNode, parentType: GraphQLNamedType, sized: Map<string, number>): number {
  let total = 0;
  for (const selection of selectionSet.selections) {
    if (skipped(selection, walk.variables)) continue;
    if (selection.kind === Kind.INLINE_FRAGMENT) {
      const type = selection.typeCondition ? walk.model.schema.getType(selection.typeCondition.name.value) : parentType;
      if (type) total += selectionCost(walk, selection.selectionSet, type, sized);
      continue;
    }
    if (selection.kind === Kind.FRAGMENT_SPREAD) {
      const name = selection.name.value;
      const fragment = walk.fragments.get(name);
      if (!fragment || walk.spreading.has(name)) continue;
      const type = walk.model.schema.getType(fragment.typeCondition.name.value);
      walk.spreading.add(name);
      if (type) total += selectionCost(walk, fragment.selectionSet, type, sized);
      walk.spreading.delete(name);
      continue;
    }
    total += fieldCost(walk, selection, parentType, sized);
  }
  return total;
}

function fieldCost(walk: Walk, node: FieldNode, parentType: GraphQLNamedType, sized: Map<string, number>): number {
  if (node.name.value.startsWith('__') || !('getFields' in parentType)) return 0;
  const field = (parentType.getFields() as Record<string, GraphQLField<unknown, unknown> | undefined>)[node.name.value];
  if (!field) return 0;
  const type = getNamedType(field.type);
  const size = walk.model.listSize(parentType.name, field.name);
  const multiplier = listMultiplier(walk, parentType.name, field, node);
  const sizedHere = size && size.sizedFields.length > 0;
  const childSized = new Map(sizedHere ? size.sizedFields.map((name) => [name, multiplier]) : []);
  const selected = node.selectionSet ? selectionCost(walk, node.selectionSet, type, childSized) : 0;
  const own = walk.model.fieldWeight(parentType.name, field.name) ?? walk.model.typeWeight(type);
  // A connection's own object is one; the size counts inside it, on its sized fields.
  const times = sizedHere ? 1 : multiplier * (sized.get(field.name) ?? 1);
  return times * (own + selected);
}

/** The estimated cost of running `operation`, with its variables, against the model's schema. */
export function operationCost(
  model: CostModel,
  operation: OperationDefinitionNode,
  fragments: readonly FragmentDefinitionNode[],
  variables: Record<string, unknown>,
): number {
  const root = model.schema.getRootType(operation.operation);
  if (!root) return 0;
  const walk: Walk = { model, variables, fragments: new Map(fragments.map((f) => [f.name.value, f])), spreading: new Set() };
  return selectionCost(walk, operation.selectionSet, root, new Map());
}
