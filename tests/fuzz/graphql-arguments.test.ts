import fc from 'fast-check';
import { NODE_TYPES, type NodeType } from '../../src/model/graph-vocabulary';
import { graphCounts, type GraphCounts } from '../support/graph-counts';
import { errorCodes, startApiOverSeed, type ApiHarness, type GraphQLResponse } from '../support/graphql-harness';
import { SEARCH_KINDS } from '../support/seed-search';
import { seedNodeIds } from '../support/seed-story';

/**
 * Hostile arguments through the whole HTTP handling of the API: whatever a client sends, the
 * answer is data or a coded error saying whose fault it is (BAD_USER_INPUT, NOT_FOUND), never an
 * INTERNAL_SERVER_ERROR or a 500, and nothing is ever written. Values travel as variables, as a
 * client's do. The expected outcome comes from the documented rules, restated here, not from the
 * API's own validators.
 *
 * CLAIMGRAPH_FUZZ_RUNS sets the cases per property (`npm run fuzz`); the default keeps `npm test` quick.
 */
const numRuns = Number(process.env.CLAIMGRAPH_FUZZ_RUNS ?? 35);
/** A case takes tens of milliseconds, a few hundred on a loaded machine; a long run must not hit jest's default. */
const timeoutMs = 60_000 + numRuns * 1_000;
const MAX_PAGE_SIZE = 100;
const SEARCH_MAX = 100;

let api: ApiHarness;
let before: GraphCounts;
let cases = 0;
beforeAll(async () => {
  api = await startApiOverSeed({ CLAIMGRAPH_MAX_PAGE_SIZE: String(MAX_PAGE_SIZE) });
  before = await graphCounts(api.db);
});
afterEach(async () => {
  expect(await graphCounts(api.db)).toEqual(before);
});
afterAll(async () => {
  process.stderr.write(`[fuzz] ${cases} GraphQL requests with generated arguments\n`);
  await api.close();
});

// ------------------------------------------------------------------ generators

const NASTY = [
  '', ' ', '\t\n', "'", '"', '`', '\\', '$', '$id', '${text}', '{}', '{', '}', '{{x}}', '[]', '()',
  "') RETURN 1 //", "' OR 1=1 --", '" OR ""="', 'MATCH (n) DETACH DELETE n', '}) DETACH DELETE n //',
  'CALL db.labels()', "CALL apoc.cypher.run('MATCH (n) DELETE n', {})", 'n.text CONTAINS ""',
  '*', '?', '~', '~2', '^3', 'AND', 'OR', 'NOT', 'TO', '&&', '||', '!', ':', '/', '/regex/', '[1 TO 5]', 'title:x', 'a AND', 'OR b',
  '\u0000', '\u200b', '\u202e', '\ud800', '🦀', '𝕏', 'Ω', 'İ', 'ß', '日本語', 'really smart people', 'Zuckerberg',
  'claim:', 'claim:x', 'CLAIM:x', 'claim:-x', 'claim:x y', 'claim:X', 'node:x', ':x', 'claim::', 'story:meta-surveillance-layoffs',
  'a'.repeat(200), 'a'.repeat(201), `${' '.repeat(300)}a`, 'x'.repeat(5_000),
];

/** Strings built to break quoting, Lucene, Cypher, JSON or unicode handling somewhere. */
const hostile: fc.Arbitrary<string> = fc.oneof(
  fc.constantFrom(...NASTY),
  fc.string({ maxLength: 60 }),
  fc.string({ unit: 'grapheme', maxLength: 60 }),
  fc.string({ unit: 'binary', maxLength: 60 }),
  fc.array(fc.constantFrom(...NASTY.filter((text) => text.length < 100)), { minLength: 2, maxLength: 6 }).map((parts) => parts.join(' ')),
  fc.string({ minLength: 195, maxLength: 205 }),
);

