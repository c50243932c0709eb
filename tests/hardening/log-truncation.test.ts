import fc from 'fast-check';
import { createLogger } from '../../src/observability/logger';
import { yogaLogger } from '../../src/observability/yoga-logger';
import { startApiOverSeed, type ApiHarness } from '../support/graphql-harness';
import { loggedYoga, logSink, requestLines, type LogLine } from '../support/logged-yoga';

/**
 * Clients choose operation names, variables and the text of errors that echo them; each reaches the
 * log cut to a bound, so one request cannot write megabytes of log. Names: 200 characters; variables,
 * error messages and stacks: 2 KiB; each cut marked with an ellipsis and how much was left out.
 */

const NAME_MAX = 200;
const TEXT_MAX = 2048;
/** The marker's own length: `…(+123456 chars)`. */
const MARKER = /…\(\+\d+ chars\)$/;
const MARKER_ROOM = 20;

let api: ApiHarness;
beforeAll(async () => {
  api = await startApiOverSeed();
});
afterAll(() => api.close());

const graphqlName = (minLength: number, maxLength: number) =>
  fc
    .tuple(
      fc.constantFrom(...'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz_'),
      fc.string({ unit: fc.constantFrom(...'abcdefghijklmnopqrstuvwxyz0123456789_ABCXYZ'), minLength, maxLength }),
    )
    .map(([first, rest]) => first + rest);

const anyText = (minLength: number, maxLength: number) =>
  fc.oneof(fc.string({ minLength, maxLength }), fc.string({ unit: 'grapheme', minLength, maxLength }), fc.string({ unit: 'binary', minLength, maxLength }));

/** Every string anywhere in a log line. */
function stringsOf(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(stringsOf);
  if (value && typeof value === 'object') return Object.values(value).flatMap(stringsOf);
  return [];
}

const longestString = (lines: LogLine[]) => Math.max(0, ...lines.flatMap(stringsOf).map((text) => text.length));

async function post(yoga: ReturnType<typeof loggedYoga>['yoga'], body: unknown) {
  await yoga.fetch('http://claimgraph.test/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/json' },
    body: JSON.stringify(body),
  });
}

test("an executed operation's long name is logged cut to 200 characters, marked", async () => {
  const { yoga, lines } = loggedYoga(api.db);
  await fc.assert(
    fc.asyncProperty(graphqlName(NAME_MAX, 10_000), async (name) => {
      lines.length = 0;
      await post(yoga, { query: `query ${name} { __typename }` });
      const [line] = requestLines(lines);
      const logged = String(line?.operationName);
      expect(logged.startsWith(name.slice(0, NAME_MAX - 1))).toBe(true);
      expect(logged).toMatch(MARKER);
      expect(logged.length).toBeLessThanOrEqual(NAME_MAX + MARKER_ROOM);
    }),
    { numRuns: 40 },
  );
});

test('a requested operation name of any text is cut too', async () => {
  const { yoga, lines } = loggedYoga(api.db);
  await fc.assert(
    fc.asyncProperty(anyText(NAME_MAX + 1, 5_000), async (name) => {
      lines.length = 0;
      await post(yoga, { query: '{ __typename }', operationName: name });
      expect(longestString(requestLines(lines))).toBeLessThanOrEqual(NAME_MAX + MARKER_ROOM);
    }),
    { numRuns: 40 },
  );
});

test('logged variables are cut to 2 KiB of JSON; small ones stay as they are', async () => {
  const { yoga, lines } = loggedYoga(api.db, { CLAIMGRAPH_LOG_VARIABLES: 'true' });
  await fc.assert(
    fc.asyncProperty(anyText(0, 10_000), fc.nat(200), async (text, count) => {
      lines.length = 0;
      const variables = { text, many: Array.from({ length: count }, (_, i) => ({ i, text: text.slice(0, 50) })) };
      await post(yoga, { query: 'query V($text: String) { __typename }', variables });
      const [line] = requestLines(lines);
      const logged = (line?.variables as unknown[])[0];
      if (JSON.stringify(variables).length <= TEXT_MAX) expect(logged).toEqual(variables);
      else expect(String(logged)).toMatch(MARKER);
      expect(longestString(requestLines(lines))).toBeLessThanOrEqual(TEXT_MAX + MARKER_ROOM);
    }),
    { numRuns: 40 },
  );
});

test("yoga's error lines cut the message and stack of an error echoing input, and its formatted text", () => {
  fc.assert(
    fc.property(anyText(TEXT_MAX + 1, 10_000), (input) => {
      const { sink, lines } = logSink();
      const logger = yogaLogger(createLogger({ level: 'debug', variables: false }, sink));
      logger.error(new Error(`Unexpected input ${input}`));
      logger.warn('could not handle %s', input);
      expect(lines).toHaveLength(2);
      expect(longestString(lines)).toBeLessThanOrEqual(TEXT_MAX + MARKER_ROOM);
      expect((lines[0]?.err as { stack?: string }).stack).toMatch(/^Error: Unexpected input/);
    }),
    { numRuns: 30 },
  );
});
