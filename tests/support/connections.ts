import { dataOf, type ApiClient, type GraphQLResponse } from './graphql-harness';

/** The root list fields, with the input types of their `filter` and `orderBy` where they have one. */
export const ROOT_CONNECTIONS = {
  stories: { filter: null, order: 'StoryOrder' },
  actors: { filter: 'ActorFilter', order: 'ActorOrder' },
  claims: { filter: 'ClaimFilter', order: 'ClaimOrder' },
  events: { filter: 'EventFilter', order: 'EventOrder' },
  sources: { filter: 'SourceFilter', order: 'SourceOrder' },
  questions: { filter: 'QuestionFilter', order: null },
  perspectives: { filter: 'PerspectiveFilter', order: null },
  tensions: { filter: 'TensionFilter', order: null },
} as const;

export type RootConnection = keyof typeof ROOT_CONNECTIONS;
export const ROOT_CONNECTION_NAMES = Object.keys(ROOT_CONNECTIONS) as RootConnection[];

export interface PageArgs {
  filter?: Record<string, unknown>;
  orderBy?: { field: string; direction?: 'ASC' | 'DESC' };
  first?: number;
  after?: string;
}

export interface PageInfo {
  hasNextPage: boolean;
  hasPreviousPage: boolean;
  startCursor: string | null;
  endCursor: string | null;
}

export interface ConnectionJson {
  totalCount: number;
  pageInfo: PageInfo;
  edges: { cursor: string; node: { id: string } }[];
  nodes: { id: string }[];
}

const CONNECTION_FIELDS = `
  totalCount
  pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
  edges { cursor node { id } }
  nodes { id }`;

/**
 * Pages of one root connection in a single request, the i-th under the alias `p<i>`: the requests
 * of a table of cases travel together, and their Cypher runs side by side.
 */
export function requestPages(api: ApiClient, root: RootConnection, pages: PageArgs[]): Promise<GraphQLResponse<Record<string, ConnectionJson>>> {
  const types = ROOT_CONNECTIONS[root];
  const argumentTypes: [keyof PageArgs, string | null][] = [
    ['filter', types.filter],
    ['orderBy', types.order],
    ['first', 'Int'],
    ['after', 'String'],
  ];
  const declared: string[] = [];
  const variables: Record<string, unknown> = {};
  const fields = pages.map((args, i) => {
    const passed = argumentTypes.flatMap(([name, type]) => {
      if (type === null) return [];
      declared.push(`$${name}${i}: ${type}`);
      variables[`${name}${i}`] = args[name];
      return [`${name}: $${name}${i}`];
    });
    return `p${i}: ${root}(${passed.join(', ')}) { ${CONNECTION_FIELDS} }`;
  });
  return api.query<Record<string, ConnectionJson>>(`query Pages(${declared.join(', ')}) { ${fields.join('\n')} }`, variables);
}

/** One page of a root connection, with every connection field asked for. */
export async function requestPage(api: ApiClient, root: RootConnection, args: PageArgs = {}): Promise<GraphQLResponse<{ page: ConnectionJson }>> {
  const response = await requestPages(api, root, [args]);
  const page = response.data?.p0;
  return { ...response, data: page ? { page } : null };
}

/** The pages, which must succeed, for each of the arguments in turn. */
export async function fetchPages(api: ApiClient, root: RootConnection, pages: PageArgs[]): Promise<ConnectionJson[]> {
  const data = dataOf(await requestPages(api, root, pages));
  return pages.map((_, i) => checked(data[`p${i}`]));
}

/** Pages for a table of cases over several roots: one request per root, answers in the cases' order. */
export async function fetchPagesOfEach(api: ApiClient, cases: readonly { root: RootConnection; args: PageArgs }[]): Promise<ConnectionJson[]> {
  const answers = new Map<number, ConnectionJson>();
  for (const root of new Set(cases.map((c) => c.root))) {
    const indexes = cases.flatMap((c, i) => (c.root === root ? [i] : []));
    const pages = await fetchPages(api, root, indexes.map((i) => cases[i]?.args ?? {}));
    indexes.forEach((caseIndex, j) => answers.set(caseIndex, checked(pages[j])));
  }
  return cases.map((_, i) => checked(answers.get(i)));
}

/** A page that must succeed, checked for the invariants every page keeps whatever its content. */
export async function fetchPage(api: ApiClient, root: RootConnection, args: PageArgs = {}): Promise<ConnectionJson> {
  return checked(dataOf(await requestPage(api, root, args)).page);
}

function checked(page: ConnectionJson | undefined): ConnectionJson {
  if (!page) throw new Error('A page asked for is missing from the response');
  expect(page.edges.map((edge) => edge.node.id)).toEqual(page.nodes.map((node) => node.id));
  expect(page.pageInfo.startCursor).toBe(page.edges[0]?.cursor ?? null);
  expect(page.pageInfo.endCursor).toBe(page.edges.at(-1)?.cursor ?? null);
  return page;
}

/** Every page of a connection, following `endCursor` until `hasNextPage` is false. */
export async function walkPages(api: ApiClient, root: RootConnection, args: PageArgs & { first: number }): Promise<ConnectionJson[]> {
  const pages: ConnectionJson[] = [];
  let after: string | undefined;
  // A server that never says "no next page" must fail the test, not hang it.
  for (let guard = 0; guard < 200; guard += 1) {
    const page = await fetchPage(api, root, { ...args, ...(after === undefined ? {} : { after }) });
    pages.push(page);
    if (!page.pageInfo.hasNextPage) return pages;
    if (page.pageInfo.endCursor === null) throw new Error('hasNextPage without an endCursor');
    after = page.pageInfo.endCursor;
  }
  throw new Error(`${root} kept announcing a next page`);
}

export const idsOf = (items: readonly { id: string }[]) => items.map((item) => item.id);