const KEY = /^[a-z0-9][a-z0-9._:-]{0,40}$/;
const idOfType = (type: NodeType) => fc.stringMatching(KEY).map((key) => `${type}:${key}`);

/** Ids the seed holds, well-formed ones it does not, and junk (alone or behind a real prefix). */
const anyId: fc.Arbitrary<string> = fc.oneof(
  fc.constantFrom(...seedNodeIds),
  fc.constantFrom(...NODE_TYPES).chain(idOfType),
  hostile,
  fc.tuple(fc.constantFrom(...NODE_TYPES), hostile).map(([type, junk]) => `${type}:${junk}`),
);

const idFor = (type: NodeType) => fc.oneof(fc.constantFrom(...seedNodeIds.filter((id) => id.startsWith(`${type}:`))), idOfType(type), anyId);

const cursorOf = (decoded: string) => Buffer.from(decoded).toString('base64url');
const cursor: fc.Arbitrary<string> = fc.oneof(
  fc.integer({ min: 0, max: 60 }).map((offset) => cursorOf(`offset:${offset}`)),
  fc.constantFrom(2 ** 31, 2 ** 53 - 1, 2 ** 53, 1e21).map((offset) => cursorOf(`offset:${offset}`)),
  fc.constantFrom('offset:-1', 'offset:1.5', 'offset:01', 'offset: 5', 'offset:1e3', 'offset:', 'offset:NaN', 'Offset:1', '5').map(cursorOf),
  fc.constantFrom('b2Zmc2V0OjE=', 'b2Zmc2V0OjE', 'b2Zmc2V0OjE===', 'b2Zmc2V0OjE\n', '====', '%%%').map((text) => text),
  hostile,
);

/** JSON numbers (and non-numbers) for Int arguments: zero, negatives, past 32 and 53 bits, fractions. */
const pageSize: fc.Arbitrary<unknown> = fc.oneof(
  fc.integer({ min: -3, max: 120 }),
  fc.constantFrom(0, -1, 2 ** 31 - 1, 2 ** 31, -(2 ** 31) - 1, 2 ** 53, 1e300, 1.5, -0.5, '3', 'ten', true, [], {}),
);

/** Absent, null, or a value: each optional argument may be any of the three. */
const optional = <T>(value: fc.Arbitrary<T>) => fc.option(fc.option(value, { nil: null }), { nil: undefined });

// ------------------------------------------------------------------ the documented rules

const ANY_ID = new RegExp(`^(${NODE_TYPES.join('|')}):[a-z0-9][a-z0-9._:-]*$`);
const isId = (value: unknown): value is string => typeof value === 'string' && value.length <= 200 && ANY_ID.test(value);
/** A story's key holds no `:`, so that the story part of an item id (`<type>:<story>:<key>`) is never ambiguous. */
const isIdOf = (type: NodeType, value: unknown) =>
  isId(value) && value.startsWith(`${type}:`) && (type !== 'story' || !value.slice(type.length + 1).includes(':'));
const isText = (value: unknown) => typeof value === 'string' && value.trim().length >= 1 && value.trim().length <= 200;
const isPageSize = (value: unknown, max: number) => Number.isInteger(value) && (value as number) >= 1 && (value as number) <= max;
/** A cursor is what the API hands out: base64url of `offset:<n>`, canonical, n a safe integer. */
function isCursor(value: unknown): boolean {
  if (typeof value !== 'string' || value.length > 64) return false;
  const decoded = Buffer.from(value, 'base64url').toString('utf8');
  const match = /^offset:(0|[1-9]\d*)$/.exec(decoded);
  return match !== null && Number.isSafeInteger(Number(match[1])) && cursorOf(decoded) === value;
}
const absentOr = (value: unknown, valid: (value: unknown) => boolean) => value === undefined || value === null || valid(value);

// ------------------------------------------------------------------ running a case

interface Outcome {
  status: number;
  body: GraphQLResponse<Record<string, unknown>>;
}

