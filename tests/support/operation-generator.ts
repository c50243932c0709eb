import fc from 'fast-check';
import {
  getNamedType,
  getNullableType,
  isAbstractType,
  isEnumType,
  isInputObjectType,
  isLeafType,
  isListType,
  isNonNullType,
  isObjectType,
  isScalarType,
  type GraphQLArgument,
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLNamedType,
  type GraphQLObjectType,
  type GraphQLSchema,
} from 'graphql';

/** A generated GraphQL request. */
export interface GeneratedOperation {
  query: string;
  variables: Record<string, unknown>;
}

/** What the generator knows of the graph it runs against: ids that exist, by their type prefix. */
export interface KnownIds {
  byType: Record<string, string[]>;
  stories: string[];
}

/** How large the generated operations may grow: the server's own limits, so that many pass them. */
export interface GeneratorBounds {
  maxDepth: number;
  maxAliases: number;
}

type Draw = fc.GeneratorValue;

const FIRST_VALUES = [0, 1, 2, 3, 5, 10, 20, 50, 99, 100, 101, 500, 999, 1000, 1001, 10_000, -1];
const WORDS = ['layoff', 'really smart people', 'Meta', 'memo', 'audio', 'x', 'Zuckerberg', 'surveillance'];

/**
 * Builds random operations from the schema itself, as a client exploring it might: any field at any
 * depth (up to the bounds), `first` from tiny to far over every bound, literal or by variable,
 * aliases of the same field, named fragments, inline fragments on abstract types, versions and
 * filters. Ids come from the graph, with a few that do not exist.
 */
export class OperationBuilder {
  private variables: Record<string, unknown> = {};
  private variableDefinitions: string[] = [];
  private fragments: string[] = [];
  private aliases = 0;

  constructor(
    private readonly schema: GraphQLSchema,
    private readonly ids: KnownIds,
    private readonly bounds: GeneratorBounds,
    private readonly draw: Draw,
  ) {}

  build(): GeneratedOperation {
    const root = this.schema.getQueryType();
    if (!root) throw new Error('schema without a query type');
    const depth = this.draw(fc.integer, { min: 1, max: this.bounds.maxDepth });
    const selection = this.selection(root, depth, 1, 4);
    const header = this.variableDefinitions.length > 0 ? `query Generated(${this.variableDefinitions.join(', ')})` : 'query Generated';
    return { query: [`${header} { ${selection} }`, ...this.fragments].join('\n'), variables: this.variables };
  }

  private pick<T>(items: readonly T[]): T {
    const item = items[this.draw(fc.integer, { min: 0, max: items.length - 1 })];
    if (item === undefined) throw new Error('pick from an empty list');
    return item;
  }

  private chance(percent: number): boolean {
    return this.draw(fc.integer, { min: 1, max: 100 }) <= percent;
  }

  private selection(type: GraphQLObjectType, depth: number, minFields: number, maxFields: number): string {
    const fields = Object.values(type.getFields());
    const count = this.draw(fc.integer, { min: minFields, max: Math.min(maxFields, fields.length) });
    // Each field once: the same field twice with other arguments is a conflict (aliases make copies).
    const chosen = [...new Set(Array.from({ length: count }, () => this.pick(fields)))];
    const parts = chosen.map((field) => this.field(field, depth)).filter((part): part is string => part !== null);
    // A selection must not be empty; every type has a leaf or `__typename`.
    if (parts.length === 0) parts.push('__typename');
    if (depth > 1 && this.chance(15)) {
      const name = `F${this.fragments.length}`;
      this.fragments.push(`fragment ${name} on ${type.name} { ${parts.join(' ')} }`);
      return `...${name}`;
    }
    return parts.join(' ');
  }

  private field(field: GraphQLField<unknown, unknown>, depth: number): string | null {
    const named = getNamedType(field.type);
    // Decided before any argument is drawn: a variable defined for a dropped field would be unused.
    if (!isLeafType(named) && depth <= 1) return null;
    const args = this.arguments(field);
    if (args === null) return null;
    const call = `${field.name}${args}`;
    if (isLeafType(named)) return call;
    const sub = this.subSelection(named, depth - 1);
    const once = `${call} { ${sub} }`;
    if (this.aliases < this.bounds.maxAliases && this.chance(8)) {
      const copies = this.draw(fc.integer, { min: 1, max: Math.min(3, this.bounds.maxAliases - this.aliases) });
      this.aliases += copies;
      return [once, ...Array.from({ length: copies }, (_, i) => `a${this.aliases - i}: ${call} { ${this.subSelection(named, depth - 1)} }`)].join(' ');
    }
    return once;
  }

