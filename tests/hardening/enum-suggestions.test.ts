import fc from 'fast-check';
import { isEnumType } from 'graphql';
import { buildSchema } from '../../src/graphql/schema';
import { errorCodes, startApiOverSeed, type ApiClient, type ApiHarness, type GraphQLResponse } from '../support/graphql-harness';

/** A misspelt enum value must not make production spell out the enum's values ("Did you mean the enum value …"). */

let api: ApiHarness;
let production: ApiClient;
let development: ApiClient;
beforeAll(async () => {
  api = await startApiOverSeed();
  production = api.withEnv({ NODE_ENV: 'production', LOG_LEVEL: 'silent' });
  development = api.withEnv({ NODE_ENV: 'development', LOG_LEVEL: 'silent' });
});
afterAll(() => api.close());

function enumValues(name: string): string[] {
  const type = buildSchema().getType(name);
  if (!isEnumType(type)) throw new Error(`${name} is not an enum of the schema`);
  return type.getValues().map((value) => value.name);
}

const CLAIM_KINDS = enumValues('ClaimKind');
const SEARCH_KINDS = enumValues('SearchKind');

/** One edit away from a real value (so graphql-js would suggest it), yet no value itself and still a GraphQL name. */
function misspelling(values: string[]): fc.Arbitrary<string> {
  const letter = fc.constantFrom(...'ABCDEFGHIJKLMNOPQRSTUVWXYZ_');
  return fc
    .tuple(fc.constantFrom(...values), fc.nat(), letter, fc.constantFrom('delete', 'replace', 'insert', 'swap', 'lowercase'))
    .map(([value, at, char, edit]) => {
      const i = at % value.length;
      switch (edit) {
        case 'delete':
          return value.slice(0, i) + value.slice(i + 1);
        case 'replace':
          return value.slice(0, i) + char + value.slice(i + 1);
        case 'insert':
          return value.slice(0, i) + char + value.slice(i);
        case 'swap':
          return value.slice(0, i) + value.slice(i + 1, i + 2) + value.slice(i, i + 1) + value.slice(i + 2);
        default:
          return value.toLowerCase();
      }
    })
    .filter((spelt) => /^[_A-Za-z]\w*$/.test(spelt) && !values.includes(spelt) && !['true', 'false', 'null'].includes(spelt));
}

interface Placement {
  name: string;
  values: string[];
  ask(client: ApiClient, spelt: string): Promise<GraphQLResponse<unknown>>;
}

const PLACEMENTS: Placement[] = [
  {
    name: 'an argument',
    values: SEARCH_KINDS,
    ask: (client, spelt) => client.query(`{ search(text: "meta", kinds: [${spelt}]) { score } }`),
  },
  {
    name: 'an input object field',
    values: CLAIM_KINDS,
    ask: (client, spelt) => client.query(`{ claims(filter: { kinds: [${spelt}] }) { totalCount } }`),
  },
  {
    name: 'a variable',
    values: SEARCH_KINDS,
    ask: (client, spelt) => client.query('query Search($kinds: [SearchKind!]) { search(text: "meta", kinds: $kinds) { score } }', { kinds: [spelt] }),
  },
  {
    name: "a variable's input object",
    values: CLAIM_KINDS,
    ask: (client, spelt) => client.query('query Claims($filter: ClaimFilter) { claims(filter: $filter) { totalCount } }', { filter: { kinds: [spelt] } }),
  },
];

describe.each(PLACEMENTS)('an enum value misspelt in $name', ({ values, ask }) => {
  test('development suggests the value meant', async () => {
    const response = await ask(development, `${values[0]}X`);
    expect(response.errors?.[0]?.message).toMatch(/Did you mean/);
  });

  test('production refuses it with a code and without any suggestion', async () => {
    await fc.assert(
      fc.asyncProperty(misspelling(values), async (spelt) => {
        const response = await ask(production, spelt);
        expect(response.data ?? undefined).toBeUndefined();
        expect(errorCodes(response).length).toBeGreaterThan(0);
        expect(errorCodes(response)).not.toContain(undefined);
        expect(JSON.stringify(response.errors)).not.toMatch(/Did you mean/);
      }),
      { numRuns: 60 },
    );
  });
});
