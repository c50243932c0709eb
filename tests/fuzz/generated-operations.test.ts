import fc from 'fast-check';
import { loadConfig } from '../../src/config/config';
import { buildSchema } from '../../src/graphql/schema';
import { errorCodes, startApiOverSeed, type ApiHarness } from '../support/graphql-harness';
import { EXPECTED_CODES, operations, type KnownIds } from '../support/operation-generator';
import { seedNodeIds, STORY_ID } from '../support/seed-story';

/**
 * Issue 10's proof in `npm test`: operations generated from the schema (any field, depth, aliases,
 * fragments, `first` from 0 to far over every bound, literal or variable) against the seeded API.
 * Every one is refused with a client-side code, or answered within the request budget; none is an
 * INTERNAL_SERVER_ERROR; a refusal by cost, validation or role runs no Cypher. The ≥ 10,000-case run
 * against a 100k-claim corpus, with the server's RSS, is `npm run fuzz:operations` (bench/).
 *
 * CLAIMGRAPH_FUZZ_RUNS sets the cases (`npm run fuzz`); the default keeps `npm test` quick.
 */
const numRuns = Number(process.env.CLAIMGRAPH_FUZZ_RUNS ?? 150);
const config = loadConfig({ ...process.env, NODE_ENV: 'test' });

let api: ApiHarness;
const outcomes = new Map<string, number>();
beforeAll(async () => {
  api = await startApiOverSeed();
});
afterAll(async () => {
  process.stderr.write(`[fuzz] ${numRuns} generated operations: ${JSON.stringify(Object.fromEntries(outcomes))}\n`);
  await api.close();
});

const byType: Record<string, string[]> = {};
for (const id of seedNodeIds) (byType[id.slice(0, id.indexOf(':'))] ??= []).push(id);
const ids: KnownIds = { stories: [STORY_ID], byType };

test(
  'every generated operation is refused with a client code before Neo4j, or answered within the budget',
  async () => {
    const schema = buildSchema();
    await fc.assert(
      fc.asyncProperty(operations(schema, ids, { maxDepth: config.limits.depth + 1, maxAliases: config.limits.aliases + 2 }), async (operation) => {
        const started = Date.now();
        const response = await api.query(operation.query, operation.variables);
        const elapsed = Date.now() - started;
        const codes = errorCodes(response);
        const outcome = codes.length === 0 ? 'data' : [...new Set(codes)].sort().join('+');
        outcomes.set(outcome, (outcomes.get(outcome) ?? 0) + 1);
        for (const code of codes) expect(EXPECTED_CODES.has(String(code))).toBe(true);
        if (codes.some((code) => code === 'COST_LIMIT_EXCEEDED' || code === 'GRAPHQL_VALIDATION_FAILED' || code === 'UNAUTHENTICATED')) {
          expect(response.extensions?.neo4jRoundTrips).toBeUndefined();
        }
        expect(elapsed).toBeLessThan(config.limits.requestTimeoutMs + 2_000);
      }),
      { numRuns },
    );
    // The generator must reach both sides of the limits, or it proves nothing.
    expect(outcomes.get('data') ?? 0).toBeGreaterThan(numRuns / 10);
    expect([...outcomes.keys()].some((outcome) => outcome.includes('COST_LIMIT_EXCEEDED'))).toBe(true);
  },
  120_000 + numRuns * 1_000,
);