/** The variables as the server will see them: JSON has no undefined, NaN or Infinity. */
const overTheWire = (variables: Record<string, unknown>) => JSON.parse(JSON.stringify(variables)) as Record<string, unknown>;

async function post(query: string, variables: Record<string, unknown>): Promise<Outcome> {
  cases += 1;
  const response = await api.yoga.fetch('http://claimgraph.test/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/json' },
    body: JSON.stringify({ query, variables }),
  });
  return { status: response.status, body: (await response.json()) as Outcome['body'] };
}

/** What every answer must be, whatever was asked: no 500, no INTERNAL_SERVER_ERROR, a code on every error. */
function wellBehaved({ status, body }: Outcome): void {
  expect(errorCodes(body)).not.toContain('INTERNAL_SERVER_ERROR');
  expect(errorCodes(body)).not.toContain(undefined);
  // Yoga answers 400 only for requests GraphQL refuses before execution (a variable of the wrong type).
  if (status === 400) expect(errorCodes(body)).toEqual(['BAD_USER_INPUT']);
  else expect(status).toBe(200);
}

function expectData(outcome: Outcome): Record<string, unknown> {
  wellBehaved(outcome);
  expect(outcome.body.errors).toBeUndefined();
  return outcome.body.data ?? {};
}

function expectCode(outcome: Outcome, code: 'BAD_USER_INPUT' | 'NOT_FOUND'): void {
  wellBehaved(outcome);
  expect(errorCodes(outcome.body)).toEqual([code]);
}

const check = <T>(arbitrary: fc.Arbitrary<T>, run: (value: T) => Promise<void>) =>
  fc.assert(fc.asyncProperty(arbitrary, run), { numRuns });

// ------------------------------------------------------------------ properties