  private subSelection(type: GraphQLNamedType, depth: number): string {
    if (isObjectType(type)) return this.selection(type, depth, 1, 4);
    if (isAbstractType(type)) {
      const possible = this.schema.getPossibleTypes(type);
      const chosen = Array.from({ length: this.draw(fc.integer, { min: 1, max: 2 }) }, () => this.pick(possible));
      return ['__typename', ...chosen.map((object) => `... on ${object.name} { ${this.selection(object, depth, 1, 3)} }`)].join(' ');
    }
    return '__typename';
  }

  /** `(a: …, b: …)`, with every required argument and some optional ones; null when one cannot be made. */
  private arguments(field: GraphQLField<unknown, unknown>): string | null {
    const given: string[] = [];
    for (const argument of field.args) {
      const required = isNonNullType(argument.type) && argument.defaultValue === undefined;
      if (!required && !this.chance(argument.name === 'first' ? 60 : 25)) continue;
      const value = this.value(argument, field);
      if (value === undefined) {
        if (required) return null;
        continue;
      }
      if (this.chance(30) && isScalarType(getNamedType(argument.type))) {
        const name = `v${this.variableDefinitions.length}`;
        this.variableDefinitions.push(`$${name}: ${String(argument.type)}`);
        this.variables[name] = value;
        given.push(`${argument.name}: $${name}`);
      } else {
        given.push(`${argument.name}: ${literal(value, argument.type)}`);
      }
    }
    return given.length > 0 ? `(${given.join(', ')})` : '';
  }

  private value(argument: GraphQLArgument, field: GraphQLField<unknown, unknown>): unknown {
    const type = getNullableType(argument.type);
    const named = getNamedType(argument.type);
    if (argument.name === 'first') return this.chance(70) ? this.pick(FIRST_VALUES) : this.draw(fc.integer, { min: 0, max: 1_200 });
    if (argument.name === 'version' || argument.name === 'from' || argument.name === 'to') return this.pick([1, 1, 2, 3]);
    if (argument.name === 'after') return this.pick(['b2Zmc2V0OjE', 'b2Zmc2V0OjU', 'nonsense']);
    if (argument.name === 'ids') return Array.from({ length: this.draw(fc.integer, { min: 0, max: 120 }) }, () => this.anyId());
    if (argument.name === 'id') return this.idFor(field.name);
    if (argument.name === 'storyId') return this.pick(this.ids.stories);
    if (argument.name === 'text') return this.pick(WORDS);
    if (isListType(type) && isEnumType(named)) return [this.pick(named.getValues()).name];
    if (isEnumType(named)) return this.pick(named.getValues()).name;
    if (isInputObjectType(named)) {
      const storyId = this.pick(this.ids.stories);
      return 'storyId' in named.getFields() ? { storyId } : {};
    }
    return undefined;
  }

  private anyId(): string {
    const ids = Object.values(this.ids.byType).flat();
    return this.chance(90) && ids.length > 0 ? this.pick(ids) : `claim:missing-${this.draw(fc.integer, { min: 0, max: 9 })}`;
  }

  private idFor(fieldName: string): string {
    const ids = this.ids.byType[fieldName];
    return ids && ids.length > 0 && this.chance(90) ? this.pick(ids) : this.anyId();
  }
}

/** An argument value written as a GraphQL literal: enums bare, input objects as `{ k: v }`. */
function literal(value: unknown, type: GraphQLInputType): string {
  const named = getNamedType(type);
  if (Array.isArray(value)) return `[${value.map((item) => literal(item, named)).join(', ')}]`;
  if (isEnumType(named)) return String(value);
  if (isInputObjectType(named) && typeof value === 'object' && value !== null) {
    return `{ ${Object.entries(value).map(([key, item]) => `${key}: ${JSON.stringify(item)}`).join(', ')} }`;
  }
  return JSON.stringify(value);
}

/** fast-check's arbitrary of generated operations over `schema`. */
export const operations = (schema: GraphQLSchema, ids: KnownIds, bounds: GeneratorBounds): fc.Arbitrary<GeneratedOperation> =>
  fc.gen().map((draw) => new OperationBuilder(schema, ids, bounds, draw).build());

/** The codes an answer may carry: the client's fault or a limit, never the server's. */
export const EXPECTED_CODES = new Set([
  'GRAPHQL_VALIDATION_FAILED',
  'COST_LIMIT_EXCEEDED',
  'BAD_USER_INPUT',
  'NOT_FOUND',
  'RESULT_TOO_LARGE',
  'TIMEOUT',
  // An admin's read (Query.refusedWrites) asked without a key: the whole operation refused before it runs.
  'UNAUTHENTICATED',
]);
