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

/** One page of a root connection, with every connection field asked for. */
export function requestPage(api: ApiClient, root: RootConnection, args: PageArgs = {}): Promise<GraphQLResponse<{ page: ConnectionJson }>> {
  const types = ROOT_CONNECTIONS[root];
  const variables: [string, string][] = [
    ...(types.filter ? [['filter', types.filter] as [string, string]] : []),
    ...(types.order ? [['orderBy', types.order] as [string, string]] : []),
    ['first', 'Int'],
    ['after', 'String'],
  ];
  const declared = variables.map(([name, type]) => `$${name}: ${type}`).join(', ');
  const passed = variables.map(([name]) => `${name}: $${name}`).join(', ');
  return api.query<{ page: ConnectionJson }>(
    `query Page(${declared}) {
      page: ${root}(${passed}) {
        totalCount
        pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
        edges { cursor node { id } }
        nodes { id }
      }
    }`,
    { ...args },
  );
}

/** A page that must succeed, checked for the invariants every page keeps whatever its content. */
export async function fetchPage(api: ApiClient, root: RootConnection, args: PageArgs = {}): Promise<ConnectionJson> {
  const { page } = dataOf(await requestPage(api, root, args));
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
