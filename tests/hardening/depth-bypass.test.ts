import { dataOf, startApiOverSeed, type ApiHarness, type GraphQLResponse } from '../support/graphql-harness';

/**
 * Known ways around depth and cost limits, each of which the installed graphql-armor (3.2: max-depth
 * 2.4.2, cost-limit 2.4.3) and our introspection bounds must refuse. Before the 2025 fixes, armor
 * skipped anything *named* `__schema` (a fragment too: Escape-Technologies/graphql-armor#823 for depth,
 * GHSA-733v-p3h5-qpq7 for cost), and counted a reused fragment at the depth of its first use (#824).
 */

let api: ApiHarness;
beforeAll(async () => {
  api = await startApiOverSeed();
});
afterAll(() => api.close());

const limitsNamed = (response: GraphQLResponse<unknown>) =>
  (response.errors ?? []).map((error) => ({ code: error.extensions?.code, limit: error.extensions?.limit }));

/** `ofType { ofType { … name } }`, `levels` deep. */
const ofTypeChain = (levels: number) => `${'ofType { '.repeat(levels)}name${' }'.repeat(levels)}`;

describe('data queries', () => {
  test('a fragment named __schema does not hide its depth', async () => {
    const response = await api.query(`
      { claims(first: 1) { nodes { assertedBy { claims { assertedBy { claims { ...__schema } } } } } } }
      fragment __schema on Claim { assertedBy { claims { assertedBy { claims { assertedBy { id } } } } } }`);
    expect(limitsNamed(response)).toEqual([{ code: 'GRAPHQL_VALIDATION_FAILED', limit: 'depth' }]);
  });

  test('a fragment named __schema does not hide its cost', async () => {
    const response = await api.query(`
      { claims(first: 100) { nodes { ...__schema } } }
      fragment __schema on Claim { id text sources { id title publishedBy { name } } assertedBy { name claims { text } } }`);
    expect(limitsNamed(response)).toEqual([{ code: 'COST_LIMIT_EXCEEDED', limit: 10_000 }]);
  });

  test('a fragment used shallow first counts at its full depth when reused deeper', async () => {
    const fragment = 'fragment Deep on Claim { assertedBy { claims { assertedBy { id } } } }';
    const shallowFirst = `{
      shallow: claims(first: 1) { nodes { ...Deep } }
      claims(first: 1) { nodes { assertedBy { claims { assertedBy { claims { ...Deep } } } } } }
    } ${fragment}`;
    expect(limitsNamed(await api.query(shallowFirst))).toEqual([{ code: 'GRAPHQL_VALIDATION_FAILED', limit: 'depth' }]);
    // The same fragment, used shallow only, is within the limit: the refusal above is the reuse's depth.
    dataOf(await api.query(`{ shallow: claims(first: 1) { nodes { ...Deep } } } ${fragment}`));
  });
});

describe('introspection', () => {
  test('an ofType chain deeper than the standard introspection query is refused', async () => {
    // __schema, types, fields, type and 10 ofType: the depth of 15 that graphql's standard introspection query reaches.
    const query = (levels: number) => `{ __schema { types { fields { type { ${ofTypeChain(levels)} } } } } }`;
    dataOf(await api.query(query(10)));
    expect(limitsNamed(await api.query(query(11)))).toEqual([{ code: 'GRAPHQL_VALIDATION_FAILED', limit: 'introspectionDepth' }]);
  });

  test('hiding the chain in fragments does not shorten it', async () => {
    const response = await api.query(`
      { __schema { ...Types } }
      fragment Types on __Schema { types { fields { type { ...Chain } } } }
      fragment Chain on __Type { ${ofTypeChain(11)} }`);
    expect(limitsNamed(response)).toEqual([{ code: 'GRAPHQL_VALIDATION_FAILED', limit: 'introspectionDepth' }]);
  });

  test('fanning out through fields { type { fields … } } is refused well within the depth limit', async () => {
    const response = await api.query('{ __schema { types { fields { type { fields { type { fields { name } } } } } } } }');
    expect(response.errors?.map((error) => [error.extensions?.code, error.message])).toEqual([
      ['GRAPHQL_VALIDATION_FAILED', 'Maximum introspection depth exceeded'],
    ]);
  });
});