describe('GraphQL arguments from a hostile client', () => {
  it('search(text, kinds, first): hits of the kinds asked for valid arguments, BAD_USER_INPUT otherwise', async () => {
    const query = `query($text: String!, $kinds: [SearchKind!], $first: Int) {
      search(text: $text, kinds: $kinds, first: $first) { score node { __typename } }
    }`;
    const kinds = optional(fc.subarray([...SEARCH_KINDS]));
    await check(fc.record({ text: hostile, kinds, first: fc.option(pageSize, { nil: undefined }) }), async (args) => {
      const sent = overTheWire(args);
      const outcome = await post(query, sent);
      const kindsAsked = sent.kinds as string[] | null | undefined;
      if (isText(sent.text) && kindsAsked?.length !== 0 && (sent.first === undefined || isPageSize(sent.first, SEARCH_MAX))) {
        const hits = expectData(outcome).search as { node: { __typename: string } }[];
        expect(hits.length).toBeLessThanOrEqual((sent.first as number | undefined) ?? 20);
        const typenames = (kindsAsked ?? SEARCH_KINDS).map((kind) => kind.charAt(0) + kind.slice(1).toLowerCase());
        for (const hit of hits) expect(typenames).toContain(hit.node.__typename);
      } else {
        expectCode(outcome, 'BAD_USER_INPUT');
      }
    });
  }, timeoutMs);

  it('claims(filter, first, after): a page for valid arguments, BAD_USER_INPUT otherwise', async () => {
    const query = `query($filter: ClaimFilter, $first: Int, $after: String) {
      claims(filter: $filter, first: $first, after: $after) { totalCount pageInfo { hasNextPage endCursor } nodes { id } }
    }`;
    const filter = fc.record(
      { textContains: hostile, actorId: idFor('actor'), storyId: idFor('story'), sourceId: idFor('source') },
      { requiredKeys: [] },
    );
    const args = fc.record({ filter: optional(filter), first: optional(pageSize), after: optional(cursor) });
    await check(args, async (generated) => {
      const sent = overTheWire(generated);
      const f = (sent.filter ?? {}) as Record<string, unknown>;
      const valid =
        absentOr(f.textContains, isText) &&
        absentOr(f.actorId, (v) => isIdOf('actor', v)) &&
        absentOr(f.storyId, (v) => isIdOf('story', v)) &&
        absentOr(f.sourceId, (v) => isIdOf('source', v)) &&
        absentOr(sent.first, (v) => isPageSize(v, MAX_PAGE_SIZE)) &&
        absentOr(sent.after, isCursor);
      const outcome = await post(query, sent);
      if (valid) {
        const claims = expectData(outcome).claims as { totalCount: number; nodes: { id: string }[] };
        expect(claims.nodes.length).toBeLessThanOrEqual(typeof sent.first === 'number' ? sent.first : 20);
        expect(claims.nodes.every(({ id }) => id.startsWith('claim:'))).toBe(true);
      } else {
        expectCode(outcome, 'BAD_USER_INPUT');
      }
    });
  }, timeoutMs);

  it('actors, events and questions filtered by hostile text: a page or BAD_USER_INPUT', async () => {
    const fields = [
      ['actors', 'ActorFilter', 'nameContains'],
      ['events', 'EventFilter', 'textContains'],
      ['questions', 'QuestionFilter', 'textContains'],
    ] as const;
    await check(fc.tuple(fc.constantFrom(...fields), hostile, optional(pageSize)), async ([[field, type, key], text, first]) => {
      const query = `query($filter: ${type}, $first: Int) { ${field}(filter: $filter, first: $first) { totalCount nodes { id } } }`;
      const sent = overTheWire({ filter: { [key]: text }, first });
      const outcome = await post(query, sent);
      if (isText(text) && absentOr(sent.first, (v) => isPageSize(v, MAX_PAGE_SIZE))) expectData(outcome);
      else expectCode(outcome, 'BAD_USER_INPUT');
    });
  }, timeoutMs);

  it('node(id): the node or null for a well-formed id, BAD_USER_INPUT for a malformed one', async () => {
    const query = 'query($id: ID!) { node(id: $id) { __typename id } }';
    await check(anyId, async (id) => {
      const outcome = await post(query, { id });
      if (!isId(id)) return expectCode(outcome, 'BAD_USER_INPUT');
      const node = expectData(outcome).node as { id: string } | null;
      expect(node === null ? null : node.id).toBe(seedNodeIds.includes(id) ? id : null);
    });
  }, timeoutMs);

  it('nodes(ids): one answer per id when all are well-formed, BAD_USER_INPUT otherwise', async () => {
    const query = 'query($ids: [ID!]!) { nodes(ids: $ids) { id } }';
    await check(fc.array(anyId, { maxLength: 8 }), async (ids) => {
      const outcome = await post(query, { ids });
      if (!ids.every(isId)) return expectCode(outcome, 'BAD_USER_INPUT');
      const nodes = expectData(outcome).nodes as ({ id: string } | null)[];
      expect(nodes.map((node) => node?.id ?? null)).toEqual(ids.map((id) => (seedNodeIds.includes(id) ? id : null)));
    });
  }, timeoutMs);

  it('per-type lookups: the node, NOT_FOUND for a well-formed unknown id, BAD_USER_INPUT for a malformed one', async () => {
    await check(fc.tuple(fc.constantFrom(...NODE_TYPES), anyId), async ([type, id]) => {
      // The lookup of `source-identity:…` ids is `sourceIdentity`.
      const field = type.replace(/-(\w)/g, (_, letter: string) => letter.toUpperCase());
      const outcome = await post(`query($id: ID!) { ${field}(id: $id) { id } }`, { id });
      if (!isId(id)) expectCode(outcome, 'BAD_USER_INPUT');
      else if (isIdOf(type, id) && seedNodeIds.includes(id)) expect(expectData(outcome)[field]).toEqual({ id });
      else expectCode(outcome, 'NOT_FOUND');
    });
  }, timeoutMs);
});
